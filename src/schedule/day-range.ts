// The days a rating may send a card to: FSRS's interval without fuzz, fuzz's
// range around it (ts-fsrs get_fuzz_range) and fuzz's own pick. Apart from the
// scheduler (in the start-up scripts) because only the choice of a rating's
// day needs it, and that loads at the first rating (storage/week-days.ts).
import { dateDiffInDays, fsrs, get_fuzz_range, State, type FSRS, type Grade } from 'ts-fsrs';
import { toFsrs, type CardState } from './card-state.ts';
import { fsrsParameters, type Grade4, type Scheduler } from './scheduler.ts';
import type { DayRange } from './balance.ts';
import type { SchedulingSettings } from '../history/timeline.ts';

const plain = new WeakMap<SchedulingSettings, FSRS>();

/**
 * Null unless the rating sends the card to review for 3 days or more, the intervals ts-fsrs fuzzes.
 * `settings` and `scheduler`: what the rating's device scheduled with at that moment (history/timeline.ts).
 * Balancing chooses within fuzz's range, so with fuzz off it has none.
 */
export function dayRange(settings: SchedulingSettings, scheduler: Scheduler, state: CardState, now: Date, grade: Grade4): DayRange | null {
  let f = plain.get(settings);
  if (!f) plain.set(settings, (f = fsrs({ ...fsrsParameters(settings), enable_fuzz: false })));
  const interval = f.next(toFsrs(state), now, grade as Grade).card;
  if (interval.state !== State.Review || interval.scheduled_days < 3) return null;
  const days = interval.scheduled_days;
  // Fuzz off: the learner wants FSRS's interval exactly; only a closed day (closed-days.ts) moves it.
  if (!settings.fuzz) return { interval: days, min: days, max: days, fuzzed: days };
  const elapsed = state.lastReview === null ? 0 : dateDiffInDays(new Date(state.lastReview), now);
  const { min_ivl, max_ivl } = get_fuzz_range(days, elapsed, settings.maximumInterval);
  return { interval: days, min: min_ivl, max: max_ivl, fuzzed: scheduler.rate(state, now, grade).scheduledDays };
}
