// Reading the app's database from outside the app, for tests and scripts that check what it stored.
import type { Page } from 'playwright-core';
import { entriesOf, type LogBatch } from '../src/history/batch.ts';
import { byTime, effective, isReview, type LogEntry, type ReviewLogEntry } from '../src/history/entry.ts';

/** Every record of one object store of the app's database, read in the page. */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate((name) => new Promise<T[]>((resolve, reject) => {
    const open = indexedDB.open('lovi');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => { resolve(req.result as T[]); open.result.close(); };
      req.onerror = () => reject(req.error);
    };
  }), store);
}

/**
 * Every record of several stores, read in one transaction: a snapshot, so that what the app writes
 * meanwhile (a top-up of new cards behind the start, say) is in all of them or in none.
 */
export async function readStores(page: Page, stores: readonly string[]): Promise<unknown[][]> {
  return page.evaluate((names) => new Promise<unknown[][]>((resolve, reject) => {
    const open = indexedDB.open('lovi');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction(names);
      const all = names.map((name) => tx.objectStore(name).getAll());
      tx.oncomplete = () => { resolve(all.map((r) => r.result as unknown[])); open.result.close(); };
      tx.onerror = () => reject(tx.error);
    };
  }), [...stores]);
}

/** The reviews in the app's log that stand (undone ones left out), decoded from its batches, in time order. */
export async function readReviews(page: Page): Promise<ReviewLogEntry[]> {
  return effective((await readStore<LogBatch>(page, 'log')).flatMap((b) => entriesOf(b)).sort(byTime)).filter(isReview);
}

/** Every entry of the app's log, decoded, in time order. */
export async function readLog(page: Page): Promise<LogEntry[]> {
  return (await readStore<LogBatch>(page, 'log')).flatMap((b) => entriesOf(b)).sort(byTime);
}
