// A rating's day as the learner's week chooses it (schedule/balance.ts), with
// the facts it weighs read in the rating's transaction: how many review cards
// each study day of the range holds (every deck's: it is one learner's day),
// and the days of the sentence's other cards. Loaded at the first rating.
import type { IDBPTransaction, StoreNames } from 'idb';
import { chooseInterval, LONG_INTERVAL, type DayRange } from '../schedule/balance.ts';
import { dayRange } from '../schedule/day-range.ts';
import type { Grade4 } from '../schedule/scheduler.ts';
import type { Timeline } from '../history/timeline.ts';
import { Queue } from '../schedule/queue.ts';
import type { StudySettings } from '../schedule/settings.ts';
import { addDays, dayNumber, dayStartInstant, studyDayOf, type StudyDay } from '../schedule/study-day.ts';
import type { CardRecord, LoviDB } from './schema.ts';

type Tx = IDBPTransaction<LoviDB, StoreNames<LoviDB>[], IDBTransactionMode>;

/**
 * The interval the learner's week gives a card rated `grade` at `at` (days), where it is not what fuzz
 * gives by itself (undefined then, or when the rating sends it to no fuzzed interval): what the log records.
 */
export async function weekInterval(tx: Tx, card: CardRecord, grade: Grade4, at: Date, timeline: Timeline, device: string, settings: StudySettings): Promise<number | undefined> {
  const range = dayRange(timeline.settingsAt(at.getTime(), device), timeline.schedulerAt(at.getTime(), device), card, at, grade);
  if (!range) return undefined;
  const days = await chosenInterval(tx, card, range, at, settings);
  return days === range.fuzzed ? undefined : days;
}

async function chosenInterval(tx: Tx, card: CardRecord, range: DayRange, at: Date, settings: StudySettings): Promise<number> {
  const today = studyDayOf(at, settings);
  const todayNo = dayNumber(today);
  const balancing = settings.loadBalance && range.interval <= LONG_INTERVAL;
  const [loads, siblingDays] = balancing
    ? await Promise.all([dueCounts(tx, today, range.min, range.max, settings), siblingDaysOf(tx, card, settings)])
    : [new Map<number, number>(), new Set<number>()];
  return chooseInterval(range, { today: todayNo, load: (day) => loads.get(day) ?? 0, siblingDays }, settings);
}

/** Review cards due on each study day `today + min` … `today + max`, over every deck. */
export async function dueCounts(tx: Tx, today: StudyDay, min: number, max: number, settings: StudySettings): Promise<Map<number, number>> {
  const decks = await tx.objectStore('decks').getAllKeys();
  const index = tx.objectStore('cards').index('queue');
  const starts: number[] = [];
  for (let k = min; k <= max + 1; k++) starts.push(dayStartInstant(addDays(today, k), settings).getTime());
  const counts = new Map<number, number>();
  const todayNo = dayNumber(today);
  await Promise.all(starts.slice(0, -1).map(async (start, i) => {
    const n = await Promise.all(decks.map((d) => index.count(IDBKeyRange.bound([d, Queue.Review, start], [d, Queue.Review, starts[i + 1]!], false, true))));
    counts.set(todayNo + min + i, n.reduce((a, b) => a + b, 0));
  }));
  return counts;
}

/** The study days on which the card's sentence's other cards in review are due. */
async function siblingDaysOf(tx: Tx, card: CardRecord, settings: StudySettings): Promise<Set<number>> {
  const cards = await tx.objectStore('cards').index('pair').getAll([card.deckId, card.pairId]);
  return new Set(cards.filter((c) => c.cardId !== card.cardId && c.queue === Queue.Review).map((c) => dayNumber(studyDayOf(new Date(c.due), settings))));
}
