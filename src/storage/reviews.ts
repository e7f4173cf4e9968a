// A review and its undo, each one transaction over the card, the log and
// the day's figures: never one without the other. Durability 'strict'
// because Chromium's default ('relaxed') may lose the last writes on a power
// cut, and a learner's review is the one thing we must not lose (< 1 ms).
import { State } from 'ts-fsrs';
import { sameState, type CardState } from '../schedule/card-state.ts';
import type { NewOrder } from '../schedule/new-order.ts';
import { dayNumber, type StudyDay } from '../schedule/study-day.ts';
import { Queue } from '../schedule/queue.ts';
import { entriesOf, parseEntryId } from '../history/batch.ts';
import type { ExerciseRecord, Grade, LogEntry, ReviewLogEntry, StateBefore } from '../history/entry.ts';
import { applyEntry, replayCard } from '../history/replay.ts';
import { applyReview, emptyDay, MATURE_DAYS } from '../stats/day-summary.ts';
import { placeReplayed, replayedOf } from './card-place.ts';
import type { Database } from './db.ts';
import { appendToLog, cardEntries, loadTimeline, withLogDay } from './log.ts';
import { thisDevice } from './device.ts';
import type { CardRecord } from './schema.ts';
import { TallyUpdate } from './tallies.ts';

/** Like other SRS apps: a card left open while the learner made tea counts as a minute. */
export const MAX_DURATION_MS = 60_000;

/** When an action happens: the instant and the study day it counts for. */
export interface Moment {
  at: Date;
  day: StudyDay;
}

export class StaleCardError extends Error {
  constructor() {
    super('the card changed since it was shown (another tab?)');
  }
}

export interface ReviewInput {
  deckId: string;
  cardId: string;
  /** The state the learner saw; the review is refused if the stored card has moved on. What it becomes is the replay's step (history/replay.ts applyEntry). */
  before: CardState;
  grade: Grade;
  at: Date;
  day: StudyDay;
  durationMs: number;
  exercise?: ExerciseRecord;
  /** The review made the card a leech and the learner's settings set leeches aside: suspended by it (undo brings it back). */
  suspend?: boolean;
}

export async function recordReview(db: Database, r: ReviewInput): Promise<ReviewLogEntry> {
  const device = await thisDevice(db);
  const tx = db.transaction(['cards', 'log', 'schedules', 'days', 'tallies'], 'readwrite', { durability: 'strict' });
  const cards = tx.objectStore('cards');
  const [card, timeline] = await Promise.all([cards.get([r.deckId, r.cardId]), loadTimeline(tx)]);
  if (!card || !sameState(card, r.before)) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new StaleCardError();
  }
  const [entry] = await appendToLog(tx, device, r.day, [{
    type: 'review', deckId: r.deckId, cardId: r.cardId, at: r.at.getTime(), grade: r.grade,
    durationMs: Math.min(MAX_DURATION_MS, Math.max(0, Math.round(r.durationMs))),
    stateBefore: card.state as StateBefore, matureBefore: card.state === State.Review && card.scheduledDays >= MATURE_DAYS,
    ...(card.queue === Queue.New ? { newKey: card.sortKey } : {}),
    ...(r.exercise ? { exercise: r.exercise } : {}),
    ...(r.suspend ? { leech: true } : {}),
  }]) as [ReviewLogEntry];
  const days = tx.objectStore('days');
  const summary = (await days.get([r.deckId, r.day])) ?? emptyDay(r.deckId, r.day);
  // A rated card is never new again, so the new-card order does not matter here.
  const rated = withLogDay(placeReplayed(card, applyEntry(replayedOf(card), entry, timeline), 'deck'), dayNumber(r.day));
  const tallies = new TallyUpdate();
  tallies.card(card, rated);
  await Promise.all([cards.put(rated), days.put(applyReview(summary, entry))]);
  await Promise.all([tallies.write(tx), tx.done]);
  return entry;
}

/**
 * Undo of a review, a suspend or a bury: an undo entry is appended (the
 * entry stays: another device may have seen it) and the card becomes the
 * replay of its log without it, exactly as it was before, a new card back in
 * its place. Refused if the entry is no longer the card's last.
 */
export async function undoEntry(db: Database, entryId: string, when: Moment, newOrder: NewOrder = 'deck'): Promise<CardRecord> {
  const today = when.day;
  const ref = parseEntryId(entryId);
  const tx = db.transaction(['cards', 'log', 'days', 'tallies', 'schedules'], 'readwrite', { durability: 'strict' });
  const batch = ref && (await tx.objectStore('log').get([ref.dayNo, ref.device]));
  const target: LogEntry | undefined = batch ? entriesOf(batch)[ref!.seq] : undefined;
  const card = target && (await tx.objectStore('cards').get([target.deckId, target.cardId]));
  const [log, timeline] = card ? await Promise.all([cardEntries(tx, card), loadTimeline(tx)]) : [[], null];
  // Undone only while it is the card's last change (not after a later review, here or merged from another device).
  if (!target || !card || !timeline || replayCard(log, timeline, today).last?.id !== entryId) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new StaleCardError();
  }
  // In the target's own batch (this device's): the day's figures and a merge see both together.
  const [undo] = await appendToLog(tx, target.device, target.day, [{ type: 'undo', of: entryId, deckId: target.deckId, cardId: target.cardId, at: when.at.getTime() }]);
  const replayed = replayCard([...log, undo!], timeline, today);
  const placed = placeReplayed(card, replayed, newOrder);
  const restored = placed.queue === Queue.New && target.type === 'review' && target.newKey !== undefined ? { ...placed, sortKey: target.newKey } : placed;
  const tallies = new TallyUpdate();
  tallies.card(card, restored);
  const work: Promise<unknown>[] = [tx.objectStore('cards').put(restored)];
  if (target.type === 'review') {
    const summary = (await tx.objectStore('days').get([target.deckId, target.day])) ?? emptyDay(target.deckId, target.day);
    work.push(tx.objectStore('days').put(applyReview(summary, target, -1)));
  }
  await Promise.all(work);
  await Promise.all([tallies.write(tx), tx.done]);
  return restored;
}
