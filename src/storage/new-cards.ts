// Cards never studied are not stored one by one: a new card is its sentence's
// place in the deck and the deck's kinds (new-records.ts pairCards), so an
// install writes the sentences only, and a sentence's cards are written the
// first time one is needed: a few days' worth ahead of the new-card queue
// (study.ts), a sentence chosen by what the learner knows (vocab.ts), a card
// acted on in the browser (card-actions.ts), a card whose entries arrive from
// a backup or a deck restored from the log. A sentence has all its cards (one
// per kind the deck studies, and those of kinds since turned off) or none; the
// tallies count those with none (virtualPairs), so every figure stays whole.
import { kindsOf, pairIdOfCard } from '../deck/identity.ts';
import type { CardKind } from '../deck/types.ts';
import { newSortKey, type NewOrder } from '../schedule/new-order.ts';
import { Queue } from '../schedule/queue.ts';
import type { Database } from './db.ts';
import { pairCards } from './new-records.ts';
import type { CardRecord, DeckRecord, LoviDB, PairRecord } from './schema.ts';
import { TallyUpdate } from './tallies.ts';
import { COMPACTED_KEY } from './settings.ts';
import type { IDBPTransaction, StoreNames } from 'idb';
import { deckRange } from './ranges.ts';

// Any transaction over (at least) decks, pairs, cards and tallies.
type Tx = IDBPTransaction<LoviDB, StoreNames<LoviDB>[], 'readwrite'>;


/**
 * Writes the cards of a sentence that has none stored (in `tx`, counted in `tallies`);
 * returns them (none: it has its cards already, or is retired or gone).
 */
export async function storePairCards(tx: Tx, tallies: TallyUpdate, pair: PairRecord | undefined, kinds: readonly CardKind[], newOrder: NewOrder): Promise<CardRecord[]> {
  if (!pair || pair.retired) return [];
  if ((await tx.objectStore('cards').index('pair').count([pair.deckId, pair.pairId])) > 0) return [];
  const cards = pairCards(pair, kinds, newOrder);
  await Promise.all(cards.map((c) => {
    tallies.card(undefined, c);
    return tx.objectStore('cards').add(c);
  }));
  tallies.virtual(pair.deckId, -1);
  return cards;
}

/** The same for the sentence of a card not stored, by its id: the card, stored. */
export async function storeCardOf(tx: Tx, tallies: TallyUpdate, deckId: string, cardId: string, newOrder: NewOrder): Promise<CardRecord | undefined> {
  const [deck, pair] = await Promise.all([tx.objectStore('decks').get(deckId), tx.objectStore('pairs').get([deckId, pairIdOfCard(cardId)])]);
  return (await storePairCards(tx, tallies, pair, kindsOf(deck), newOrder)).find((c) => c.cardId === cardId);
}

/** Sentences whose cards the queue keeps written ahead: a day's new ones and ten more, so a top-up comes every day or two, not every card. */
export function storedAhead(newPerDay: number): number {
  return newPerDay + 10;
}

/** Sentences read at a time in deck order while looking for ones without cards. */
const SCAN = 500;

/**
 * Writes the cards of the next `count` sentences without cards in the
 * learner's new-card order, ahead of the queue. Returns how many sentences.
 * Deck order (and by what the learner knows, whose sentences not chosen wait
 * in deck order) scans from the deck's `cardsThrough` mark: every sentence up
 * to it has its cards. Random order takes the lowest of the stable shuffle's ranks.
 */
export async function storeNextNewCards(db: Database, deckId: string, count: number, newOrder: NewOrder): Promise<number> {
  const tx = db.transaction(['decks', 'pairs', 'cards', 'tallies'], 'readwrite');
  const [deck, tally] = await Promise.all([tx.objectStore('decks').get(deckId), tx.objectStore('tallies').get(deckId)]);
  const want = Math.min(count, tally?.virtualPairs ?? 0);
  const tallies = new TallyUpdate();
  let stored = 0;
  if (deck && want > 0) {
    const next = newOrder === 'random' ? await byRank(tx, deckId, want) : await inDeckOrder(tx, deck, want);
    for (const pair of next) if ((await storePairCards(tx, tallies, pair, kindsOf(deck), newOrder)).length) stored++;
  }
  await Promise.all([tallies.write(tx), tx.done]);
  return stored;
}

/** Whether each sentence has cards stored (index counts: a deck's every card key is not read for a few sentences). */
function withCards(tx: Tx, pairs: readonly PairRecord[]): Promise<boolean[]> {
  return Promise.all(pairs.map(async (p) => (await tx.objectStore('cards').index('pair').count([p.deckId, p.pairId])) > 0));
}

async function inDeckOrder(tx: Tx, deck: DeckRecord, want: number): Promise<PairRecord[]> {
  const order = tx.objectStore('pairs').index('order');
  // From the mark, then from the start: the mark is overtaken when sentences are added before it (a backup merged).
  for (const start of deck.cardsThrough === undefined ? [-Infinity] : [deck.cardsThrough, -Infinity]) {
    const found: PairRecord[] = [];
    for (let from = start; found.length < want;) {
      const chunk = await order.getAll(IDBKeyRange.bound([deck.id, from], [deck.id, Infinity], true), SCAN);
      const current = chunk.filter((p) => !p.retired);
      const stored = await withCards(tx, current);
      current.forEach((p, i) => {
        if (!stored[i] && found.length < want) found.push(p);
      });
      if (chunk.length < SCAN) break;
      from = chunk.at(-1)!.order;
    }
    if (found.length === 0) continue;
    // Every sentence before the mark had its cards, and every one from there to the last found has them now.
    await tx.objectStore('decks').put({ ...deck, cardsThrough: found.at(-1)!.order });
    return found;
  }
  return [];
}

