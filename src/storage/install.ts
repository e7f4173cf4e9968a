// Installing a compiled deck into the database, first run or update: in
// chunks (one transaction each, with progress), keeping every card's state
// and history. A sentence never studied is written without cards (they are
// written when first needed: storage/new-cards.ts), so a first install writes
// one record per sentence. Pairs gone from the deck are retired, never deleted. The deck
// record, with its content hash, is written last: an install cut short is
// simply redone at the next start (a first install may list the deck after
// its first chunk, with no content hash, so the learner begins meanwhile).
// Not the deck/index.ts barrel: through it the whole compiler would join the start-up scripts.
import { cardOrder, cardsOf, DEFAULT_KINDS, isLearnerDeck, pairIdOfCard } from '../deck/identity.ts';
import { deckDocId } from '../sync/names.ts';
import { thisDevice } from './device.ts';
import { markEdit } from './edit-stamp.ts';
import { newCard, pairRecord } from './new-records.ts';
import type { CardKind, CompiledDeck } from '../deck/types.ts';
import { Queue } from '../schedule/queue.ts';
import { placeReplayed, replayedOf } from './card-place.ts';
import { newSortKey, type NewOrder } from '../schedule/new-order.ts';
import { unwrap } from 'idb';
import type { Database } from './db.ts';
import { keptHistory, keptHistoryKey, restoreFromLog } from './deck-actions.ts';
import { loadSettings } from './settings.ts';
import { studyDayOf } from '../schedule/study-day.ts';
import type { CardRecord, DeckRecord, PairRecord } from './schema.ts';
import { TallyUpdate } from './tallies.ts';
import { deckRange } from './ranges.ts';


/** Pairs per transaction: large enough that transactions are few, small enough to show progress. */
export const INSTALL_CHUNK = 500;

export interface InstallOptions {
  onProgress?: (done: number, total: number) => void;
  newOrder?: NewOrder;
  /** A shipped deck's update keeps the learner's edits; a learner's own import is their text, and replaces them. */
  keepEdits?: boolean;
  /**
   * For a first install: called once the first chunk is in, with the deck listed (its record marked
   * unfinished: no content hash, so a start that finds it so installs again), so the learner can
   * begin while the rest goes in; the install goes on once the promise it returns settles (the deck
   * shown: its reads would otherwise wait behind the install's writes). Not for an update, nor for a
   * deck coming back with its history.
   */
  onUsable?: () => Promise<void>;
  /** Awaited between parts (chunks, and the parts of a deck's progress coming back from the log): a sync holds there while a card is on screen. */
  free?: () => Promise<void>;
}

export async function installDeck(db: Database, deck: CompiledDeck, now: Date, options: InstallOptions = {}): Promise<void> {
  const { onProgress, newOrder = 'deck', keepEdits = false, onUsable, free } = options;
  const total = deck.pairs.length;
  const existing = await db.get('decks', deck.id);
  const early = onUsable && !existing && !(await keptHistory(db, deck.id)) ? onUsable : undefined;
  // The kinds the learner chose for this deck (a first install: the defaults).
  const kinds = existing?.kinds ?? DEFAULT_KINDS;
  // The cards this deck already has (keys only): read and restored. The others
  // are added without reading first, which on a first install saves a third of
  // the requests; if another tab added one meanwhile, the add fails and the
  // card is restored instead (never overwritten).
  const [cardKeys, pairKeys] = await Promise.all([db.getAllKeys('cards', deckRange(deck.id)), db.getAllKeys('pairs', deckRange(deck.id))]);
  const installed = new Set(cardKeys.map(([, cardId]) => cardId));
  const withCards = new Set(cardKeys.map(([, cardId]) => pairIdOfCard(cardId)));
  const hadPair = new Set(pairKeys.map(([, pairId]) => pairId));
  const committing: Promise<unknown>[] = [];
  for (let start = 0; start < total; start += INSTALL_CHUNK) {
    if (free && start > 0) await free();
    const chunk = deck.pairs.slice(start, start + INSTALL_CHUNK);
    const tx = db.transaction(['pairs', 'cards', 'tallies'], 'readwrite');
    const pairs = tx.objectStore('pairs');
    const cards = tx.objectStore('cards');
    const tallies = new TallyUpdate();
    const work: Promise<unknown>[] = [];
    chunk.forEach((pair, i) => {
      const order = start + i;
      const record = pairRecord(deck.id, pair, order, pair.words?.map((w) => deck.vocabulary.words![w]![0]));
      // The stored sentence, read only where there is one: an edit to keep, or one with no cards that was retired (counted again).
      const update = (stored: PairRecord | undefined) => {
        if (!withCards.has(pair.id) && (!stored || stored.retired)) tallies.virtual(deck.id, 1);
        return pairs.put(keepEdits && stored?.edited ? { ...record, lo: stored.lo, vi: stored.vi, edited: true, original: { lo: pair.lo, vi: pair.vi } } : record);
      };
      const readFirst = () => pairs.get([deck.id, pair.id]).then(update);
      // A sentence new here is added without reading first; one another tab added meanwhile is updated instead.
      if (!hadPair.has(pair.id)) addOr(unwrap(pairs), record, () => tallies.virtual(deck.id, 1), readFirst, work);
      else work.push(keepEdits || !withCards.has(pair.id) ? readFirst() : pairs.put(record));
      // A sentence never studied keeps no cards (storage/new-cards.ts); one with cards keeps them all.
      if (!withCards.has(pair.id)) return;
      cardsOf(pair.id, kinds).forEach((ref) => {
        const restoreStored = () => cards.get([deck.id, ref.id]).then((existing) => existing && restore(cards, tallies, existing, cardOrder(order, ref.kind), newOrder));
        if (installed.has(ref.id)) return void work.push(restoreStored());
        const card = newCard(deck.id, ref, order, newOrder);
        addOr(unwrap(cards), card, () => tallies.card(undefined, card), restoreStored, work);
      });
    });
    // Requests run in the order made: once a last one is answered, every add has been (and any `instead` joined `work`).
    await answered(unwrap(pairs).get([deck.id, '']));
    await Promise.all(work);
    // The next chunk is prepared and queued while this one commits (transactions over the same
    // stores run one after another in the database anyway); all are awaited before the deck record.
    const committed = Promise.all([tallies.write(tx), tx.done]).then(async () => {
      onProgress?.(Math.min(total, start + INSTALL_CHUNK), total);
      if (start === 0 && early) {
        await db.put('decks', deckRecord(deck, '', now, kinds));
        await early();
      }
    });
    // Handled below, with the others; not reported as unhandled meanwhile.
    committed.catch(() => undefined);
    committing.push(committed);
    if (start === 0 && early) await committed;
  }
  await Promise.all(committing);
  await retireMissing(db, deck);
  // A deck deleted with its history kept, back: its cards' progress from the log (before the deck record, so a cut install does it again).
  // An update while entries still wait for sentences (a shorter version came back first): again.
  const kept = existing ? (await db.get('settings', keptHistoryKey(deck.id))) === true : await keptHistory(db, deck.id);
  const waiting = kept && (await restoreFromLog(db, deck.id, studyDayOf(now, await loadSettings(db)), newOrder, free)).waiting;
  // A learner's import of their own deck is their edit, sent to their other devices (storage/sync-decks.ts);
  // the same deck installed from one of them (`keepEdits`, as a shipped deck is) is not sent back.
  const synced = !isLearnerDeck(deck.id) || keepEdits;
  const device = synced ? '' : await thisDevice(db);
  const tx = db.transaction(['decks', 'settings', 'outbox'], 'readwrite');
  // Listed early, the deck may have had cards written ahead of the queue meanwhile, or its kinds chosen: kept.
  const listed = early ? await tx.objectStore('decks').get(deck.id) : undefined;
  const record = { ...deckRecord(deck, deck.contentHash, now, listed?.kinds ?? kinds), ...(listed?.cardsThrough !== undefined ? { cardsThrough: listed.cardsThrough } : {}) };
  await Promise.all([
    waiting ? tx.objectStore('settings').put(true, keptHistoryKey(deck.id)) : tx.objectStore('settings').delete(keptHistoryKey(deck.id)), tx.objectStore('decks').put(record),
    synced ? undefined : markEdit(tx, deckDocId(deck.id), device, now.getTime()), tx.done,
  ]);
}

