// A review and its undo, each one transaction over the card, the log and
// the day's figures: never one without the other. Durability 'strict'
// because Chromium's default ('relaxed') may lose the last writes on a power
// cut, and a learner's review is the one thing we must not lose (< 1 ms).
import { State } from 'ts-fsrs';
import { sameProgress, type CardState } from '../schedule/card-state.ts';
import type { NewOrder } from '../schedule/new-order.ts';
import { dayNumber, type StudyDay } from '../schedule/study-day.ts';
import { Queue } from '../schedule/queue.ts';
import { entriesOf, parseEntryId } from '../history/batch.ts';
import type { ExerciseRecord, Grade, LogEntry, ReviewLogEntry, StateBefore } from '../history/entry.ts';
import { applyEntry, replayCard } from '../history/replay.ts';
import { applyReview, emptyDay, MATURE_DAYS } from '../stats/day-summary.ts';
import { placeReplayed, replayedOf } from './card-place.ts';
import type { Database } from './db.ts';
import { appendToLog, loadTimeline, withEntry } from './log.ts';
import { thisDevice } from './device.ts';
import type { CardRecord } from './schema.ts';
import { TallyUpdate } from './tallies.ts';
import { SETTINGS_KEY } from './settings.ts';
import { sanitiseSettings, type StudySettings } from '../schedule/settings.ts';

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
  // Before the transaction (an await of anything but its requests would end it); loaded at the first rating, not at start-up.
  const [device, { weekInterval }] = await Promise.all([thisDevice(db), import('./week-days.ts')]);
  const tx = db.transaction(['cards', 'log', 'outbox', 'schedules', 'days', 'tallies', 'settings', 'decks'], 'readwrite', { durability: 'strict' });
  const cards = tx.objectStore('cards');
  const [card, timeline, saved] = await Promise.all([cards.get([r.deckId, r.cardId]), loadTimeline(tx), tx.objectStore('settings').get(SETTINGS_KEY)]);
  // The card as shown, but for its memory, which new parameters may have rewritten meanwhile (the rating applies to the stored card).
  if (!card || !sameProgress(card, r.before)) {
    tx.abort();
    await tx.done.catch(() => {});
    throw new StaleCardError();
  }
  // The day the learner's week gives it, recorded where it is not FSRS's own (history/entry.ts `days`).
  const chosen = r.suspend ? undefined : await weekInterval(tx, card, r.grade, r.at, timeline, device, sanitiseSettings(saved as Partial<StudySettings> | undefined));
  const [entry] = await appendToLog(tx, device, r.day, [{
    type: 'review', deckId: r.deckId, cardId: r.cardId, at: r.at.getTime(), grade: r.grade,
    durationMs: Math.min(MAX_DURATION_MS, Math.max(0, Math.round(r.durationMs))),
    stateBefore: card.state as StateBefore, matureBefore: card.state === State.Review && card.scheduledDays >= MATURE_DAYS,
    ...(card.queue === Queue.New ? { newKey: card.sortKey } : {}),
    ...(r.exercise ? { exercise: r.exercise } : {}),
    ...(r.suspend ? { leech: true } : {}),
    ...(chosen !== undefined ? { days: chosen } : {}),
  }]) as [ReviewLogEntry];
  const days = tx.objectStore('days');
  const summary = (await days.get([r.deckId, r.day])) ?? emptyDay(r.deckId, r.day);
  // A rated card is never new again, so the new-card order does not matter here.
  const rated = withEntry(placeReplayed(card, applyEntry(replayedOf(card), entry, timeline), 'deck'), dayNumber(r.day));
  const tallies = new TallyUpdate();
  tallies.card(card, rated);
  await Promise.all([cards.put(rated), days.put(applyReview(summary, entry))]);
  await Promise.all([tallies.write(tx), tx.done]);
  return entry;
}
