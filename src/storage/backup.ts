// Export and import of everything, in single transactions. Import merges:
// the union of both review logs (ids are unique across devices), then every
// card whose log changed gets its state by replaying its log, so importing
// the same file twice changes nothing and two devices' histories combine.
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../backup/format.ts';
import { replay } from '../backup/replay.ts';
import type { Scheduler } from '../schedule/scheduler.ts';
import { Queue } from '../schedule/queue.ts';
import { placeCard } from './card-place.ts';
import { applyReview, emptyDay } from '../stats/day-summary.ts';
import type { Database } from './db.ts';
import { TallyUpdate } from './tallies.ts';
import { unwrap } from 'idb';
import { writeBackupFile, type BackupPart } from '../backup/file.ts';
import { inBatches } from './batches.ts';

/** Records per read: memory holds one batch of the log at a time, whatever its length. */
const BATCH = 2000;

/**
 * Everything on this device as a backup file, each store read in batches (a
 * short read-only transaction each) and compressed as it is read. The log is
 * read last: a review saved meanwhile in another tab may be in the file with
 * its card's earlier state, which an import puts right (it replays the log).
 */
export async function backupFile(db: Database, now: Date): Promise<Blob> {
  const tx = db.transaction('settings', 'readonly');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  const settings = Object.fromEntries(keys.map((k, i) => [k, values[i]]));
  return writeBackupFile({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.getTime(), settings }, backupParts(db));
}

async function* backupParts(db: Database): AsyncGenerator<BackupPart> {
  for (const store of ['decks', 'pairs', 'cards', 'reviews'] as const) {
    for await (const records of inBatches(db, store, BATCH)) yield { store, records };
  }
}

export interface ImportResult {
  reviewsAdded: number;
  cardsUpdated: number;
}

