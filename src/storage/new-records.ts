// A pair and its cards as they are first stored: the one shape a deck install,
// a pair typed by the learner and a kind of card turned on all write.
import { cardOrder, cardsOf } from '../deck/identity.ts';
import type { CardKind, CardRef, Pair } from '../deck/types.ts';
import { NEW_STATE } from '../history/replay.ts';
import { newSortKey, type NewOrder } from '../schedule/new-order.ts';
import { Queue } from '../schedule/queue.ts';
import type { CardRecord, PairRecord } from './schema.ts';

/** `words`: the pair's learnable words as keys (the compiled pair has indices into its deck's vocabulary). */
export function pairRecord(deckId: string, pair: Pair, order: number, words?: readonly string[]): PairRecord {
  return {
    deckId, pairId: pair.id, lo: pair.lo, vi: pair.vi, order, retired: false,
    ...(words ? { words: [...words] } : {}),
    ...(pair.tags ? { tags: pair.tags } : {}), ...(pair.note ? { note: pair.note } : {}),
    ...(pair.cloze ? { cloze: pair.cloze, options: pair.options ?? [] } : {}),
  };
}

/** A new card of the pair at `pairOrder`, keyed for the learner's new-card order, in the state replay gives a card with no entries. */
export function newCard(deckId: string, ref: CardRef, pairOrder: number, newOrder: NewOrder): CardRecord {
  const order = cardOrder(pairOrder, ref.kind);
  return { deckId, cardId: ref.id, pairId: ref.pairId, kind: ref.kind, order, ...NEW_STATE, queue: Queue.New, sortKey: newSortKey({ order, pairId: ref.pairId }, newOrder) };
}

/** Every new card a sentence has in a deck that studies `kinds`: what a sentence never studied stands for (storage/new-cards.ts). */
export function pairCards(pair: { deckId: string; pairId: string; order: number }, kinds: readonly CardKind[], newOrder: NewOrder): CardRecord[] {
  return cardsOf(pair.pairId, kinds).map((ref) => newCard(pair.deckId, ref, pair.order, newOrder));
}
