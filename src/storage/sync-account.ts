// The account signed in on this device (no password: the server's session
// cookie is what stays), and what a sign-in or sign-out changes here.
import type { Database } from './db.ts';
import { markEverything } from './sync-local.ts';
import { ACCOUNT_KEY, CHECKPOINT_KEY, LAST_SYNC_KEY } from './sync-keys.ts';

export interface SyncAccount {
  /** The server's address, ending in / (CouchDB's root). */
  server: string;
  name: string;
}

export interface LastSync {
  at: number;
}

export async function loadAccount(db: Database): Promise<SyncAccount | null> {
  const saved = (await db.get('settings', ACCOUNT_KEY)) as SyncAccount | undefined;
  return saved && typeof saved.server === 'string' && typeof saved.name === 'string' ? saved : null;
}

/** Signed in: the changes feed is read from its start, and everything here is to be sent (what the server has already is merged, not doubled). */
export async function beginAccount(db: Database, account: SyncAccount): Promise<void> {
  const tx = db.transaction('settings', 'readwrite');
  await Promise.all([tx.store.put(account, ACCOUNT_KEY), tx.store.delete(CHECKPOINT_KEY), tx.store.delete(LAST_SYNC_KEY), tx.done]);
  await markEverything(db);
}

/** Signed out: the data stays (or is removed by the learner's choice, elsewhere); what this device knew of the server goes. */
export async function endAccount(db: Database): Promise<void> {
  const tx = db.transaction(['settings', 'synced'], 'readwrite');
  await Promise.all([
    tx.objectStore('settings').delete(ACCOUNT_KEY), tx.objectStore('settings').delete(CHECKPOINT_KEY), tx.objectStore('settings').delete(LAST_SYNC_KEY),
    tx.objectStore('synced').clear(), tx.done,
  ]);
}

export async function lastSync(db: Database): Promise<LastSync | null> {
  return ((await db.get('settings', LAST_SYNC_KEY)) as LastSync | undefined) ?? null;
}

export async function saveLastSync(db: Database, at: number): Promise<void> {
  await db.put('settings', { at } satisfies LastSync, LAST_SYNC_KEY);
}
