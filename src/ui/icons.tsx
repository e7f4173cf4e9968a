// The app's icons: inline SVG line drawings (no emoji, which a phone without
// an emoji font shows as an empty box, and no icon font to download). Each is
// decorative: the button that holds it carries the name, as text or aria-label.
import type { ComponentChildren } from 'preact';

function Icon({ children }: { children: ComponentChildren }) {
  return <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">{children}</svg>;
}

/** A loudspeaker with sound waves: listen. */
export const SpeakerIcon = () => (
  <Icon><path d="M4 9h4l5-4v14l-5-4H4z" /><path d="M16 9a4 4 0 0 1 0 6" /><path d="M18.5 6.5a7.5 7.5 0 0 1 0 11" /></Icon>
);

/** A microphone: say it. */
export const MicIcon = () => (
  <Icon><rect x="9" y="3" width="6" height="11" rx="3" /><path d="M5.5 11a6.5 6.5 0 0 0 13 0" /><path d="M12 17.5V21" /></Icon>
);

/** A snail: listen slowly. */
export const SlowIcon = () => (
  <Icon><path d="M3 18h15a3 3 0 0 0 3-3V9" /><path d="M21 9l-1.5-3M21 9l1-3" /><path d="M5 18a6 6 0 1 1 11.5-2.5" /><path d="M13 15.5a2.5 2.5 0 1 1-2.5-2.5" /></Icon>
);

/** An arrow to the left: back home. */
export const BackIcon = () => (
  <Icon><path d="M19 12H5" /><path d="M11 6l-6 6 6 6" /></Icon>
);

/** Three dots: more actions. */
export const MoreIcon = () => (
  <Icon><circle cx="5" cy="12" r="1.5" /><circle cx="12" cy="12" r="1.5" /><circle cx="19" cy="12" r="1.5" /></Icon>
);

/** A curved arrow turning back: undo. */
export const UndoIcon = () => (
  <Icon><path d="M9 14L4 9l5-5" /><path d="M4 9h10.5a5.5 5.5 0 0 1 0 11H11" /></Icon>
);