export async function importBackup(db: Database, backup: Backup, scheduler: Scheduler): Promise<ImportResult> {
  const tx = db.transaction(['decks', 'pairs', 'cards', 'reviews', 'settings', 'days', 'tallies'], 'readwrite', { durability: 'strict' });
  const store = <N extends 'decks' | 'pairs' | 'cards' | 'reviews' | 'settings' | 'days'>(n: N) => tx.objectStore(n);
  // Every read comes before the first write: reads behind thousands of pending
  // writes are slower (a 20,000-entry merge in Chromium: 5.5 s interleaved, 4.8 s
  // this way), and a file listing one entry twice is added once, not refused.
  // What this device has is read a deck at a time (a range each), not a record
  // at a time: a 100,000-entry file would otherwise cost 140,000 lookups.

  // 1. What this device has already: decks, settings, and for each deck of the file its pairs, cards and log entries (ids).
  const deckIds = new Set([...backup.decks.map((d) => d.id), ...backup.pairs.map((p) => p.deckId), ...backup.cards.map((c) => c.deckId), ...backup.reviews.map((e) => e.deckId)]);
  const entries = Object.entries(backup.settings);
  // A pair the learner edited on the other device: its text wins over this device's, unless edited here too.
  const editedThere = backup.pairs.filter((p) => p.edited === true);
  const [deckKeys, settingKeys, logSize, decks, editedHere] = await Promise.all([
    store('decks').getAllKeys(),
    store('settings').getAllKeys(),
    store('reviews').count(),
    Promise.all([...deckIds].map(async (deckId) => {
      const [pairs, cards, entryIds] = await Promise.all([
        store('pairs').getAllKeys(deckRange(deckId)),
        store('cards').getAll(deckRange(deckId)),
        store('reviews').index('deck-day').getAllKeys(deckRange(deckId)),
      ]);
      return { deckId, pairs: new Set(pairs.map(([, pairId]) => pairId)), cards: new Map(cards.map((c) => [c.cardId, c])), entryIds };
    })),
    Promise.all(editedThere.map(async (p) => (await store('pairs').get([p.deckId, p.pairId]))?.edited === true)),
  ]);
  const here = new Map(decks.map((d) => [d.deckId, d]));
  const storedIds = new Set(decks.flatMap((d) => d.entryIds));
  // Entries of decks the file does not have are not in storedIds: only if there are any can an id of the file be one of them.
  const elsewhere = logSize > storedIds.size
    ? new Set((await Promise.all(backup.reviews.filter((e) => !storedIds.has(e.id)).map((e) => store('reviews').getKey(e.id)))).filter((k) => k !== undefined))
    : new Set<string>();
  const seen = new Set<string>();
  const added = backup.reviews.filter((e) => !storedIds.has(e.id) && !elsewhere.has(e.id) && !seen.has(e.id) && seen.add(e.id));
  const storedCard = (deckId: string, cardId: string) => here.get(deckId)?.cards.get(cardId);

  // 2. For each card whose log grows, its log so far (read only where the device has some of the deck's log); for each day, its summary so far.
  const byCard = groupBy(added, (e) => [e.deckId, e.cardId] as const);
  const byDay = groupBy(added, (e) => [e.deckId, e.day] as const);
  const newCards = new Map(backup.cards.filter((c) => !storedCard(c.deckId, c.cardId)).map((c) => [`${c.deckId}\u0000${c.cardId}`, c]));
  const [cards, days] = await Promise.all([
    Promise.all([...byCard].map(async ([key, { id: [deckId, cardId], items }]) => {
      const log = here.get(deckId)!.entryIds.length > 0
        ? await store('reviews').index('card').getAll(IDBKeyRange.bound([deckId, cardId, -Infinity], [deckId, cardId, Infinity]))
        : [];
      const stored = storedCard(deckId, cardId);
      const card = stored ?? newCards.get(key);
      const state = replay([...log, ...items], scheduler);
      if (!card || !state) return null;
      // A replayed log is never empty, so the state is never new and the new-card order does not matter.
      const placed = placeCard(card, state, 'deck');
      // A card the learner set aside stays aside.
      return { stored, card: card.queue === Queue.Suspended || card.queue === Queue.Retired ? { ...placed, queue: card.queue } : placed };
    })),
    Promise.all([...byDay.values()].map(async ({ id: [deckId, day], items }) =>
      items.reduce((s, e) => applyReview(s, e), (await store('days').get([deckId, day])) ?? emptyDay(deckId, day)))),
  ]);

  // 3. All writes, as plain requests (no promise each: the transaction's end says whether all
  // were written, and any failure aborts it whole). The cards' replayed states overwrite what step 1 would add.
  const replayed = cards.filter((c) => c !== null);
  const replayedKeys = new Set(replayed.map(({ card: c }) => `${c.deckId}\u0000${c.cardId}`));
  const addedCards = [...newCards].filter(([key]) => !replayedKeys.has(key)).map(([, c]) => c);
  const tallies = new TallyUpdate();
  for (const c of addedCards) tallies.card(undefined, c);
  for (const { stored, card } of replayed) tallies.card(stored, card);
  await tallies.prepare(tx);
  // Each store looked up once: tx.objectStore() for every request costs more than the request (measured: 20,000 adds, 2.1 s against 1.3 s at 4×).
  const [decksStore, pairsStore, cardsStore, settingsStore, reviewsStore, daysStore] = (['decks', 'pairs', 'cards', 'settings', 'reviews', 'days'] as const).map((n) => unwrap(store(n))) as IDBObjectStore[];
  const hasDeck = new Set(deckKeys);
  const hasSetting = new Set(settingKeys);
  const writes: (() => IDBRequest)[] = [];
  for (const d of backup.decks) if (!hasDeck.has(d.id)) writes.push(() => decksStore!.put(d));
  for (const p of backup.pairs) if (!here.get(p.deckId)!.pairs.has(p.pairId) && p.edited !== true) writes.push(() => pairsStore!.put(p));
  editedThere.forEach((p, i) => {
    if (!editedHere[i]) writes.push(() => pairsStore!.put(p));
  });
  for (const c of addedCards) writes.push(() => cardsStore!.put(c));
  for (const [k, v] of entries) if (!hasSetting.has(k)) writes.push(() => settingsStore!.put(v, k));
  for (const e of added) writes.push(() => reviewsStore!.add(e));
  for (const { card } of replayed) writes.push(() => cardsStore!.put(card));
  for (const d of days) writes.push(() => daysStore!.put(d));
  await inSlices(writes);
  await Promise.all([tallies.write(tx), tx.done]);
  return { reviewsAdded: added.length, cardsUpdated: replayed.length };
}

/**
 * Places many requests in the running transaction a slice at a time, each slice from the
 * success of the last request of the one before (where the transaction is active again):
 * between slices the page handles taps and paints, instead of one task of many seconds.
 * Resolves once all are placed; a request that fails aborts the transaction.
 */
function inSlices(requests: (() => IDBRequest)[], size = 2000): Promise<void> {
  return new Promise((resolve) => {
    const place = (from: number) => {
      const to = Math.min(requests.length, from + size);
      let last: IDBRequest | null = null;
      for (let i = from; i < to; i++) last = requests[i]!();
      if (to >= requests.length || !last) resolve();
      else last.addEventListener('success', () => place(to));
    };
    place(0);
  });
}

const deckRange = (deckId: string) => IDBKeyRange.bound([deckId], [deckId, []]);

/** Items grouped by a compound key, keeping the key's parts. */
function groupBy<T, K extends readonly string[]>(items: T[], keyOf: (x: T) => K): Map<string, { id: K; items: T[] }> {
  const groups = new Map<string, { id: K; items: T[] }>();
  for (const x of items) {
    const id = keyOf(x);
    const key = id.join('\u0000');
    const group = groups.get(key);
    if (group) group.items.push(x);
    else groups.set(key, { id, items: [x] });
  }
  return groups;
}
