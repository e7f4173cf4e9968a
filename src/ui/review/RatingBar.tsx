// The pinned action area: "show answer", then the four ratings with the
// interval each would give. Both fill the same place, so a double tap on
// "show answer" lands its second tap on a rating: the ratings ignore taps
// for RATING_HOLD_MS after they appear (keys 1–4 are never held back).
import { useEffect, useState } from 'preact/hooks';
import { GRADE_LABELS } from '../../i18n/catalog.ts';
import { useI18n } from '../../i18n/use-i18n.ts';
import { GRADES, intervalParts, type Grade4 } from '../../schedule/scheduler.ts';
import type { CurrentCard } from '../store.ts';

/** Longer than a double tap's gap (Android's is 300 ms), shorter than anyone reads an answer. */
export const RATING_HOLD_MS = 300;

function Ratings({ revealed, onRate, suggested }: { revealed: NonNullable<CurrentCard['revealed']>; onRate: (g: Grade4) => void; suggested?: Grade4 }) {
  const { t } = useI18n();
  // Disabled, not merely ignored: a disabled button receives no click at all.
  const [held, setHeld] = useState(true);
  useEffect(() => {
    const timer = setTimeout(() => setHeld(false), RATING_HOLD_MS);
    return () => clearTimeout(timer);
  }, []);
  return (
    <div class="ratings">
      {GRADES.map((g) => {
        const { value, unit } = intervalParts(new Date(revealed.at), revealed.preview[g].due);
        const label = t(GRADE_LABELS[g]);
        return (
          <button key={g} class={`rate rate-${g}${g === suggested ? ' suggested' : ''}`} data-testid={`rate-${g}`} data-suggested={g === suggested ? 'true' : undefined} disabled={held} onClick={() => onRate(g)}
            aria-label={t('rateAria', { label, interval: t(`unitLong_${unit}`, { n: value }) })}>
            <span class="rate-interval">{t(`unit_${unit}`, { n: value })}</span>
            <span class="rate-label">{label}</span>
          </button>
        );
      })}
    </div>
  );
}

/** `suggested`: the rating an exercise's answer suggests, marked (the learner may still choose another). */
export function RatingBar({ current, onReveal, onRate, suggested }: { current: CurrentCard; onReveal: () => void; onRate: (g: Grade4) => void; suggested?: Grade4 }) {
  const { t } = useI18n();
  return (
    <div class="actions">
      {current.revealed ? (
        // Keyed by the moment of revealing: each answer gets its own hold.
        <Ratings key={current.revealed.at} revealed={current.revealed} onRate={onRate} suggested={suggested} />
      ) : (
        <button class="primary reveal" data-testid="reveal" onClick={onReveal}>{t('showAnswer')}</button>
      )}
    </div>
  );
}
