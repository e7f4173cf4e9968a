// Where a card stands in the queues follows from its scheduling state: the
// one rule for every write that gives a card a new state (a review, an undo,
// a replayed log, unsuspend, unbury, reset).
import { pickState, sameState, type CardState } from '../schedule/card-state.ts';
import { newSortKey, type NewOrder } from '../schedule/new-order.ts';
import { Queue, queueOf } from '../schedule/queue.ts';
import type { Replayed } from '../history/replay.ts';
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

/** Queues that are not the log's to decide: a kind turned off for the deck, a pair gone from it. */
const outside = (q: Queue) => q === Queue.Off || q === Queue.Retired;

/** The card as its replayed log leaves it: its state, suspended or buried, or in the queue its state puts it in. */
export function placeReplayed(card: CardRecord, r: Replayed, newOrder: NewOrder): CardRecord {
  const placed = placeCard(card, r.state, newOrder);
  if (outside(card.queue)) return { ...placed, queue: card.queue };
  if (r.suspended) return { ...placed, queue: Queue.Suspended };
  if (r.buriedDay !== null) return { ...placed, queue: Queue.Buried, buriedDay: r.buriedDay };
  return placed;
}

/** Never rated since it was new or reset: its due time means nothing (history/replay.ts NEW_STATE). */
const isPristine = (s: CardState) => s.reps === 0 && s.lapses === 0 && s.lastReview === null && queueOf(s) === Queue.New;

/** The stored card is what replay gives (its place among new cards aside: that is the new-card order's). */
export function matchesReplay(card: CardRecord, r: Replayed): boolean {
  if (!(sameState(card, r.state) || (isPristine(card) && isPristine(r.state)))) return false;
  if (outside(card.queue)) return true;
  const queue = r.suspended ? Queue.Suspended : r.buriedDay !== null ? Queue.Buried : queueOf(r.state);
  return card.queue === queue && (queue !== Queue.Buried || card.buriedDay === r.buriedDay);
}
