// Suspend and bury: a card leaves the queues (suspended until the learner
// brings it back; buried until the next study day) with its state untouched,
// and can be taken back at once (undo: storage/reviews.ts undoEntry). Reset:
// the card starts again as new. Each is an entry in the log and a change of
// the card's cached state, in one transaction.
import { Queue } from '../schedule/queue.ts';
import type { NewOrder } from '../schedule/new-order.ts';
import { dayNumber, type StudyDay } from '../schedule/study-day.ts';
import type { EntryBody } from '../history/entry.ts';
import { placeReplayed, replayedOf } from './card-place.ts';
import type { Database } from './db.ts';
import { appendToLog, loadTimeline, withLogDay } from './log.ts';
import { thisDevice } from './device.ts';
import { applyEntry } from '../history/replay.ts';
import type { Moment } from './reviews.ts';
import type { CardRecord } from './schema.ts';
import { TallyUpdate } from './tallies.ts';

export interface CardAction {
  card: CardRecord;
  /** Its entry in the log, for the undo button. */
  entryId: string;
}

/** Appends the entry and applies its step of replay to the stored card (history/replay.ts applyEntry). */
async function act(db: Database, deckId: string, cardId: string, when: Moment, body: EntryBody, newOrder: NewOrder): Promise<CardAction | null> {
  const device = await thisDevice(db);
  const tx = db.transaction(['cards', 'log', 'schedules', 'tallies'], 'readwrite', { durability: 'strict' });
  const cards = tx.objectStore('cards');
  const [card, timeline] = await Promise.all([cards.get([deckId, cardId]), loadTimeline(tx)]);
  if (!card) {
    await tx.done;
    return null;
  }
  const [entry] = await appendToLog(tx, device, when.day, [{ ...body, deckId, cardId, at: when.at.getTime() }]);
  const next = withLogDay(placeReplayed(card, applyEntry(replayedOf(card), entry!, timeline), newOrder), dayNumber(when.day));
  const tallies = new TallyUpdate();
  tallies.card(card, next);
  await cards.put(next);
  await Promise.all([tallies.write(tx), tx.done]);
  return { card: next, entryId: entry!.id };
}

export function suspendCard(db: Database, deckId: string, cardId: string, when: Moment) {
  return act(db, deckId, cardId, when, { type: 'suspend' }, 'deck');
}

export function unsuspendCard(db: Database, deckId: string, cardId: string, when: Moment, newOrder: NewOrder = 'deck') {
  return act(db, deckId, cardId, when, { type: 'unsuspend' }, newOrder);
}

export function buryCard(db: Database, deckId: string, cardId: string, when: Moment) {
  return act(db, deckId, cardId, when, { type: 'bury' }, 'deck');
}

/** The card starts again as new; its past reviews stay in the log (statistics keep them). */
export function resetCard(db: Database, deckId: string, cardId: string, when: Moment, newOrder: NewOrder) {
  return act(db, deckId, cardId, when, { type: 'reset' }, newOrder);
}

/**
 * Cards buried on an earlier study day come back (no entry: a burial ends by
 * itself, and replay knows it). One range query: buried cards are few. Read
 * first in a read-only transaction: at almost every start there is nothing
 * to write, and a read-write one would hold up the start's other reads.
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
    const back = placeReplayed(c, { ...replayedOf(c), buriedDay: null }, newOrder);
    tallies.card(c, back);
    return cards.put(back);
  }));
  await Promise.all([tallies.write(tx), tx.done]);
  return due.length;
}
