// When fitting the schedule to a learner is worth it: FSRS's parameters are 21
// numbers, and fitted on a few dozen reviews they follow chance rather than
// memory. Anki asks for a few hundred reviews; we ask for 400 reviews, over at
// least 30 days (a month's forgetting, not one evening's), of at least 50
// cards (not one sentence drilled). Pure.
import { dayNumber, type StudyDay } from '../schedule/study-day.ts';

export const ENOUGH = { reviews: 400, days: 30, cards: 50 } as const;

export interface HistorySize {
  reviews: number;
  days: number;
  cards: number;
}

/** How much history there is, and what is still missing (zero when enough). */
export function historySize(log: readonly { cardId: string; deckId: string; day: StudyDay }[]): { have: HistorySize; missing: HistorySize } {
  const cards = new Set(log.map((e) => `${e.deckId}\u0000${e.cardId}`)).size;
  // A loop, not Math.max(...): a year's log is more arguments than a call takes.
  let first = Infinity;
  let last = -Infinity;
  for (const e of log) {
    const n = dayNumber(e.day);
    first = Math.min(first, n);
    last = Math.max(last, n);
  }
  const days = log.length ? last - first + 1 : 0;
  const have = { reviews: log.length, days, cards };
  return { have, missing: missingHistory(have) };
}

/** What is still missing (zero each when enough). */
export function missingHistory(have: HistorySize): HistorySize {
  return { reviews: Math.max(0, ENOUGH.reviews - have.reviews), days: Math.max(0, ENOUGH.days - have.days), cards: Math.max(0, ENOUGH.cards - have.cards) };
}

export function isEnough(missing: HistorySize): boolean {
  return !missing.reviews && !missing.days && !missing.cards;
}
