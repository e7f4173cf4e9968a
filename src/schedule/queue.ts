// What to study next: the one place that decides what is due. Pure: the
// storage layer hands it the candidates (from range queries) and today's log.
import { State } from 'ts-fsrs';
import type { CardState } from './card-state.ts';
import type { StudySettings } from './settings.ts';

/** Where a card stands, stored with it so each queue is one index range. */
export const Queue = {
  /** Its kind is turned off for the deck: out of every queue, state kept (back when the kind is on again). */
  Off: -4,
  Retired: -3,
  Buried: -2,
  Suspended: -1,
  New: 0,
  Learning: 1,
  Review: 2,
} as const;
export type Queue = (typeof Queue)[keyof typeof Queue];

export function queueOf(state: CardState): Queue {
  if (state.state === State.New) return Queue.New;
  if (state.state === State.Review) return Queue.Review;
  return Queue.Learning;
}

export interface Candidate {
  cardId: string;
  pairId: string;
  /** Needed for learning cards only (they are due by the minute); reviews and new cards come in index order. */
  due?: number;
}

/** What today's review log says, as far as limits and siblings care. */
export interface TodayLog {
  newIntroduced: number;
  reviewsDone: number;
  /** For each pair studied today, the cards of it that were studied. */
  cardsByPair: Map<string, Set<string>>;
}

export interface QueueInput {
  now: Date;
  /** Learning cards with due ≤ now + learn-ahead, by due. */
  learning: Candidate[];
  /** Review cards due before the next study day starts, by due. */
  reviews: Candidate[];
  /** New cards in study order (deck order or shuffled). */
  fresh: Candidate[];
  today: TodayLog;
  settings: Pick<StudySettings, 'newPerDay' | 'reviewsPerDay'>;
}

/** What buildQueue needs besides the time and settings: read from storage, or carried forward in memory (afterRating). */
export type QueueSnapshot = Pick<QueueInput, 'learning' | 'reviews' | 'fresh' | 'today'>;

export interface QueueResult {
  next: Candidate | null;
  counts: { new: number; learning: number; due: number };
}

/** Learning cards due within this window are shown early rather than making the learner wait. */
export const LEARN_AHEAD_MS = 20 * 60_000;

export function buildQueue({ now, learning, reviews, fresh, today, settings }: QueueInput): QueueResult {
  // Siblings: once one card of a pair was studied today, its other cards wait for tomorrow.
  const taken = new Map(today.cardsByPair);
  const allowed = (c: Candidate) => {
    const seen = taken.get(c.pairId);
    return !seen || seen.has(c.cardId);
  };
  const claim = (c: Candidate) => taken.set(c.pairId, new Set([...(taken.get(c.pairId) ?? []), c.cardId]));

  const t = now.getTime();
  // Storage reads only these; a snapshot carried forward in memory may hold later ones.
  const learningNow = learning.filter((c) => (c.due ?? 0) <= t + LEARN_AHEAD_MS && allowed(c));
  learningNow.forEach(claim);
  const dueReviews = reviews.filter(allowed).slice(0, Math.max(0, settings.reviewsPerDay - today.reviewsDone));
  dueReviews.forEach(claim);
  const newToday: Candidate[] = [];
  const newLeft = Math.max(0, settings.newPerDay - today.newIntroduced);
  for (const c of fresh) {
    if (newToday.length >= newLeft) break;
    if (!allowed(c)) continue;
    claim(c);
    newToday.push(c);
  }

  const next =
    learningNow.find((c) => (c.due ?? 0) <= t) ??
    dueReviews[0] ??
    newToday[0] ??
    learningNow.find((c) => (c.due ?? 0) <= t + LEARN_AHEAD_MS) ??
    null;
  return { next, counts: { new: newToday.length, learning: learningNow.length, due: dueReviews.length } };
}

/**
 * The queue's inputs once `rated` was answered, without reading storage: the
 * card leaves its list, comes back among the learning cards if its new state
 * is due by the minute (or among today's reviews if it fell due again today),
 * and today's log counts it (a card the review suspended stays out). The review screen shows the next card from this
 * at once and reads storage again after the review is saved (ui/review/next-card.ts).
 */
export function afterRating(s: QueueSnapshot, rated: Candidate, before: CardState, after: CardState, dayEnd: number, suspended = false): QueueSnapshot {
  const other = (c: Candidate) => c.cardId !== rated.cardId;
  let learning = s.learning.filter(other);
  let reviews = s.reviews.filter(other);
  const back = { cardId: rated.cardId, pairId: rated.pairId, due: after.due };
  // A card suspended by its review (a leech) comes back to no queue.
  const queue = suspended ? Queue.Suspended : queueOf(after);
  if (queue === Queue.Learning) {
    // In the index's order: by due, then (same due) by card id.
    const at = learning.findIndex((c) => (c.due ?? 0) > after.due || (c.due === after.due && c.cardId > rated.cardId));
    learning = at < 0 ? [...learning, back] : [...learning.slice(0, at), back, ...learning.slice(at)];
  } else if (queue === Queue.Review && after.due < dayEnd) {
    reviews = [...reviews, back];
  }
  const cardsByPair = new Map(s.today.cardsByPair);
  cardsByPair.set(rated.pairId, new Set([...(cardsByPair.get(rated.pairId) ?? []), rated.cardId]));
  return {
    learning,
    reviews,
    fresh: s.fresh.filter(other),
    today: {
      newIntroduced: s.today.newIntroduced + (before.state === State.New ? 1 : 0),
      reviewsDone: s.today.reviewsDone + (before.state === State.Review ? 1 : 0),
      cardsByPair,
    },
  };
}
