// Undo, in one transaction over the card, the log and the day's figures.
// Loaded when the learner first taps undo (not needed to show a card).
import { entriesOf, parseEntryId } from '../history/batch.ts';
import type { LogEntry } from '../history/entry.ts';
import { replayCard } from '../history/replay.ts';
import type { NewOrder } from '../schedule/new-order.ts';
import { Queue } from '../schedule/queue.ts';
import { applyReview, emptyDay } from '../stats/day-summary.ts';
import { placeReplayed } from './card-place.ts';
import type { Database } from './db.ts';
import { thisDevice } from './device.ts';
import { appendToLog, cardEntries, loadTimeline, withEntry } from './log.ts';
import { StaleCardError, type Moment } from './reviews.ts';
import type { CardRecord } from './schema.ts';
import { TallyUpdate } from './tallies.ts';

/**
 * Undo of a review, a suspend or a bury: an undo entry is appended (the
 * entry stays: another device may have seen it) and the card becomes the
 * replay of its log without it, exactly as it was before, a new card back in
 * its place. Refused if the entry is no longer the card's last.
 */
export async function undoEntry(db: Database, entryId: string, when: Moment, newOrder: NewOrder = 'deck'): Promise<CardRecord> {
  const today = when.day;
  const ref = parseEntryId(entryId);
  const device = await thisDevice(db);
  const tx = db.transaction(['cards', 'log', 'outbox', 'days', 'tallies', 'schedules'], 'readwrite', { durability: 'strict' });
  const batch = ref && (await tx.objectStore('log').get([ref.dayNo, ref.device]));
  const target: LogEntry | undefined = batch ? entriesOf(batch)[ref!.seq] : undefined;
  const card = target && (await tx.objectStore('cards').get([target.deckId, target.cardId]));
  const [log, timeline] = card ? await Promise.all([cardEntries(tx, card), loadTimeline(tx)]) : [[], null];
  // Undone only while it is the card's last change (not after a later review, here or merged from another
  // device), and only an entry of this device: a batch has one writer, so that replicating it never conflicts.
  if (!target || target.device !== device || !card || !timeline || replayCard(log, timeline, today).last?.id !== entryId) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new StaleCardError();
  }
  // In the target's own batch: the day's figures and a merge see both together.
  const [undo] = await appendToLog(tx, device, target.day, [{ type: 'undo', of: entryId, deckId: target.deckId, cardId: target.cardId, at: when.at.getTime() }]);
  const replayed = replayCard([...log, undo!], timeline, today);
  const placed = withEntry(placeReplayed(card, replayed, newOrder), ref!.dayNo);
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
