// A deck's study on one study day, summed as reviews happen, so statistics
// read at most a year of small records instead of the whole review log
// (which reaches a million entries for a long-time learner).
import { State } from 'ts-fsrs';
import type { CardState } from '../schedule/card-state.ts';
import type { StudyDay } from '../schedule/study-day.ts';

/** Interval at which a card counts as mature, as in other SRS apps. */
export const MATURE_DAYS = 21;

export interface PassFail {
  pass: number;
  fail: number;
}

export interface DaySummary {
  deckId: string;
  day: StudyDay;
  reviews: number;
  /** Ratings of Again. */
  again: number;
  /** New cards seen for the first time. */
  introduced: number;
  durationMs: number;
  /** Reviews of cards in review state, by maturity before the review: true retention. */
  young: PassFail;
  mature: PassFail;
}

export function emptyDay(deckId: string, day: StudyDay): DaySummary {
  return { deckId, day, reviews: 0, again: 0, introduced: 0, durationMs: 0, young: { pass: 0, fail: 0 }, mature: { pass: 0, fail: 0 } };
}

/** What one review adds to its day (sign 1), or takes away when it is undone (sign −1). */
export interface ReviewFacts {
  grade: 1 | 2 | 3 | 4;
  durationMs: number;
  before: Pick<CardState, 'state' | 'scheduledDays'>;
}

export function applyReview(s: DaySummary, r: ReviewFacts, sign: 1 | -1 = 1): DaySummary {
  const next: DaySummary = { ...s, young: { ...s.young }, mature: { ...s.mature } };
  next.reviews += sign;
  next.durationMs += sign * r.durationMs;
  if (r.grade === 1) next.again += sign;
  if (r.before.state === State.New) next.introduced += sign;
  if (r.before.state === State.Review) {
    const bucket = r.before.scheduledDays >= MATURE_DAYS ? next.mature : next.young;
    if (r.grade === 1) bucket.fail += sign;
    else bucket.pass += sign;
  }
  return next;
}
