// The order new cards are introduced in: the deck's (an article reads in
// order), or a shuffle that is stable (the same on every device and every
// day, so "random" never reshuffles cards half begun) and keeps a pair's
// recognition card before its production card.
import { hash64 } from '../deck/hash.ts';

export type NewOrder = 'deck' | 'random';

/** The queue index key of a new card. `order` is the card's deck position (pair index × 2 + the kind's offset, deck/identity.ts). */
export function newSortKey(card: { order: number; pairId: string }, mode: NewOrder): number {
  if (mode === 'deck') return card.order;
  const rank = parseInt(hash64(card.pairId).slice(0, 7), 36);
  return rank * 2 + (card.order % 2);
}