function deckRecord(deck: CompiledDeck, contentHash: string, now: Date, kinds: readonly CardKind[]): DeckRecord {
  return { id: deck.id, title: deck.title, ...(deck.source ? { source: deck.source } : {}), ...(deck.course ? { course: true } : {}), contentHash, pairs: deck.pairs.length, installedAt: now.getTime(), kinds: [...kinds] };
}

/**
 * Adds the record, then calls `added`; if its key exists already, runs `instead` (in the same
 * transaction, which stays open) and puts its promise in `work`. No promise of its own: a first
 * install's 10,000 of them cost half a second on the slow phone.
 */
function addOr(store: IDBObjectStore, record: CardRecord | PairRecord, added: () => void, instead: () => Promise<unknown>, work: Promise<unknown>[]): void {
  const request = store.add(record);
  request.onsuccess = added;
  request.onerror = (event) => {
    // Any other failure aborts the transaction, and the install with it.
    if (request.error?.name !== 'ConstraintError') return;
    // Handled: the transaction must neither abort (preventDefault) nor hear of it (idb's tx.done would reject).
    event.preventDefault();
    event.stopPropagation();
    work.push(instead());
  };
}

/** The request's answer, or its error. */
function answered(request: IDBRequest): Promise<unknown> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
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
  const tx = db.transaction(['pairs', 'cards', 'tallies'], 'readwrite');
  // Every pair of the deck is stored by now: as many stored as the deck has means none is gone
  // (one count, where reading a first install's 10,000 keys took 0.5 s on the slow phone).
  if ((await tx.objectStore('pairs').count(deckRange(deck.id))) === present.size) return tx.done;
  // Keys only: a 100,000-pair deck's text need not be read to find what is gone.
  const keys = await tx.objectStore('pairs').getAllKeys(deckRange(deck.id));
  const tallies = new TallyUpdate();
  const work: Promise<unknown>[] = [];
  for (const key of keys) {
    if (present.has(key[1])) continue;
    const pair = tx.objectStore('pairs').get(key);
    work.push(pair.then((p) => p && !p.retired ? tx.objectStore('pairs').put({ ...p, retired: true }) : undefined));
    work.push(Promise.all([pair, tx.objectStore('cards').index('pair').getAll(key)]).then(([p, cs]) => {
      // A sentence without cards was counted as that many new cards: no longer.
      if (cs.length === 0 && p && !p.retired) tallies.virtual(deck.id, -1);
      return Promise.all(cs.filter((c) => c.queue !== Queue.Retired).map((c) => {
        const retired = { ...c, queue: Queue.Retired };
        tallies.card(c, retired);
        return tx.objectStore('cards').put(retired);
      }));
    }));
  }
  await Promise.all(work);
  await Promise.all([tallies.write(tx), tx.done]);
}
