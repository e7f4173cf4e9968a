// Where a card stands in the queues follows from its scheduling state: the
// one rule for every write that gives a card a new state (a review, an undo,
// a replayed import, unsuspend, unbury, reset).
import { pickState, type CardState } from '../schedule/card-state.ts';
import { newSortKey, type NewOrder } from '../schedule/new-order.ts';
import { Queue, queueOf } from '../schedule/queue.ts';
import type { CardRecord } from './schema.ts';

/**
 * The card with `state`, in the queue that state puts it in, keyed by due
 * time, or for a new card by the learner's new-card order. No longer buried.
 */
export function placeCard(card: CardRecord, state: CardState, newOrder: NewOrder): CardRecord {
  const queue = queueOf(state);
  const { buriedDay: _, ...rest } = card;
  return { ...rest, ...pickState(state), queue, sortKey: queue === Queue.New ? newSortKey(card, newOrder) : state.due };
}
