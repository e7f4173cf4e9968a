// Where a card stands in the queues follows from what replaying its log
// gives (its state, suspended, buried: history/replay.ts), kept on the card
// record, and from two things that are not the log's: a kind turned off for
// the deck and a pair gone from it. The one rule for every card write.
import { pickState, sameState } from '../schedule/card-state.ts';
import { newSortKey, type NewOrder } from '../schedule/new-order.ts';
import { Queue, queueOf } from '../schedule/queue.ts';
import { asOf, type Replayed } from '../history/replay.ts';
import type { StudyDay } from '../schedule/study-day.ts';
import type { CardRecord } from './schema.ts';

/** Queues that are not the log's to decide: a kind turned off for the deck, a pair gone from it. */
const outside = (q: Queue) => q === Queue.Off || q === Queue.Retired;

/** What the stored card says replay gave (records from before the suspension was kept apart from the queue: the queue says). */
export function replayedOf(card: CardRecord): Replayed {
  return { state: pickState(card), suspended: card.suspended === true || card.queue === Queue.Suspended, buriedDay: card.buriedDay ?? null };
}

/**
 * The card as replay leaves it, in the queue that puts it in, keyed by due
 * time, or for a new card by the learner's new-card order (a new card whose
 * state did not change keeps its place). `inside`: a kind turned on again or
 * a pair back in the deck, so no longer off or retired.
 */
export function placeReplayed(card: CardRecord, r: Replayed, newOrder: NewOrder, inside = false): CardRecord {
  const { buriedDay: _, suspended: __, ...rest } = card;
  const base = queueOf(r.state);
  const queue = outside(card.queue) && !inside ? card.queue : r.suspended ? Queue.Suspended : r.buriedDay !== null ? Queue.Buried : base;
  const sortKey = base !== Queue.New ? r.state.due : sameState(card, r.state) && queueOf(card) === Queue.New ? card.sortKey : newSortKey(card, newOrder);
  return { ...rest, ...pickState(r.state), queue, sortKey, ...(r.suspended ? { suspended: true } : {}), ...(r.buriedDay !== null ? { buriedDay: r.buriedDay } : {}) };
}

/** Never rated since it was new or reset: its due time means nothing (history/replay.ts NEW_STATE). */
const isPristine = (s: Replayed['state']) => s.reps === 0 && s.lapses === 0 && s.lastReview === null && queueOf(s) === Queue.New;

/**
 * The stored card is what replay gives as of `today` (its place among new cards aside: that is the
 * new-card order's). A burial of an earlier day still on a card out of the queues is over, as replay says.
 */
export function matchesReplay(card: CardRecord, r: Replayed, today: StudyDay): boolean {
  const stored = asOf(replayedOf(card), today);
  if (!(sameState(card, r.state) || (isPristine(card) && isPristine(r.state)))) return false;
  if (outside(card.queue)) return stored.suspended === r.suspended && stored.buriedDay === r.buriedDay;
  return card.queue === placeReplayed(card, r, 'deck').queue && stored.suspended === r.suspended && stored.buriedDay === r.buriedDay;
}
