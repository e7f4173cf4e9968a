// What happened to a card, as the log records it: the one truth a card's
// scheduling state is rebuilt from (replay.ts). An entry says what the learner
// (or a merge) did and when, never the state it led to: two devices' entries
// for one card then combine by time, and the state follows from both.
import type { CardState } from '../schedule/card-state.ts';
import type { StudyDay } from '../schedule/study-day.ts';
import type { CardKind } from '../deck/types.ts';

export type Grade = 1 | 2 | 3 | 4;

/** The card's FSRS state just before a review (0 new … 3 relearning): a fact of that moment, kept so a day's counts and the optimiser's input need no replay. */
export type StateBefore = 0 | 1 | 2 | 3;

export interface ExerciseRecord {
  kind: CardKind;
  mode: 'choice' | 'type' | 'self';
  /** The kinds of mistake in the answer (src/exercise/compare.ts), none when right. */
  errors: ExerciseError[];
  /** The rating the answer suggested (none when self-graded); the entry's grade is what the learner chose. */
  suggested?: Grade;
  /** A wrong answer as given: offered again among the card's options where the deck has too few words. */
  given?: string;
  /** Tones typed or chosen wrong on syllables whose letters were right: expected then given (tone-codes.ts). */
  toneSlips?: string;
  /** The learner said the card's Vietnamese and was judged: every syllable's tone, expected then heard (tone-codes.ts). */
  spoken?: string;
}

export type ExerciseError = 'tone' | 'mark' | 'wrong' | 'missing' | 'extra';
export const EXERCISE_ERRORS: readonly ExerciseError[] = ['tone', 'mark', 'wrong', 'missing', 'extra'];

interface Common {
  /** Stable across devices: the batch it is stored in and its place there (batch.ts entryId). */
  id: string;
  deckId: string;
  cardId: string;
  /** When it happened (ms). */
  at: number;
  /** The study day it counts for, fixed when it was recorded (its batch's). */
  day: StudyDay;
  /** The device that recorded it. */
  device: string;
}

export interface ReviewFields {
  grade: Grade;
  /** Time spent on the card, capped at 60 s. */
  durationMs: number;
  stateBefore: StateBefore;
  /** The interval before was 21 days or more (statistics' mature retention). */
  matureBefore: boolean;
  exercise?: ExerciseRecord;
  /** A new card's sort key when it was rated: undo puts it back in its place (an order chosen by the words the learner knew then is not deck order). */
  newKey?: number;
  /** The rating made the card a leech and the learner's settings set leeches aside: suspended by it. */
  leech?: boolean;
  /**
   * The interval the learner's week chose (schedule/balance.ts), in days from `at`, where it is not
   * FSRS's own: the card is due then. Recorded, not recomputed, so that replay gives the same due
   * date whatever the loads and rules are when it runs.
   */
  days?: number;
}

export type EntryBody =
  | ({ type: 'review' } & ReviewFields)
  /** Takes back an earlier entry of this device (a review, suspend or bury): it stays in the log, its effect does not. */
  | { type: 'undo'; of: string }
  /** The card starts again as new (its reviews stay for statistics). */
  | { type: 'reset' }
  | { type: 'suspend' }
  | { type: 'unsuspend' }
  /** Out of the queues until the next study day. */
  | { type: 'bury' }
  /** Due `days` days after `at` instead (a break set by the learner moved it out: schedule/study-break.ts). */
  | { type: 'move'; days: number }
  /**
   * The card's state as it was when this log began (a database or backup of a
   * version that kept states, not what happened): replay starts from it.
   */
  | { type: 'restore'; state: CardState; suspended?: boolean; buriedDay?: StudyDay };

export type LogEntry = Common & EntryBody;
export type EntryType = LogEntry['type'];
export type ReviewLogEntry = Common & { type: 'review' } & ReviewFields;

export const isReview = (e: LogEntry): e is ReviewLogEntry => e.type === 'review';

/** What an entry says, before it has a place in a batch (the adapter gives it its id, day and device). */
export type NewEntry = { deckId: string; cardId: string; at: number } & EntryBody;

/** Entries in replay order: by time, then id (the same on every device). */
export function byTime(a: Pick<LogEntry, 'at' | 'id'>, b: Pick<LogEntry, 'at' | 'id'>): number {
  return a.at - b.at || byId(a.id, b.id);
}

/**
 * Ids (`<device>/<day>/<place>`: history/batch.ts) of one batch by their place, as numbers (the 10th
 * entry after the 9th, which as text it is not); others as text. No parsing: replay sorts millions.
 */
function byId(a: string, b: string): number {
  if (a.length !== b.length) {
    const cut = a.lastIndexOf('/');
    if (cut > 0 && cut === b.lastIndexOf('/') && a.startsWith(b.slice(0, cut + 1))) return a.length - b.length;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The entries whose effect stands: those no undo takes back (the undos themselves are not effects). */
export function effective<T extends LogEntry>(entries: readonly T[]): T[] {
  const undone = new Set<string>();
  for (const e of entries) if (e.type === 'undo') undone.add(e.of);
  return entries.filter((e) => e.type !== 'undo' && !undone.has(e.id));
}
