// A learner's own pairs: one added by hand (into a deck of theirs), and the
// text of any pair corrected. An edit keeps the pair's id, so every card of it
// keeps its progress, whichever side changes.
import type { Pair } from '../deck/types.ts';
import { cardsOf, DEFAULT_KINDS, KIND_OFFSET } from '../deck/identity.ts';
import { emptyState } from '../schedule/card-state.ts';
import { newSortKey, type NewOrder } from '../schedule/new-order.ts';
import { Queue, queueOf } from '../schedule/queue.ts';
import type { LocalisedTitle } from '../deck/types.ts';
import type { Database } from './db.ts';
import type { PairRecord } from './schema.ts';

/** The deck sentences added by hand go into, created with the first one. */
export const MY_DECK = { id: 'own-mine', title: { lo: 'ປະໂຫຍກຂອງຂ້ອຍ', vi: 'Câu của tôi', en: 'My sentences' } as LocalisedTitle };

export type AddResult = 'added' | 'exists';

/** Adds a checked pair at the end of the deck, with new cards; one transaction with the deck's count. */
export async function addPair(db: Database, deck: { id: string; title: LocalisedTitle }, pair: Pair, now: Date, newOrder: NewOrder): Promise<AddResult> {
  const tx = db.transaction(['decks', 'pairs', 'cards'], 'readwrite', { durability: 'strict' });
  const pairs = tx.objectStore('pairs');
  const [stored, last, record] = await Promise.all([
    pairs.get([deck.id, pair.id]),
    pairs.index('order').openCursor(IDBKeyRange.bound([deck.id, -Infinity], [deck.id, Infinity]), 'prev'),
    tx.objectStore('decks').get(deck.id),
  ]);
  if (stored && !stored.retired) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return 'exists';
  }
  const order = stored?.order ?? (last ? last.value.order + 1 : 0);
  const work: Promise<unknown>[] = [
    pairs.put({ deckId: deck.id, pairId: pair.id, lo: pair.lo, vi: pair.vi, order, retired: false,
      ...(pair.tags ? { tags: pair.tags } : {}), ...(pair.note ? { note: pair.note } : {}),
      ...(pair.cloze ? { cloze: pair.cloze, options: pair.options ?? [] } : {}) }),
    tx.objectStore('decks').put(record
      ? { ...record, pairs: record.pairs + 1 }
      : { id: deck.id, title: deck.title, contentHash: '', pairs: 1, installedAt: now.getTime() }),
  ];
  cardsOf(pair.id, record?.kinds ?? DEFAULT_KINDS).forEach((ref) => {
    const cardOrder = order * 2 + KIND_OFFSET[ref.kind];
    work.push(tx.objectStore('cards').get([deck.id, ref.id]).then((card) => tx.objectStore('cards').put(card
      // A pair the learner had removed comes back with its progress.
      ? { ...card, order: cardOrder, queue: queueOf(card), sortKey: queueOf(card) === Queue.New ? newSortKey({ order: cardOrder, pairId: pair.id }, newOrder) : card.due }
      : { deckId: deck.id, cardId: ref.id, pairId: pair.id, kind: ref.kind, order: cardOrder, ...emptyState(now), queue: Queue.New, sortKey: newSortKey({ order: cardOrder, pairId: pair.id }, newOrder) })));
  });
  await Promise.all([...work, tx.done]);
  return 'added';
}

/** New text for a pair, same id and cards. Back to the deck's own text, it is no longer marked edited. */
export async function editPair(db: Database, deckId: string, pairId: string, text: { lo: string; vi: string }): Promise<PairRecord> {
  const tx = db.transaction('pairs', 'readwrite', { durability: 'strict' });
  const pair = await tx.store.get([deckId, pairId]);
  if (!pair) throw new Error(`no pair ${deckId}/${pairId}`);
  const original = pair.original ?? { lo: pair.lo, vi: pair.vi };
  const back = text.lo === original.lo && text.vi === original.vi;
  const { edited: _, original: __, ...rest } = pair;
  const next: PairRecord = back ? { ...rest, ...text } : { ...rest, ...text, edited: true, original };
  await Promise.all([tx.store.put(next), tx.done]);
  return next;
}
