// The log as versions before the compact history kept it (database version
// 5 and earlier, backup format 1): an entry per review carrying the card's
// whole state before and after. Read only, to bring such a log into batches.
import { State } from 'ts-fsrs';
import type { CardState } from '../schedule/card-state.ts';
import { MATURE_DAYS } from '../stats/day-summary.ts';
import type { StudyDay } from '../schedule/study-day.ts';
import type { ExerciseRecord, Grade, NewEntry, StateBefore } from './entry.ts';

export interface LegacyReviewEntry {
  id: string;
  deckId: string;
  cardId: string;
  pairId: string;
  grade: Grade;
  at: number;
  day: StudyDay;
  durationMs: number;
  before: CardState;
  after: CardState;
  newKey?: number;
  exercise?: ExerciseRecord;
}

/** What the legacy entry says happened (the states it kept are facts replay gives again, or a restore records: storage/upgrade-data.ts). */
export function fromLegacy(e: LegacyReviewEntry): NewEntry {
  return {
    type: 'review', deckId: e.deckId, cardId: e.cardId, at: e.at, grade: e.grade, durationMs: e.durationMs,
    stateBefore: e.before.state as StateBefore,
    matureBefore: e.before.state === State.Review && e.before.scheduledDays >= MATURE_DAYS,
    ...(e.newKey !== undefined ? { newKey: e.newKey } : {}),
    ...(e.exercise ? { exercise: e.exercise } : {}),
  };
}
