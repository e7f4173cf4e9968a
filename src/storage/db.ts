// Opening the one database: schema changes happen only here, one step per
// version, and an old tab that blocks an upgrade is asked to close.
import { openDB, type IDBPDatabase } from 'idb';
import type { LoviDB } from './schema.ts';

export const DB_NAME = 'lovi';
export const DB_VERSION = 1;

export type Database = IDBPDatabase<LoviDB>;

export interface OpenCallbacks {
  /** Another tab holds an older version open and did not close it. */
  onBlocked?: () => void;
  /** A newer version of the app (another tab) wants to upgrade: this connection is closed; reload. */
  onVersionChange?: () => void;
}

export async function openDatabase(callbacks: OpenCallbacks = {}, name = DB_NAME): Promise<Database> {
  const db = await openDB<LoviDB>(name, DB_VERSION, {
    upgrade(db, oldVersion) {
      if (oldVersion < 1) {
        db.createObjectStore('decks', { keyPath: 'id' });
        const pairs = db.createObjectStore('pairs', { keyPath: ['deckId', 'pairId'] });
        pairs.createIndex('order', ['deckId', 'order']);
        const cards = db.createObjectStore('cards', { keyPath: ['deckId', 'cardId'] });
        cards.createIndex('queue', ['deckId', 'queue', 'sortKey']);
        cards.createIndex('pair', ['deckId', 'pairId']);
        const reviews = db.createObjectStore('reviews', { keyPath: 'id' });
        reviews.createIndex('day', 'day');
        reviews.createIndex('card', ['deckId', 'cardId', 'at']);
        reviews.createIndex('at', 'at');
        db.createObjectStore('settings');
      }
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
