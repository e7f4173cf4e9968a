// The one database's schema. Every record type is defined here once.
import type { DBSchema } from 'idb';
import type { LocalisedTitle } from '../deck/types.ts';
import type { CardKind } from '../deck/types.ts';
import type { CardState } from '../schedule/card-state.ts';
import type { Queue } from '../schedule/queue.ts';
import type { StudyDay } from '../schedule/study-day.ts';
import type { DaySummary } from '../stats/day-summary.ts';
import type { DeckTally } from '../stats/tallies.ts';

export interface DeckRecord {
  id: string;
  title: LocalisedTitle;
  source?: string;
  /** Its author's order is kept (DeckMeta.course). */
  course?: boolean;
  /** The study day new sentences were last chosen by what the learner knows (src/storage/vocab.ts). */
  plannedDay?: string;
  /** The compiled deck's content hash when it was installed; a different one means "update". */
  contentHash: string;
  pairs: number;
  installedAt: number;
  /** The kinds of card the learner studies in this deck; the defaults when absent (deck/identity.ts). */
  kinds?: CardKind[];
}

export interface PairRecord {
  deckId: string;
  pairId: string;
  lo: string;
  vi: string;
  order: number;
  /** Gone from the deck: kept, with its cards' history, but no longer studied. */
  retired: boolean;
  tags?: string[];
  note?: string;
  /** The exercise plan the compiler made: words a cloze hides, and the options of a choice for each. */
  cloze?: string[];
  options?: string[][];
  /** Its learnable Vietnamese words (src/vocab/learnable.ts); absent in pairs installed before they were kept. */
  words?: string[];
  /** Chosen today by what the learner knows: its words new to the learner then (the review screen marks them). */
  newWords?: string[];
  /**
   * The learner changed the text (their text wins over a later version of a
   * shipped deck); `original` is the deck's text, for the way back.
   */
  edited?: boolean;
  original?: { lo: string; vi: string };
}

export interface CardRecord extends CardState {
  deckId: string;
  cardId: string;
  pairId: string;
  kind: CardKind;
  /** Position in the deck's study order, for new cards. */
  order: number;
  queue: Queue;
  /** The index's order within a queue: `order` for new cards, `due` for the others. */
  sortKey: number;
  /** For buried cards: the study day they were buried on. */
  buriedDay?: StudyDay;
}

export interface ReviewEntry {
  /** Unique across devices (crypto.randomUUID), so logs of two devices merge. */
  id: string;
  deckId: string;
  cardId: string;
  pairId: string;
  grade: 1 | 2 | 3 | 4;
  /** When the rating was given (ms). */
  at: number;
  /** The study day it counts for, fixed when it is recorded. */
  day: StudyDay;
  /** Time spent on the card, capped at 60 s. */
  durationMs: number;
  /** The card exactly as it was: undo restores it. */
  before: CardState;
  after: CardState;
  /** A new card's place among the new cards (its sort key) when it was rated: undo puts it back there (a place chosen by what the learner knows is not deck order). */
  newKey?: number;
  /** How an exercise card was answered, so statistics can tell, say, how often tones are the problem. */
  exercise?: ExerciseRecord;
}

export interface ExerciseRecord {
  kind: CardKind;
  mode: 'choice' | 'type' | 'self';
  /** The kinds of mistake in the answer (src/exercise/compare.ts), none when right. */
  errors: ('tone' | 'mark' | 'wrong' | 'missing' | 'extra')[];
  /** The rating the answer suggested (none when self-graded); the entry's grade is what the learner chose. */
  suggested?: 1 | 2 | 3 | 4;
  /** A wrong answer as given: offered again among the card's options where the deck has too few words. */
  given?: string;
}

export interface LoviDB extends DBSchema {
  decks: { key: string; value: DeckRecord };
  pairs: { key: [string, string]; value: PairRecord; indexes: { order: [string, number] } };
  cards: { key: [string, string]; value: CardRecord; indexes: { queue: [string, number, number]; pair: [string, string]; interval: [string, number, number] } };
  reviews: { key: string; value: ReviewEntry; indexes: { day: string; 'deck-day': [string, string]; card: [string, string, number]; at: number } };
  settings: { key: string; value: unknown };
  /** Per deck and study day, the sums statistics read (kept in step with the log in the same transactions). */
  days: { key: [string, string]; value: DaySummary; indexes: { day: string } };
  /** Per deck, the statistics' card figures (kept in step with the cards in the same transactions: storage/tallies.ts). */
  tallies: { key: string; value: DeckTally };
  /** The word figures, computed from every card (storage/vocab.ts): a cache, rebuilt when out of date, not in backups. */
  vocab: { key: string; value: unknown };
}
