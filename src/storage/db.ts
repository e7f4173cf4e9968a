// Opening the one database: schema changes happen only here, one migration
// per version, and an old tab that blocks an upgrade is asked to close.
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { LoviDB } from './schema.ts';
import { applyReview, emptyDay, type DaySummary, type ReviewFacts } from '../stats/day-summary.ts';
import { recountTallies } from './tallies.ts';
import { createLogStores, LEGACY, legacyReviews, migrateLog } from './migrate-log.ts';
import { fromLegacy } from '../history/legacy.ts';

export const DB_NAME = 'lovi';

export type Database = IDBPDatabase<LoviDB>;
type UpgradeTx = IDBPTransaction<LoviDB, StoreNames<LoviDB>[], 'versionchange'>;
/** May go on asynchronously inside the upgrade transaction; the next one starts when it is done. */
type Migration = (db: Database, tx: UpgradeTx) => void | Promise<void>;

/** migrations[n] upgrades version n to n + 1. Never edit a released one: add the next. */
export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: the first schema.
  (db) => {
    db.createObjectStore('decks', { keyPath: 'id' });
    const pairs = db.createObjectStore('pairs', { keyPath: ['deckId', 'pairId'] });
    pairs.createIndex('order', ['deckId', 'order']);
    const cards = db.createObjectStore('cards', { keyPath: ['deckId', 'cardId'] });
    cards.createIndex('queue', ['deckId', 'queue', 'sortKey']);
    cards.createIndex('pair', ['deckId', 'pairId']);
    const reviews = db.createObjectStore(LEGACY, { keyPath: 'id' }) as unknown as IDBObjectStore;
    reviews.createIndex('day', 'day');
    reviews.createIndex('card', ['deckId', 'cardId', 'at']);
    reviews.createIndex('at', 'at');
    db.createObjectStore('settings');
  },
  // 1 → 2: a deck's reviews of one study day as one range (limits and siblings are per deck).
  (_db, tx) => {
    (tx.objectStore(LEGACY) as unknown as IDBObjectStore).createIndex('deck-day', ['deckId', 'day']);
  },
  // 2 → 3: day summaries for statistics, built once from the existing log;
  // review cards by interval, so young/mature counts are index ranges.
  (db, tx) => {
    db.createObjectStore('days', { keyPath: ['deckId', 'day'] }).createIndex('day', 'day');
    tx.objectStore('cards').createIndex('interval', ['deckId', 'queue', 'scheduledDays']);
    return summariseExistingLog(tx);
  },
  // 3 → 4: the statistics' card figures as tallies per deck, counted once from the cards.
  (db, tx) => {
    db.createObjectStore('tallies', { keyPath: 'deckId' });
    return recountTallies(tx);
  },
  // 4 → 5: the word figures' cache (storage/vocab.ts); computed when first needed.
  (db) => {
    db.createObjectStore('vocab');
  },
  // 5 → 6: the compact log (storage/migrate-log.ts): batches of what happened, the scheduling
  // settings over time, and this device's name; the old log of states is emptied into them and removed.
  (db, tx) => {
    createLogStores(db);
    return migrateLog(db, tx);
  },
];

/** Runs inside the upgrade transaction (only its own requests are awaited, so it stays open). */
async function summariseExistingLog(tx: UpgradeTx): Promise<void> {
  const days = new Map<string, DaySummary>();
  let cursor = await legacyReviews(tx).openCursor();
  while (cursor) {
    const e = cursor.value;
    const key = `${e.deckId}\u0000${e.day}`;
    days.set(key, applyReview(days.get(key) ?? emptyDay(e.deckId, e.day), fromLegacy(e) as ReviewFacts));
    cursor = await cursor.continue();
  }
  await Promise.all([...days.values()].map((d) => tx.objectStore('days').put(d)));
}

export const DB_VERSION = MIGRATIONS.length;

export interface OpenCallbacks {
  /** Another tab holds an older version open and did not close it. */
  onBlocked?: () => void;
  /** A newer version of the app (another tab) wants to upgrade: this connection is closed; reload. */
  onVersionChange?: () => void;
}

export async function openDatabase(callbacks: OpenCallbacks = {}, name = DB_NAME, version = DB_VERSION): Promise<Database> {
  const db = await openDB<LoviDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // One after another (a later one may remove a store an earlier one still reads); any failure undoes the whole upgrade.
      let done: Promise<void> = Promise.resolve();
      for (let v = oldVersion; v < (newVersion ?? version); v++) done = done.then(() => MIGRATIONS[v]!(db, tx));
      done.catch(() => tx.abort());
      // An aborted upgrade is reported by the open itself (it rejects), not again by the transaction.
      tx.done.catch(() => undefined);
    },
    blocked() {
      callbacks.onBlocked?.();
    },
    blocking() {
      // Close at once so the other tab's upgrade can proceed; this tab must reload.
      db.close();
      callbacks.onVersionChange?.();
    },
  });
  return db;
}
