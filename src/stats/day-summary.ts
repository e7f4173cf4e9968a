// A deck's study on one study day, summed as reviews happen, so statistics
// read at most a year of small records instead of the whole review log
// (which reaches a million entries for a long-time learner).
import { State } from 'ts-fsrs';
import { effective, isReview, type LogEntry, type ReviewFields } from '../history/entry.ts';
import type { StudyDay } from '../schedule/study-day.ts';
import { applyExercise, type ToneTally } from './tone-tally.ts';

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
  /** Checked answers and tones confused, typed and spoken (absent on a day without either). */
  tones?: ToneTally;
}

export function emptyDay(deckId: string, day: StudyDay): DaySummary {
  return { deckId, day, reviews: 0, again: 0, introduced: 0, durationMs: 0, young: { pass: 0, fail: 0 }, mature: { pass: 0, fail: 0 } };
}

/** What one review adds to its day (sign 1), or takes away when it is undone (sign −1). */
export type ReviewFacts = Pick<ReviewFields, 'grade' | 'durationMs' | 'stateBefore' | 'matureBefore' | 'exercise'>;

export function applyReview(s: DaySummary, r: ReviewFacts, sign: 1 | -1 = 1): DaySummary {
  const next: DaySummary = { ...s, young: { ...s.young }, mature: { ...s.mature } };
  next.reviews += sign;
  next.durationMs += sign * r.durationMs;
  if (r.grade === 1) next.again += sign;
  if (r.stateBefore === State.New) next.introduced += sign;
  if (r.stateBefore === State.Review) {
    const bucket = r.matureBefore ? next.mature : next.young;
    if (r.grade === 1) bucket.fail += sign;
    else bucket.pass += sign;
  }
  const tones = applyExercise(s.tones, r.exercise, sign);
  if (tones) next.tones = tones;
  else delete next.tones;
  return next;
}

/** The summaries of a study day's entries (every device's), by deck: what a merge writes for each day it adds to. */
export function summariseDayLog(day: StudyDay, entries: readonly LogEntry[]): Map<string, DaySummary> {
  const out = new Map<string, DaySummary>();
  for (const e of effective(entries)) {
    if (!isReview(e)) continue;
    out.set(e.deckId, applyReview(out.get(e.deckId) ?? emptyDay(e.deckId, day), e));
  }
  return out;
}
