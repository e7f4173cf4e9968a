// Opening the one database: schema changes happen only here, one migration
// per version, and an old tab that blocks an upgrade is asked to close.
import { openDB, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import type { LoviDB } from './schema.ts';
import { LEGACY } from './legacy-store.ts';
import { DEVICE_KEY, newDeviceId } from './device.ts';

export const DB_NAME = 'lovi';

export type Database = IDBPDatabase<LoviDB>;
type UpgradeTx = IDBPTransaction<LoviDB, StoreNames<LoviDB>[], 'versionchange'>;
/**
 * What an upgrade of a database with data in it needs beyond this module: the code that sums, counts
 * and converts what the earlier version stored (storage/upgrade-data.ts), loaded only for such an upgrade.
 */
interface Upgrade {
  oldVersion: number;
  data: UpgradeData | null;
}
export type UpgradeData = typeof import('./upgrade-data.ts');
/** May go on asynchronously inside the upgrade transaction; the next one starts when it is done. */
type Migration = (db: Database, tx: UpgradeTx, upgrade: Upgrade) => void | Promise<void>;

/** An upgrade that needs the data code, started without it: opened again with it. */
class NeedsUpgradeData extends Error {}

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
  (db, tx, { oldVersion, data }) => {
    if (oldVersion > 0 && !data) throw new NeedsUpgradeData();
    db.createObjectStore('days', { keyPath: ['deckId', 'day'] }).createIndex('day', 'day');
    tx.objectStore('cards').createIndex('interval', ['deckId', 'queue', 'scheduledDays']);
    return data?.summariseExistingLog(tx);
  },
  // 3 → 4: the statistics' card figures as tallies per deck, counted once from the cards.
  (db, tx, { oldVersion, data }) => {
    if (oldVersion > 0 && !data) throw new NeedsUpgradeData();
    db.createObjectStore('tallies', { keyPath: 'deckId' });
    return data?.recountTallies(tx);
  },
  // 4 → 5: the word figures' cache (storage/vocab.ts); computed when first needed.
  (db) => {
    db.createObjectStore('vocab');
  },
  // 5 → 6: the compact log (src/history/): batches of what happened, the scheduling settings over
  // time, and this device's name; the old log of states is emptied into them (storage/upgrade-data.ts) and removed.
  async (db, tx, { oldVersion, data }) => {
    if (oldVersion > 0 && !data) throw new NeedsUpgradeData();
    db.createObjectStore('log', { keyPath: ['dayNo', 'device'] });
    db.createObjectStore('schedules', { keyPath: 'id' });
    const device = newDeviceId();
    await tx.objectStore('settings').put(device, DEVICE_KEY);
    if (oldVersion === 0) db.deleteObjectStore(LEGACY);
    else await data!.convertLog(db, tx, device);
  },
  // 6 → 7: sync's outbox and what it knows of the server (storage/outbox.ts); empty until a learner signs in.
  (db) => {
    db.createObjectStore('outbox');
    db.createObjectStore('synced');
  },
];

export const DB_VERSION = MIGRATIONS.length;

export interface OpenCallbacks {
  /** Another tab holds an older version open and did not close it. */
  onBlocked?: () => void;
  /** A newer version of the app (another tab) wants to upgrade: this connection is closed; reload. */
  onVersionChange?: () => void;
  /**
   * The code an upgrade of a database with data needs (storage/upgrade-data.ts), for the one start
   * that upgrades it: the page passes it (storage/open-page.ts). A worker does not: the page opened
   * the database before any worker, and the worker's script stays without it.
   */
  loadUpgradeData?: () => Promise<UpgradeData>;
}

export async function openDatabase(callbacks: OpenCallbacks = {}, name = DB_NAME, version = DB_VERSION, data: UpgradeData | null = null): Promise<Database> {
  let needsData = false;
  const opening = openDB<LoviDB>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      // One after another (a later one may remove a store an earlier one still reads); any failure undoes the whole upgrade.
      let done: Promise<void> = Promise.resolve();
      for (let v = oldVersion; v < (newVersion ?? version); v++) done = done.then(() => MIGRATIONS[v]!(db, tx, { oldVersion, data }));
      done.catch((e: unknown) => {
        if (e instanceof NeedsUpgradeData) needsData = true;
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
    // Once on a device, the first start after a new version arrives: the upgrade is begun again with the data code.
    if (!needsData || data || !callbacks.loadUpgradeData) throw e;
    return openDatabase(callbacks, name, version, await callbacks.loadUpgradeData());
  }
}
