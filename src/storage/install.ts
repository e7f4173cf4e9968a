// Installing a compiled deck into the database, first run or update: in
// chunks (one transaction each, with progress), keeping every card's state
// and history. Pairs gone from the deck are retired, never deleted. The deck
// record, with its content hash, is written last: an install cut short is
// simply redone at the next start.
// Not the deck/index.ts barrel: through it the whole compiler would join the start-up scripts.
import { cardOrder, cardsOf, DEFAULT_KINDS } from '../deck/identity.ts';
import { newCard, pairRecord } from './new-records.ts';
import type { CompiledDeck } from '../deck/types.ts';
import { Queue } from '../schedule/queue.ts';
import { placeReplayed, replayedOf } from './card-place.ts';
import { newSortKey, type NewOrder } from '../schedule/new-order.ts';
import { unwrap } from 'idb';
import type { Database } from './db.ts';
import { keptHistory, keptHistoryKey, restoreFromLog } from './deck-actions.ts';
import { loadSettings } from './settings.ts';
import { studyDayOf } from '../schedule/study-day.ts';
import type { CardRecord } from './schema.ts';
import { TallyUpdate } from './tallies.ts';

/** Pairs per transaction: large enough that transactions are few, small enough to show progress. */
export const INSTALL_CHUNK = 500;

export async function installDeck(
  db: Database, deck: CompiledDeck, now: Date,
  onProgress?: (done: number, total: number) => void, newOrder: NewOrder = 'deck',
  /** A shipped deck's update keeps the learner's edits; a learner's own import is their text, and replaces them. */
  keepEdits = false,
): Promise<void> {
  const total = deck.pairs.length;
  const existing = await db.get('decks', deck.id);
  // The kinds the learner chose for this deck (a first install: the defaults).
  const kinds = existing?.kinds ?? DEFAULT_KINDS;
  // The cards this deck already has (keys only): read and restored. The others
  // are added without reading first, which on a first install saves a third of
  // the requests; if another tab added one meanwhile, the add fails and the
  // card is restored instead (never overwritten).
  const installed = new Set((await db.getAllKeys('cards', IDBKeyRange.bound([deck.id, ''], [deck.id, '\uffff']))).map(([, cardId]) => cardId));
  const committing: Promise<unknown>[] = [];
  for (let start = 0; start < total; start += INSTALL_CHUNK) {
    const chunk = deck.pairs.slice(start, start + INSTALL_CHUNK);
    const tx = db.transaction(['pairs', 'cards', 'tallies'], 'readwrite');
    const pairs = tx.objectStore('pairs');
    const cards = tx.objectStore('cards');
    const tallies = new TallyUpdate();
    const work: Promise<unknown>[] = [];
    chunk.forEach((pair, i) => {
      const order = start + i;
      const record = pairRecord(deck.id, pair, order, pair.words?.map((w) => deck.vocabulary.words![w]![0]));
      // Read first only on an update of a deck the learner may have edited (a first install has nothing to keep).
      work.push(keepEdits && installed.size > 0
        ? pairs.get([deck.id, pair.id]).then((stored) => pairs.put(stored?.edited ? { ...record, lo: stored.lo, vi: stored.vi, edited: true, original: { lo: pair.lo, vi: pair.vi } } : record))
        : pairs.put(record));
      cardsOf(pair.id, kinds).forEach((ref) => {
        const restoreStored = () => cards.get([deck.id, ref.id]).then((existing) => existing && restore(cards, tallies, existing, cardOrder(order, ref.kind), newOrder));
        if (installed.has(ref.id)) return void work.push(restoreStored());
        const card = newCard(deck.id, ref, order, newOrder);
        work.push(addOr(unwrap(cards), card, () => tallies.card(undefined, card), restoreStored));
      });
    });
    await Promise.all(work);
    // The next chunk is prepared and queued while this one commits (transactions over the same
    // stores run one after another in the database anyway); all are awaited before the deck record.
    const committed = Promise.all([tallies.write(tx), tx.done]).then(() => onProgress?.(Math.min(total, start + INSTALL_CHUNK), total));
    // Handled below, with the others; not reported as unhandled meanwhile.
    committed.catch(() => undefined);
    committing.push(committed);
  }
  await Promise.all(committing);
  await retireMissing(db, deck);
  // A deck deleted with its history kept, back: its cards' progress from the log (before the deck record, so a cut install does it again).
  if (!existing && (await keptHistory(db, deck.id))) await restoreFromLog(db, deck.id, studyDayOf(now, await loadSettings(db)), newOrder);
  const tx = db.transaction(['decks', 'settings'], 'readwrite');
  await Promise.all([tx.objectStore('settings').delete(keptHistoryKey(deck.id)), tx.objectStore('decks').put({ id: deck.id, title: deck.title, ...(deck.source ? { source: deck.source } : {}), ...(deck.course ? { course: true } : {}), contentHash: deck.contentHash, pairs: total, installedAt: now.getTime(), kinds: [...kinds] }), tx.done]);
}

/** Adds the record (then calls `added`); if its key exists already, runs `instead` (in the same transaction, which stays open). */
function addOr(store: IDBObjectStore, record: CardRecord, added: () => void, instead: () => Promise<unknown>): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const request = store.add(record);
    request.onsuccess = () => {
      added();
      resolve(undefined);
    };
    request.onerror = (event) => {
      if (request.error?.name !== 'ConstraintError') return reject(request.error);
      // Handled: the transaction must neither abort (preventDefault) nor hear of it (idb's tx.done would reject).
      event.preventDefault();
      event.stopPropagation();
      instead().then(resolve, reject);
    };
  });
}

/** An existing card keeps its state; a new position in the deck, or a return from retirement, is applied. */
function restore(cards: { put(v: CardRecord): Promise<unknown> }, tallies: TallyUpdate, c: CardRecord, order: number, newOrder: NewOrder): Promise<unknown> | undefined {
  const moved = { ...c, order };
  const next = c.queue === Queue.Retired ? placeReplayed(moved, replayedOf(c), newOrder, true)
    : { ...moved, sortKey: c.queue === Queue.New ? newSortKey(moved, newOrder) : c.sortKey };
  if (c.order === order && c.queue === next.queue && c.sortKey === next.sortKey) return undefined;
  tallies.card(c, next);
  return cards.put(next);
}

async function retireMissing(db: Database, deck: CompiledDeck): Promise<void> {
  const present = new Set(deck.pairs.map((p) => p.id));
  const range = IDBKeyRange.bound([deck.id, ''], [deck.id, '\uffff']);
  const tx = db.transaction(['pairs', 'cards', 'tallies'], 'readwrite');
  // Keys only: a 100,000-pair deck's text need not be read to find what is gone.
  const keys = await tx.objectStore('pairs').getAllKeys(range);
  const tallies = new TallyUpdate();
  const work: Promise<unknown>[] = [];
  for (const key of keys) {
    if (present.has(key[1])) continue;
    work.push(tx.objectStore('pairs').get(key).then((pair) => pair && !pair.retired ? tx.objectStore('pairs').put({ ...pair, retired: true }) : undefined));
    work.push(tx.objectStore('cards').index('pair').getAll(key).then((cs) =>
      Promise.all(cs.filter((c) => c.queue !== Queue.Retired).map((c) => {
        const retired = { ...c, queue: Queue.Retired };
        tallies.card(c, retired);
        return tx.objectStore('cards').put(retired);
      }))));
  }
  await Promise.all(work);
  await Promise.all([tallies.write(tx), tx.done]);
}
