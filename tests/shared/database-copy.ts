// A whole IndexedDB database, schema and records, as plain data: read in one
// IndexedDB (fake-indexeddb in Node) and written into another (Chromium's, in
// a page), so a browser test can start from a database an earlier version of
// the app left, made by that version's own code rather than by hand.

export interface StoreCopy {
  name: string;
  keyPath: string | string[] | null;
  autoIncrement: boolean;
  indexes: { name: string; keyPath: string | string[]; unique: boolean; multiEntry: boolean }[];
  /** Out-of-line keys beside their values (in-line keys: the values alone). */
  keys: IDBValidKey[] | null;
  values: unknown[];
}

export interface DatabaseCopy {
  name: string;
  version: number;
  stores: StoreCopy[];
}

const request = <T>(r: IDBRequest<T>) => new Promise<T>((resolve, reject) => {
  r.onsuccess = () => resolve(r.result);
  r.onerror = () => reject(r.error);
});

/** Reads every store of the database `name` at its current version. */
export async function copyDatabase(factory: IDBFactory, name: string): Promise<DatabaseCopy> {
  const db = await request(factory.open(name));
  const stores: StoreCopy[] = [];
  for (const storeName of [...db.objectStoreNames]) {
    const store = db.transaction(storeName).objectStore(storeName);
    const indexes = [...store.indexNames].map((i) => store.index(i)).map(({ name: n, keyPath, unique, multiEntry }) => ({ name: n, keyPath: keyPath as string | string[], unique, multiEntry }));
    const values = await request(store.getAll());
    const keys = store.keyPath === null ? await request(db.transaction(storeName).objectStore(storeName).getAllKeys()) : null;
    stores.push({ name: storeName, keyPath: store.keyPath as string | string[] | null, autoIncrement: store.autoIncrement, indexes, keys, values });
  }
  db.close();
  return { name, version: db.version, stores };
}

/**
 * Writes the copy as a new database (it must not exist yet). Self-contained: it is run in a page
 * (Playwright's page.evaluate serialises the function), so it uses nothing from outside itself.
 */
export function writeDatabase(copy: DatabaseCopy): Promise<void> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open(copy.name, copy.version);
    open.onupgradeneeded = () => {
      for (const s of copy.stores) {
        const store = open.result.createObjectStore(s.name, { keyPath: s.keyPath, autoIncrement: s.autoIncrement });
        for (const i of s.indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multiEntry });
        s.values.forEach((v, n) => (s.keys ? store.put(v, s.keys[n]) : store.put(v)));
      }
    };
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      open.result.close();
      resolve();
    };
  });
}
