// The order new cards are introduced in: the deck's (an article reads in
// order), a shuffle that is stable (the same on every device and every
// day, so "random" never reshuffles cards half begun) and keeps a pair's
// recognition card before its production card, or by what the learner
// knows (src/vocab/new-order.ts: each study day the next sentences are
// chosen and moved to the front of the order; the rest wait in deck order,
// and a course, a deck whose order its author made, keeps deck order).
import { hash64 } from '../deck/hash.ts';

export type NewOrder = 'deck' | 'random' | 'known-words';

export const NEW_ORDERS: readonly NewOrder[] = ['known-words', 'deck', 'random'];

/**
 * Sort keys of the new cards chosen for today by what the learner knows (src/storage/vocab.ts):
 * below every other new card's (those are ≥ 0), in the order chosen, a pair's kinds in their order.
 */
const PLANNED = -(2 ** 40);

export function plannedSortKey(rank: number, card: { order: number }): number {
  return PLANNED + rank * 2 + (card.order % 2);
}

export function isPlanned(card: { sortKey: number }): boolean {
  return card.sortKey < 0;
}

/** The queue index key of a new card. `order` is the card's deck position (pair index × 2 + the kind's offset, deck/identity.ts). */
export function newSortKey(card: { order: number; pairId: string }, mode: NewOrder): number {
  if (mode !== 'random') return card.order;
  const rank = parseInt(hash64(card.pairId).slice(0, 7), 36);
  return rank * 2 + (card.order % 2);
}
