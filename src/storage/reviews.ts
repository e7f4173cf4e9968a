// A review and its undo, each one transaction over the card and the log:
// never one without the other. Durability 'strict' because Chromium's
// default ('relaxed') may lose the last writes on a power cut, and a
// learner's review is the one thing we must not lose (cost: < 1 ms).
import { pickState, sameState, type CardState } from '../schedule/card-state.ts';
import type { NewOrder } from '../schedule/new-order.ts';
import { placeCard } from './card-place.ts';
import type { StudyDay } from '../schedule/study-day.ts';
import type { Database } from './db.ts';
import type { CardRecord, ExerciseRecord, ReviewEntry } from './schema.ts';
import { applyReview, emptyDay } from '../stats/day-summary.ts';
import { TallyUpdate } from './tallies.ts';
import { Queue } from '../schedule/queue.ts';

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
  exercise?: ExerciseRecord;
  /** The review made the card a leech and the learner's settings set leeches aside: suspended in the same transaction (undo brings it back). */
  suspend?: boolean;
}

export async function recordReview(db: Database, r: ReviewInput, id: string = crypto.randomUUID()): Promise<ReviewEntry> {
  const tx = db.transaction(['cards', 'reviews', 'days', 'tallies'], 'readwrite', { durability: 'strict' });
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
    ...(card.queue === Queue.New ? { newKey: card.sortKey } : {}),
    ...(r.exercise ? { exercise: r.exercise } : {}),
  };
  const days = tx.objectStore('days');
  const summary = (await days.get([entry.deckId, entry.day])) ?? emptyDay(entry.deckId, entry.day);
  // A rated card is never new again, so the new-card order does not matter here.
  const placed = placeCard(card, r.after, 'deck');
  const rated = r.suspend ? { ...placed, queue: Queue.Suspended } : placed;
  const tallies = new TallyUpdate();
  tallies.card(card, rated);
  await Promise.all([
    cards.put(rated),
    tx.objectStore('reviews').add(entry),
    days.put(applyReview(summary, entry)),
  ]);
  await Promise.all([tallies.write(tx), tx.done]);
  return entry;
}

/** Undo a review: the card gets back exactly the state it had, and the log entry goes. */
export async function undoReview(db: Database, entryId: string, newOrder: NewOrder = 'deck'): Promise<CardRecord> {
  const tx = db.transaction(['cards', 'reviews', 'days', 'tallies'], 'readwrite', { durability: 'strict' });
  const entry = await tx.objectStore('reviews').get(entryId);
  const card = entry && (await tx.objectStore('cards').get([entry.deckId, entry.cardId]));
  if (!entry || !card || !sameState(card, entry.after)) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new StaleCardError();
  }
  const placed = placeCard(card, entry.before, newOrder);
  const restored = placed.queue === Queue.New && entry.newKey !== undefined ? { ...placed, sortKey: entry.newKey } : placed;
  const summary = (await tx.objectStore('days').get([entry.deckId, entry.day])) ?? emptyDay(entry.deckId, entry.day);
  const tallies = new TallyUpdate();
  tallies.card(card, restored);
  await Promise.all([
    tx.objectStore('cards').put(restored),
    tx.objectStore('reviews').delete(entryId),
    tx.objectStore('days').put(applyReview(summary, entry, -1)),
  ]);
  await Promise.all([tallies.write(tx), tx.done]);
  return restored;
}
