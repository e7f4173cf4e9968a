// A review and its undo, each one transaction over the card and the log:
// never one without the other. Durability 'strict' because Chromium's
// default ('relaxed') may lose the last writes on a power cut, and a
// learner's review is the one thing we must not lose (cost: < 1 ms).
import type { CardState } from '../schedule/card-state.ts';
import { queueOf, Queue } from '../schedule/queue.ts';
import { newSortKey, type NewOrder } from '../schedule/new-order.ts';
import type { StudyDay } from '../schedule/study-day.ts';
import type { Database } from './db.ts';
import type { CardRecord, ReviewEntry } from './schema.ts';
import { applyReview, emptyDay } from '../stats/day-summary.ts';

/** Like other SRS apps: a card left open while the learner made tea counts as a minute. */
export const MAX_DURATION_MS = 60_000;

export class StaleCardError extends Error {
  constructor() {
    super('the card changed since it was shown (another tab?)');
  }
}

export interface ReviewInput {
  deckId: string;
  cardId: string;
  /** The state the learner saw; the review is refused if the stored card has moved on. */
  before: CardState;
  after: CardState;
  grade: 1 | 2 | 3 | 4;
  at: Date;
  day: StudyDay;
  durationMs: number;
}

export async function recordReview(db: Database, r: ReviewInput, id: string = crypto.randomUUID()): Promise<ReviewEntry> {
  const tx = db.transaction(['cards', 'reviews', 'days'], 'readwrite', { durability: 'strict' });
  const cards = tx.objectStore('cards');
  const card = await cards.get([r.deckId, r.cardId]);
  if (!card || !sameState(card, r.before)) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new StaleCardError();
  }
  const entry: ReviewEntry = {
    id, deckId: r.deckId, cardId: r.cardId, pairId: card.pairId, grade: r.grade,
    at: r.at.getTime(), day: r.day, durationMs: Math.min(MAX_DURATION_MS, Math.max(0, Math.round(r.durationMs))),
    before: pickState(card), after: r.after,
  };
  const queue = queueOf(r.after);
  const days = tx.objectStore('days');
  const summary = (await days.get([entry.deckId, entry.day])) ?? emptyDay(entry.deckId, entry.day);
  await Promise.all([
    cards.put({ ...card, ...r.after, queue, sortKey: queue === Queue.New ? card.sortKey : r.after.due }),
    tx.objectStore('reviews').add(entry),
    days.put(applyReview(summary, entry)),
    tx.done,
  ]);
  return entry;
}

/** Undo a review: the card gets back exactly the state it had, and the log entry goes. */
export async function undoReview(db: Database, entryId: string, newOrder: NewOrder = 'deck'): Promise<CardRecord> {
  const tx = db.transaction(['cards', 'reviews', 'days'], 'readwrite', { durability: 'strict' });
  const entry = await tx.objectStore('reviews').get(entryId);
  const card = entry && (await tx.objectStore('cards').get([entry.deckId, entry.cardId]));
  if (!entry || !card || !sameState(card, entry.after)) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new StaleCardError();
  }
  const queue = queueOf(entry.before);
  const restored: CardRecord = { ...card, ...entry.before, queue, sortKey: queue === Queue.New ? newSortKey(card, newOrder) : entry.before.due };
  const summary = (await tx.objectStore('days').get([entry.deckId, entry.day])) ?? emptyDay(entry.deckId, entry.day);
  await Promise.all([
    tx.objectStore('cards').put(restored),
    tx.objectStore('reviews').delete(entryId),
    tx.objectStore('days').put(applyReview(summary, entry, -1)),
    tx.done,
  ]);
  return restored;
}

const STATE_KEYS: (keyof CardState)[] = ['due', 'stability', 'difficulty', 'elapsedDays', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'state', 'lastReview'];

export function pickState(c: CardState): CardState {
  const s = {} as Record<keyof CardState, unknown>;
  for (const k of STATE_KEYS) s[k] = c[k];
  return s as CardState;
}

function sameState(a: CardState, b: CardState): boolean {
  return STATE_KEYS.every((k) => a[k] === b[k]);
}
