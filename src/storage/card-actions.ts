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
import { appendToLog, loadTimeline, withEntry } from './log.ts';
import { thisDevice } from './device.ts';
import { applyEntry } from '../history/replay.ts';
import type { Moment } from './reviews.ts';
import type { CardRecord } from './schema.ts';
import { TallyUpdate } from './tallies.ts';
import { storeCardOf } from './new-cards.ts';

export interface CardAction {
  card: CardRecord;
  /** Its entry in the log, for the undo button. */
  entryId: string;
}

/** Appends the entry and applies its step of replay to the stored card (history/replay.ts applyEntry). */
async function act(db: Database, deckId: string, cardId: string, when: Moment, body: EntryBody, newOrder: NewOrder): Promise<CardAction | null> {
  const device = await thisDevice(db);
  const tx = db.transaction(['decks', 'pairs', 'cards', 'log', 'outbox', 'schedules', 'tallies'], 'readwrite', { durability: 'strict' });
  const cards = tx.objectStore('cards');
  const tallies = new TallyUpdate();
  const [stored, timeline] = await Promise.all([cards.get([deckId, cardId]), loadTimeline(tx)]);
  // A card never studied (the browser shows it from its sentence) is written first, with its sentence's others.
  const card = stored ?? (await storeCardOf(tx, tallies, deckId, cardId, newOrder));
  if (!card) {
    await Promise.all([tallies.write(tx), tx.done]);
    return null;
  }
  const [entry] = await appendToLog(tx, device, when.day, [{ ...body, deckId, cardId, at: when.at.getTime() }]);
  const next = withEntry(placeReplayed(card, applyEntry(replayedOf(card), entry!, timeline), newOrder), dayNumber(when.day));
  tallies.card(card, next);
  await cards.put(next);
  await Promise.all([tallies.write(tx), tx.done]);
  return { card: next, entryId: entry!.id };
}

/** `newOrder` places the sentence's other cards, where a card never studied is written first. */
export function suspendCard(db: Database, deckId: string, cardId: string, when: Moment, newOrder: NewOrder = 'deck') {
  return act(db, deckId, cardId, when, { type: 'suspend' }, newOrder);
}

export function unsuspendCard(db: Database, deckId: string, cardId: string, when: Moment, newOrder: NewOrder = 'deck') {
  return act(db, deckId, cardId, when, { type: 'unsuspend' }, newOrder);
}

export function buryCard(db: Database, deckId: string, cardId: string, when: Moment, newOrder: NewOrder = 'deck') {
  return act(db, deckId, cardId, when, { type: 'bury' }, newOrder);
}

/** The card starts again as new; its past reviews stay in the log (statistics keep them). */
export function resetCard(db: Database, deckId: string, cardId: string, when: Moment, newOrder: NewOrder) {
  return act(db, deckId, cardId, when, { type: 'reset' }, newOrder);
}
