// Fills the app's database, in the page, with a large study history: pairs
// and cards in every state, under the bundled seed deck (so the app lists
// it). Runs in the browser: no imports. The year of reviews is made in Node
// (seed-log.ts) and written after it, a few batches at a time.
export interface SeedSize {
  cards: number;
  reviews: number;
}

export function seedInPage({ deckId, cards, now }: Omit<SeedSize, 'reviews'> & { deckId: string; now: number }): Promise<number> {
  const DAY = 86_400_000;
  let rnd = 42;
  const random = () => ((rnd = (rnd * 1103515245 + 12345) >>> 0) / 4294967296);
  const state = (s: number, due: number, reps: number) => ({
    due, stability: s === 0 ? 0 : 1 + random() * 60, difficulty: s === 0 ? 0 : 1 + random() * 9, elapsedDays: 0,
    scheduledDays: s === 2 ? Math.ceil(random() * 60) : 0, learningSteps: 0, reps, lapses: 0, state: s,
    lastReview: s === 0 ? null : now - Math.floor(random() * 30) * DAY,
  });
  // Study day in Vientiane (UTC+7, day starts 04:00): UTC+3.
  const dayOf = (t: number) => new Date(t + 3 * 3_600_000).toISOString().slice(0, 10);
  const pairs = cards / 2;
  const open = () => new Promise<IDBDatabase>((resolve, reject) => {
    const r = indexedDB.open('lovi');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const write = (db: IDBDatabase, store: string, records: unknown[]) => new Promise<void>((resolve, reject) => {
    const tx = db.transaction(store, 'readwrite');
    const os = tx.objectStore(store);
    for (const r of records) os.put(r);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  // The statistics' tallies (src/stats/tallies.ts) for the cards written here, by the same rules:
  // the app keeps them in step with every card it writes, and this seed writes cards itself.
  // The bundled deck's own cards (installed by the app before seeding) are counted in already.
  const addToTally = (t: { states: Record<string, number>; knownPairs: number; due: Record<string, number> }, c: { queue: number; scheduledDays: number; due: number }) => {
    const state = c.queue === 0 ? 'new' : c.queue === 1 ? 'learning' : c.scheduledDays >= 21 ? 'mature' : 'young';
    t.states[state]! += 1;
    if (c.queue === 2) {
      const bucket = String(Math.floor(c.due / (15 * 60_000)));
      t.due[bucket] = (t.due[bucket] ?? 0) + 1;
    }
  };
  const readTally = (db: IDBDatabase) => new Promise<{ deckId: string; states: Record<string, number>; knownPairs: number; due: Record<string, number> }>((resolve, reject) => {
    const r = db.transaction('tallies').objectStore('tallies').get(deckId);
    r.onsuccess = () => resolve(r.result ?? { deckId, states: { new: 0, learning: 0, young: 0, mature: 0, suspended: 0 }, knownPairs: 0, due: {} });
    r.onerror = () => reject(r.error);
  });
  return open().then(async (db) => {
    const tally = await readTally(db);
    const CHUNK = 10_000;
    for (let start = 0; start < pairs; start += CHUNK) {
      const ps: unknown[] = [];
      const cs: unknown[] = [];
      for (let i = start; i < Math.min(pairs, start + CHUNK); i++) {
        const pairId = `bench${i}`;
        ps.push({ deckId, pairId, lo: `ປະໂຫຍກທົດສອບທີ ${i} ກ່ຽວກັບການພັດທະນາລະບົບບໍລິການທັນສະໄໝ`, vi: `Câu thử nghiệm số ${i} về phát triển dịch vụ hiện đại`, order: 1000 + i, retired: false });
        let mature = false;
        for (let k = 0; k < 2; k++) {
          const roll = random();
          // 20 % new, 0.5 % learning (due within the day), the rest review with due dates
          // from 10 days ago to 60 days ahead: a long-time learner's collection.
          const s = roll < 0.2 ? 0 : roll < 0.205 ? 1 : 2;
          const due = s === 0 ? now : s === 1 ? now + Math.floor(random() * DAY) : now + Math.floor((random() * 70 - 10) * DAY);
          const order = 2000 + i * 2 + k;
          const card = { deckId, cardId: `${pairId}:${k ? 'p' : 'r'}`, pairId, kind: k ? 'production' : 'recognition', order, ...state(s, due, s === 0 ? 0 : 3), queue: s, sortKey: s === 0 ? order : due };
          cs.push(card);
          addToTally(tally, card);
          if (card.queue === 2 && card.scheduledDays >= 21) mature = true;
        }
        if (mature) tally.knownPairs++;
      }
      await write(db, 'pairs', ps);
      await write(db, 'cards', cs);
    }
    await write(db, 'tallies', [tally]);
    db.close();
    return cards;
  });
}

/** Records put into a store of the app's database, in the page (one transaction). Runs in the browser: no imports. */
export function putInPage({ store, records }: { store: string; records: unknown[] }): Promise<void> {
  return new Promise((resolve, reject) => {
    const r = indexedDB.open('lovi');
    r.onerror = () => reject(r.error);
    r.onsuccess = () => {
      const tx = r.result.transaction(store, 'readwrite');
      for (const x of records) tx.objectStore(store).put(x);
      tx.oncomplete = () => { r.result.close(); resolve(); };
      tx.onerror = () => reject(tx.error);
    };
  });
}
