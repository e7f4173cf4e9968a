// Opening the one database: schema changes happen only here, one migration
// per version, and an old tab that blocks an upgrade is asked to close.
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { LoviDB } from './schema.ts';
import { applyReview, emptyDay, type DaySummary, type ReviewFacts } from '../stats/day-summary.ts';
import { recountTallies } from './tallies.ts';
import { LEGACY, legacyReviews } from './legacy-store.ts';
import { DEVICE_KEY, newDeviceId } from './device.ts';
import { fromLegacy } from '../history/legacy.ts';

export const DB_NAME = 'lovi';

export type Database = IDBPDatabase<LoviDB>;
type UpgradeTx = IDBPTransaction<LoviDB, StoreNames<LoviDB>[], 'versionchange'>;
/** What an upgrade may need beyond this module: the log's conversion (storage/migrate-log.ts), loaded only for a database that has a log of states. */
interface Upgrade {
  oldVersion: number;
  convert: ConvertLog | null;
}
export type ConvertLog = typeof import('./migrate-log.ts')['convertLog'];
/** May go on asynchronously inside the upgrade transaction; the next one starts when it is done. */
type Migration = (db: Database, tx: UpgradeTx, upgrade: Upgrade) => void | Promise<void>;

/** An upgrade that needs the log's conversion, started without it: opened again with it. */
class NeedsConversion extends Error {}

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
  // 5 → 6: the compact log (src/history/): batches of what happened, the scheduling settings over
  // time, and this device's name; the old log of states is emptied into them (storage/migrate-log.ts) and removed.
  async (db, tx, { oldVersion, convert }) => {
    if (oldVersion > 0 && !convert) throw new NeedsConversion();
    db.createObjectStore('log', { keyPath: ['dayNo', 'device'] });
    db.createObjectStore('schedules', { keyPath: 'id' });
    const device = newDeviceId();
    await tx.objectStore('settings').put(device, DEVICE_KEY);
    if (oldVersion === 0) db.deleteObjectStore(LEGACY);
    else await convert!(db, tx, device);
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
  /**
   * The code that converts a log of states (storage/migrate-log.ts), for the one start that upgrades
   * such a database: the page passes it (storage/open-page.ts). A worker does not: the page opened
   * the database before any worker, and the worker's script stays without it.
   */
  loadConversion?: () => Promise<ConvertLog>;
}

export async function openDatabase(callbacks: OpenCallbacks = {}, name = DB_NAME, version = DB_VERSION, convert: ConvertLog | null = null): Promise<Database> {
  let needsConversion = false;
  const opening = openDB<LoviDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // One after another (a later one may remove a store an earlier one still reads); any failure undoes the whole upgrade.
      let done: Promise<void> = Promise.resolve();
      for (let v = oldVersion; v < (newVersion ?? version); v++) done = done.then(() => MIGRATIONS[v]!(db, tx, { oldVersion, convert }));
      done.catch((e: unknown) => {
        if (e instanceof NeedsConversion) needsConversion = true;
      });
      done.catch(() => tx.abort());
      // An aborted upgrade is reported by the open itself (it rejects), not again by the transaction.
      tx.done.catch(() => undefined);
    },
    blocked() {
      callbacks.onBlocked?.();
    },
    blocking() {
      // Close at once so the other tab's upgrade can proceed; this tab must reload.
      void opening.then((db) => db.close());
      callbacks.onVersionChange?.();
    },
  });
  try {
    return await opening;
  } catch (e) {
    // Once on a device, the first start after this version arrives: the upgrade is begun again with the conversion's code.
    if (!needsConversion || convert || !callbacks.loadConversion) throw e;
    return openDatabase(callbacks, name, version, await callbacks.loadConversion());
  }
}
