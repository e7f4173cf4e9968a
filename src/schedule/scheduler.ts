// The FSRS wrapper: previews for the rating buttons and the result of a rating.
import { fsrs, Rating, type FSRS, type FSRSParameters, type Grade, type StepUnit } from 'ts-fsrs';
import { fromFsrs, toFsrs, type CardState } from './card-state.ts';
import type { SchedulingSettings } from '../history/timeline.ts';

export type Grade4 = 1 | 2 | 3 | 4;
export const GRADES: readonly Grade4[] = [1, 2, 3, 4];

export interface Scheduler {
  /** The state each rating would give, in Again…Easy order. */
  preview(state: CardState, now: Date): Record<Grade4, CardState>;
  rate(state: CardState, now: Date, grade: Grade4): CardState;
}

/** ts-fsrs's parameters for these settings, fuzz aside (the one mapping: day-range.ts uses it without fuzz). */
export function fsrsParameters(settings: SchedulingSettings): Partial<FSRSParameters> {
  return {
    request_retention: settings.desiredRetention,
    maximum_interval: settings.maximumInterval,
    enable_short_term: true,
    learning_steps: settings.learningSteps as StepUnit[],
    relearning_steps: settings.relearningSteps as StepUnit[],
    ...(settings.fsrsParameters ? { w: settings.fsrsParameters } : {}),
  };
}

export function createScheduler(settings: SchedulingSettings): Scheduler {
  const f: FSRS = fsrs({ ...fsrsParameters(settings), enable_fuzz: settings.fuzz });
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
    rate(state, now, grade) {
      return fromFsrs(f.next(toFsrs(state), now, grade as Grade).card);
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
