// The FSRS wrapper: previews for the rating buttons and the result of a rating.
import { dateDiffInDays, fsrs, get_fuzz_range, Rating, State, type FSRS, type Grade, type StepUnit } from 'ts-fsrs';
import { fromFsrs, toFsrs, type CardState } from './card-state.ts';
import type { DayRange } from './balance.ts';
import type { SchedulingSettings } from '../history/timeline.ts';

export type Grade4 = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade4[] = [1, 2, 3, 4];

export interface Scheduler {
  /** The state each rating would give, in Again…Easy order. */
  preview(state: CardState, now: Date): Record<Grade4, CardState>;
  rate(state: CardState, now: Date, grade: Grade4): CardState;
  /**
   * The days a rating may send the card to (FSRS's interval, fuzz's range around it, fuzz's own
   * pick): null unless it goes to review for 3 days or more, the intervals ts-fsrs fuzzes. Balancing
   * chooses within fuzz's range, so with fuzz off it has none.
   */
  dayRange(state: CardState, now: Date, grade: Grade4): DayRange | null;
}

export function createScheduler(settings: SchedulingSettings): Scheduler {
  const params = {
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maximumInterval,
    enable_short_term: true,
    learning_steps: settings.learningSteps as StepUnit[],
    relearning_steps: settings.relearningSteps as StepUnit[],
    ...(settings.fsrsParameters ? { w: settings.fsrsParameters } : {}),
  };
  const f: FSRS = fsrs({ ...params, enable_fuzz: settings.fuzz });
  // The same without fuzz, for the interval fuzz's range is centred on (made at the first ask: most schedulers of a replay never need it).
  let plain: FSRS | undefined;
  const rate = (state: CardState, now: Date, grade: Grade4) => fromFsrs(f.next(toFsrs(state), now, grade as Grade).card);
  return {
    preview(state, now) {
      const p = f.repeat(toFsrs(state), now);
      return {
        1: fromFsrs(p[Rating.Again].card),
        2: fromFsrs(p[Rating.Hard].card),
        3: fromFsrs(p[Rating.Good].card),
        4: fromFsrs(p[Rating.Easy].card),
      };
    },
    rate,
    dayRange(state, now, grade) {
      plain ??= fsrs({ ...params, enable_fuzz: false });
      const interval = plain.next(toFsrs(state), now, grade as Grade).card;
      if (interval.state !== State.Review || interval.scheduled_days < 3) return null;
      const days = interval.scheduled_days;
      // Fuzz off: the learner wants FSRS's interval exactly; only a closed day (schedule/week.ts) moves it.
      if (!settings.fuzz) return { interval: days, min: days, max: days, fuzzed: days };
      const elapsed = state.lastReview === null ? 0 : dateDiffInDays(new Date(state.lastReview), now);
      const { min_ivl, max_ivl } = get_fuzz_range(days, elapsed, settings.maximumInterval);
      return { interval: days, min: min_ivl, max: max_ivl, fuzzed: rate(state, now, grade).scheduledDays };
    },
  };
}

export type IntervalUnit = 'm' | 'h' | 'd' | 'mo' | 'y';

/** An interval for a rating button, as a number and a unit the catalog words: 1m, 10m, 3h, 4d, 2mo, 1.5y. */
export function intervalParts(from: Date, due: number): { value: number; unit: IntervalUnit } {
  const minutes = Math.max(1, Math.round((due - from.getTime()) / 60_000));
  if (minutes < 60) return { value: minutes, unit: 'm' };
  const hours = Math.round(minutes / 60);
  if (hours < 24) return { value: hours, unit: 'h' };
  const days = Math.round(minutes / 1440);
  if (days < 31) return { value: days, unit: 'd' };
  if (days < 365) return { value: Math.round(days / 30.4), unit: 'mo' };
  return { value: Math.round((days / 365) * 10) / 10, unit: 'y' };
}
