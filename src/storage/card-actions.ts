// Suspend and bury: a card leaves the queues (suspended until the learner
// brings it back; buried until the next study day) with its state untouched,
// and can be taken back at once (undo). Reset: the card starts again as new.
import { Queue } from '../schedule/queue.ts';
import type { NewOrder } from '../schedule/new-order.ts';
import { emptyState, sameState } from '../schedule/card-state.ts';
import { placeCard } from './card-place.ts';
import type { StudyDay } from '../schedule/study-day.ts';
import type { Database } from './db.ts';
import { StaleCardError } from './reviews.ts';
import type { CardRecord } from './schema.ts';
import { TallyUpdate } from './tallies.ts';

async function update(db: Database, deckId: string, cardId: string, change: (c: CardRecord) => CardRecord): Promise<CardRecord | null> {
  const tx = db.transaction(['cards', 'tallies'], 'readwrite', { durability: 'strict' });
  const cards = tx.objectStore('cards');
  const card = await cards.get([deckId, cardId]);
  if (!card) {
    await tx.done;
    return null;
  }
  const next = change(card);
  const tallies = new TallyUpdate();
  tallies.card(card, next);
  await cards.put(next);
  await Promise.all([tallies.write(tx), tx.done]);
  return next;
}


export function suspendCard(db: Database, deckId: string, cardId: string) {
  return update(db, deckId, cardId, (c) => ({ ...c, queue: Queue.Suspended }));
}

export function unsuspendCard(db: Database, deckId: string, cardId: string, newOrder: NewOrder = 'deck') {
  return update(db, deckId, cardId, (c) => (c.queue === Queue.Suspended ? placeCard(c, c, newOrder) : c));
}

export function buryCard(db: Database, deckId: string, cardId: string, day: StudyDay) {
  return update(db, deckId, cardId, (c) => ({ ...c, queue: Queue.Buried, buriedDay: day }));
}

/**
 * Undo of a suspend or bury: the card goes back exactly as it was, if it is
 * still as the suspend or bury left it (not brought back or studied meanwhile).
 */
export async function undoSetAside(db: Database, before: CardRecord, aside: CardRecord): Promise<CardRecord> {
  const tx = db.transaction(['cards', 'tallies'], 'readwrite', { durability: 'strict' });
  const stored = await tx.objectStore('cards').get([aside.deckId, aside.cardId]);
  if (!stored || stored.queue !== aside.queue || stored.buriedDay !== aside.buriedDay || !sameState(stored, aside)) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new StaleCardError();
  }
  const tallies = new TallyUpdate();
  tallies.card(stored, before);
  await tx.objectStore('cards').put(before);
  await Promise.all([tallies.write(tx), tx.done]);
  return before;
}

/**
 * Cards buried on an earlier study day come back. One range query: buried cards are few.
 * Read first in a read-only transaction: at almost every start there is nothing to write,
 * and a read-write one would hold up the start's other reads of the cards.
 */
export async function unburyBefore(db: Database, deckId: string, today: StudyDay, newOrder: NewOrder = 'deck'): Promise<number> {
  const buriedRange = IDBKeyRange.bound([deckId, Queue.Buried, -Infinity], [deckId, Queue.Buried, Infinity]);
  const waiting = (cards: CardRecord[]) => cards.filter((c) => (c.buriedDay ?? '') < today);
  if (waiting(await db.getAllFromIndex('cards', 'queue', buriedRange)).length === 0) return 0;
  const tx = db.transaction(['cards', 'tallies'], 'readwrite');
  const cards = tx.objectStore('cards');
  const due = waiting(await cards.index('queue').getAll(buriedRange));
  const tallies = new TallyUpdate();
  await Promise.all(due.map((c) => {
    const back = placeCard(c, c, newOrder);
    tallies.card(c, back);
    return cards.put(back);
  }));
  await Promise.all([tallies.write(tx), tx.done]);
  return due.length;
}

/** The card starts again as new; its past reviews stay in the log (statistics keep them). */
export function resetCard(db: Database, deckId: string, cardId: string, now: Date, newOrder: NewOrder) {
  return update(db, deckId, cardId, (c) => placeCard(c, emptyState(now), newOrder));
}
