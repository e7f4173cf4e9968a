// The one database's schema: which stores hold which records. The log's
// records are defined by the history core (src/history/), the others here.
import type { DBSchema } from 'idb';
import type { LocalisedTitle } from '../deck/types.ts';
import type { CardKind } from '../deck/types.ts';
import type { CardState } from '../schedule/card-state.ts';
import type { Queue } from '../schedule/queue.ts';
import type { StudyDay } from '../schedule/study-day.ts';
import type { DaySummary } from '../stats/day-summary.ts';
import type { LogBatch } from '../history/batch.ts';
import type { ScheduleChange } from '../history/timeline.ts';
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
  /** Every sentence up to this place in deck order has its cards stored (storage/new-cards.ts); absent: none known to. */
  cardsThrough?: number;
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
  /** Set aside by the learner or as a leech (history/replay.ts); kept apart from the queue, which a kind turned off overrides. */
  suspended?: true;
  /** For buried cards: the study day they were buried on. */
  buriedDay?: StudyDay;
  /** The study days (dayNumber) whose log batches hold entries of this card, ascending: its history is these batches' ranges, not a scan of the log. */
  logDays?: number[];
  /** How many entries of the log are this card's (undos included): a rebuild that read the log earlier tells by it that the card was rated meanwhile. */
  logCount?: number;
}

export interface LoviDB extends DBSchema {
  decks: { key: string; value: DeckRecord };
  pairs: { key: [string, string]; value: PairRecord; indexes: { order: [string, number] } };
  cards: { key: [string, string]; value: CardRecord; indexes: { queue: [string, number, number]; pair: [string, string]; interval: [string, number, number] } };
  /** The review log: one batch per study day and device, appended to only (src/history/batch.ts). */
  log: { key: [number, string]; value: LogBatch };
  /** The scheduling settings in force from each change on (src/history/timeline.ts). */
  schedules: { key: string; value: ScheduleChange };
  settings: { key: string; value: unknown };
  /** Per deck and study day, the sums statistics read (kept in step with the log in the same transactions). */
  days: { key: [string, string]; value: DaySummary; indexes: { day: string } };
  /** Per deck, the statistics' card figures (kept in step with the cards in the same transactions: storage/tallies.ts). */
  tallies: { key: string; value: DeckTally };
  /** The word figures, computed from every card (storage/vocab.ts): a cache, rebuilt when out of date, not in backups. */
  vocab: { key: string; value: unknown };
  /**
   * What sync has yet to send (storage/outbox.ts): a document's name (sync/documents.ts) and what it
   * was marked at (a batch's entry count, an edit's stamp), written in the same transaction as the change.
   */
  outbox: { key: string; value: number | string };
  /** Each document's revision on the server as last seen, and the stamp of the edit it holds (storage/sync-local.ts). */
  synced: { key: string; value: SyncedRecord };
}

export interface SyncedRecord {
  rev: string;
  stamp?: string;
  /** A batch's entries the server holds. */
  count?: number;
}
