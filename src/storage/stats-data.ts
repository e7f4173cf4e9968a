// What the statistics screen reads: day summaries (at most a year per deck,
// never the review log itself) and the card tallies (one record per deck).
import { addDays, type StudyDay } from '../schedule/study-day.ts';
import type { DaySummary } from '../stats/day-summary.ts';
import { emptyTally, forecast, newCards, type CardStates } from '../stats/tallies.ts';
import { kindsOf } from '../deck/identity.ts';
import type { Database } from './db.ts';
import type { LocalisedTitle } from '../deck/types.ts';

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

/** What the cards give, from their tallies. */
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

/** One tally record per deck (stats/tallies.ts): the same few milliseconds at any number of cards. */
export async function loadCardData(db: Database, today: StudyDay, dayStarts: (day: StudyDay) => number): Promise<CardData> {
  const tx = db.transaction(['decks', 'tallies'], 'readonly');
  const [records, tallies] = await Promise.all([tx.objectStore('decks').getAll(), tx.objectStore('tallies').getAll()]);
  await tx.done;
  const byDeck = new Map(tallies.map((t) => [t.deckId, t]));
  const decks = records.map((deck): DeckStats => {
    const t = byDeck.get(deck.id) ?? emptyTally(deck.id);
    return { deckId: deck.id, title: deck.title, states: { ...t.states, new: newCards(t, kindsOf(deck).length) }, pairs: deck.pairs, knownPairs: t.knownPairs };
  });
  return { decks, forecast: forecast(records.map((d) => byDeck.get(d.id) ?? emptyTally(d.id)), today, dayStarts) };
}
