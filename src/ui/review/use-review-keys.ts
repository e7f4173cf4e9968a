// Keyboard study: Space or Enter shows the answer, 1–4 rate, U or Ctrl+Z undoes.
// Keys are never held back like taps are (RatingBar): a key press is deliberate.
import { useLayoutEffect } from 'preact/hooks';
import type { Grade4 } from '../../schedule/scheduler.ts';
import type { CurrentCard, Store } from '../store.ts';

export function useReviewKeys(store: Store, current: CurrentCard | null): void {
  // Renewed in the same task as the render that shows a new card (a layout effect), not after the next
  // paint: a Space pressed in between went to the card just rated, already answered, and was lost.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.target instanceof HTMLSelectElement || e.target instanceof HTMLInputElement) return;
      if ((e.key === 'z' && (e.ctrlKey || e.metaKey)) || e.key === 'u' || e.key === 'U') {
        e.preventDefault();
        void store.undo();
      } else if (e.key === ' ' || e.key === 'Enter') {
        // On a focused button, Space and Enter are that button's.
        if (e.target instanceof HTMLButtonElement) return;
        if (current && !current.revealed) {
          e.preventDefault();
          store.reveal();
        }
      } else if (current && ['1', '2', '3', '4'].includes(e.key)) {
        // No current card here: one answered on screen rates itself (with how it was answered).
        void store.rate(Number(e.key) as Grade4);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [store, current]);
}
