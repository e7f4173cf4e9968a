// The microphone button on a card with Vietnamese to say. Small, in the
// start-up scripts; the practice itself (recording, analysis, chart, its
// messages) loads on the first tap and starts listening at once.
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/use-i18n.ts';
import { MicIcon } from '../icons.tsx';
import { lazyScreen } from '../lazy.tsx';

/** The practice, loaded on first use (not precached: src/sw/kept-files.ts). */
const LazyVoicePanel = lazyScreen(() => import('./VoicePanel.tsx').then((m) => m.VoicePanel));

export function VoiceEntry(props: { sentence: string; words?: readonly string[]; onJudged: (code: string) => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  if (open) return <LazyVoicePanel {...props} autoStart />;
  return (
    <button class="speak-button" data-testid="voice-record" aria-label={t('voiceSayIt')} onClick={() => setOpen(true)}><MicIcon /></button>
  );
}