async function byRank(tx: Tx, deckId: string, want: number): Promise<PairRecord[]> {
  const [keys, cardKeys] = await Promise.all([tx.objectStore('pairs').getAllKeys(deckRange(deckId)), tx.objectStore('cards').getAllKeys(deckRange(deckId))]);
  const hasCards = new Set(cardKeys.map(([, cardId]) => pairIdOfCard(cardId)));
  // The rank of a sentence's first card: the queue's order among new cards (schedule/new-order.ts).
  const ranked = keys.filter(([, pairId]) => !hasCards.has(pairId)).map(([, pairId]) => ({ pairId, rank: newSortKey({ pairId, order: 0 }, 'random') })).sort((a, b) => a.rank - b.rank);
  const found: PairRecord[] = [];
  for (let i = 0; i < ranked.length && found.length < want; i += want) {
    const pairs = await Promise.all(ranked.slice(i, i + want).map(({ pairId }) => tx.objectStore('pairs').get([deckId, pairId])));
    for (const p of pairs) if (p && !p.retired && found.length < want) found.push(p);
  }
  return found;
}

/** Cards read at a time while looking for sentences never studied. */
const UNSTORE_CHUNK = 2000;

/** A card with nothing of its own: no entry in the log, new or of a kind turned off, in no one's hands. */
export function untouched(c: CardRecord): boolean {
  return !c.logCount && !c.suspended && c.buriedDay === undefined && (c.queue === Queue.New || c.queue === Queue.Off);
}

/**
 * Deletes the cards of every sentence of the deck none of whose cards was
 * ever studied: it stands for them again, and the next are written in the
 * order now chosen (a switch to or from random order, where the cards written
 * ahead were another order's). Cards are read in key order, a sentence's
 * together (its id begins theirs), a part per transaction. Returns how many sentences.
 */
export async function unstoreUntouched(db: Database, deckId: string, keep: ReadonlySet<string> = new Set()): Promise<number> {
  let after: IDBValidKey | null = null;
  let unstored = 0;
  for (let done = false; !done;) {
    const tx = db.transaction(['decks', 'cards', 'tallies'], 'readwrite');
    const cards = tx.objectStore('cards');
    const part: CardRecord[] = await cards.getAll(after === null ? deckRange(deckId) : IDBKeyRange.bound(after, [deckId, '\uffff'], true), UNSTORE_CHUNK);
    done = part.length < UNSTORE_CHUNK;
    // The last sentence of a full part may go on in the next: it is read again there.
    const whole = done ? part : part.filter((c) => c.pairId !== part.at(-1)!.pairId);
    const byPair = new Map<string, CardRecord[]>();
    for (const c of whole) byPair.set(c.pairId, [...(byPair.get(c.pairId) ?? []), c]);
    const tallies = new TallyUpdate();
    const work: Promise<unknown>[] = [];
    for (const pairCards of byPair.values()) {
      if (keep.has(pairCards[0]!.pairId) || !pairCards.every(untouched)) continue;
      for (const c of pairCards) {
        tallies.card(c, undefined);
        work.push(cards.delete([c.deckId, c.cardId]));
      }
      tallies.virtual(deckId, 1);
      unstored++;
    }
    await Promise.all(work);
    await Promise.all([tallies.write(tx), tx.done]);
    const last = whole.at(-1);
    if (!last) break;
    after = [deckId, last.cardId];
  }
  // Sentences early in deck order may have no cards now: the mark starts again.
  const tx = db.transaction('decks', 'readwrite');
  const deck = await tx.store.get(deckId);
  if (unstored > 0 && deck?.cardsThrough !== undefined) {
    const { cardsThrough: _, ...rest } = deck;
    await tx.store.put(rest);
  }
  await tx.done;
  return unstored;
}

/**
 * Once per database: the cards of every sentence never studied that an
 * earlier version wrote at install go, but for those at the front of each
 * deck's new cards (what the queue shows today and next), so a card on
 * screen stays. A phone with a 100,000-sentence deck gives back 400,000
 * records. Returns how many sentences.
 */
export async function compactNewCards(db: Database, newPerDay: number): Promise<number> {
  if ((await db.get('settings', COMPACTED_KEY)) === true) return 0;
  let unstored = 0;
  for (const deckId of await db.getAllKeys('decks')) {
    const front = await db.getAllKeysFromIndex('cards', 'queue', IDBKeyRange.bound([deckId, Queue.New, -Infinity], [deckId, Queue.New, Infinity]), storedAhead(newPerDay) * 2 * 4);
    unstored += await unstoreUntouched(db, deckId, new Set(front.map(([, cardId]) => pairIdOfCard(cardId))));
  }
  await db.put('settings', true, COMPACTED_KEY);
  return unstored;
}
