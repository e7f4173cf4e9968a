// Reading the app's database from outside the app, for tests and scripts that check what it stored.
import type { Page } from 'playwright-core';

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
