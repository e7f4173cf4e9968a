// What the statistics screen reads: day summaries (at most a year per deck,
// never the review log itself) and counts from index ranges.
import { pairIdOfCard } from '../deck/identity.ts';
import { Queue } from '../schedule/queue.ts';
import { addDays, type StudyDay } from '../schedule/study-day.ts';
import { MATURE_DAYS, type DaySummary } from '../stats/day-summary.ts';
import type { Database } from './db.ts';
import type { LocalisedTitle } from '../deck/types.ts';

export interface CardStates {
  new: number;
  learning: number;
  young: number;
  mature: number;
  suspended: number;
}

export interface DeckStats {
  deckId: string;
  /** As stored: the learner's own decks are not in the app's deck index. */
  title: LocalisedTitle | null;
  states: CardStates;
  pairs: number;
  /** Sentences with at least one mature card. */
  knownPairs: number;
}

/** What the day summaries give: read in a few milliseconds at any log size. */
export interface DayData {
  days: DaySummary[];
  /** Every study day with at least one review, for streaks. */
  studiedDays: StudyDay[];
}

/** What the cards give: index counts, whose cost grows with the number of cards (Chromium counts by walking the range). */
export interface CardData {
  decks: DeckStats[];
  /** Reviews due on each of the next 30 days (today first), all decks. */
  forecast: number[];
}

export async function loadDayData(db: Database, today: StudyDay): Promise<DayData> {
  // All summaries: a few per deck and study day ever, small even after years.
  const summaries = (await db.getAll('days')).filter((s) => s.reviews > 0);
  const yearAgo = addDays(today, -365);
  return { days: summaries.filter((s) => s.day > yearAgo), studiedDays: [...new Set(summaries.map((s) => s.day))] };
}

const between = (deckId: string, queue: number, from: number, to: number) => IDBKeyRange.bound([deckId, queue, from], [deckId, queue, to], false, true);

export async function loadCardData(db: Database, today: StudyDay, dayStarts: (day: StudyDay) => number): Promise<CardData> {
  const deckIds = await db.getAllKeys('decks');
  const tx = db.transaction(['cards', 'decks'], 'readonly');
  const cards = tx.objectStore('cards');
  const decks = await Promise.all(deckIds.map(async (deckId): Promise<DeckStats> => {
    const queue = cards.index('queue');
    const interval = cards.index('interval');
    const [fresh, learning, young, mature, suspended, matureKeys, deck] = await Promise.all([
      queue.count(between(deckId, Queue.New, -Infinity, Infinity)),
      queue.count(between(deckId, Queue.Learning, -Infinity, Infinity)),
      interval.count(between(deckId, Queue.Review, -Infinity, MATURE_DAYS)),
      interval.count(between(deckId, Queue.Review, MATURE_DAYS, Infinity)),
      queue.count(between(deckId, Queue.Suspended, -Infinity, Infinity)),
      interval.getAllKeys(between(deckId, Queue.Review, MATURE_DAYS, Infinity)),
      tx.objectStore('decks').get(deckId),
    ]);
    return {
      deckId,
      title: deck?.title ?? null,
      states: { new: fresh, learning, young, mature, suspended },
      pairs: deck?.pairs ?? 0,
      knownPairs: new Set(matureKeys.map(([, cardId]) => pairIdOfCard(cardId))).size,
    };
  }));
  // Due per study day: one count per day and deck over the queue index (count runs in the database, not here).
  const forecast = await Promise.all(Array.from({ length: 30 }, async (_, i) => {
    const from = i === 0 ? -Infinity : dayStarts(addDays(today, i));
    const to = dayStarts(addDays(today, i + 1));
    const perDeck = await Promise.all(deckIds.map((d) => cards.index('queue').count(between(d, Queue.Review, from, to))));
    return perDeck.reduce((a, b) => a + b, 0);
  }));
  await tx.done;
  return { decks, forecast };
}

