// The statistics' card figures as running tallies, one record per deck, kept
// in step with the cards in the same transactions that change them (see
// storage/tallies.ts): counting 100,000 cards by index ranges took 2.4 s on a
// throttled phone, reading one record per deck takes milliseconds. A recount
// from the cards (tallyOf) is the definition; a property test holds the
// running tallies to it.
import { Queue } from '../schedule/queue.ts';
import { addDays, type StudyDay } from '../schedule/study-day.ts';
import { MATURE_DAYS } from './day-summary.ts';

export interface CardStates {
  new: number;
  learning: number;
  young: number;
  mature: number;
  suspended: number;
}

export interface DeckTally {
  deckId: string;
  states: CardStates;
  /** Sentences with at least one mature card. */
  knownPairs: number;
  /**
   * Review cards by when they fall due, in quarter hours since 1970 (every
   * time zone's offset and every study-day start is a whole number of quarter
   * hours, so a day's forecast is a sum of whole buckets).
   */
  due: Record<string, number>;
  /**
   * How many times a card's evidence of its words changed (src/vocab/known.ts): not a figure
   * but a version, so the cached word figures (storage/vocab.ts) know when they are out of date.
   */
  wordChanges?: number;
  /**
   * Sentences whose cards are not stored: never studied, each is its pair's
   * order and the deck's kinds (storage/new-cards.ts). Each counts as one new
   * card per kind the deck studies: `newCards`. Absent: none (decks installed
   * before cards were stored only once needed).
   */
  virtualPairs?: number;
}

export const DUE_BUCKET_MS = 15 * 60_000;

/** The fields of a card the tallies read. */
export interface TalliedCard {
  pairId: string;
  queue: number;
  scheduledDays: number;
  due: number;
}

export function emptyTally(deckId: string): DeckTally {
  return { deckId, states: { new: 0, learning: 0, young: 0, mature: 0, suspended: 0 }, knownPairs: 0, due: {} };
}

export function isMature(c: TalliedCard): boolean {
  return c.queue === Queue.Review && c.scheduledDays >= MATURE_DAYS;
}

function stateOf(c: TalliedCard): keyof CardStates | null {
  switch (c.queue) {
    case Queue.New: return 'new';
    case Queue.Learning: return 'learning';
    case Queue.Review: return isMature(c) ? 'mature' : 'young';
    case Queue.Suspended: return 'suspended';
    // Buried (back tomorrow), off (its kind turned off) and retired cards are in no figure.
    default: return null;
  }
}

/** Counts a card in (sign 1) or out of (sign -1) a deck's tally, all but knownPairs (a fact about its pair, not the card). */
export function countCard(t: DeckTally, c: TalliedCard, sign: 1 | -1): void {
  const state = stateOf(c);
  if (state) t.states[state] += sign;
  if (c.queue === Queue.Review) {
    const bucket = String(Math.floor(c.due / DUE_BUCKET_MS));
    const n = (t.due[bucket] ?? 0) + sign;
    if (n === 0) delete t.due[bucket];
    else t.due[bucket] = n;
  }
}

/** The tally of a deck's cards, counted from scratch: what the running tally must always equal. */
export function tallyOf(deckId: string, cards: Iterable<TalliedCard>, virtualPairs = 0): DeckTally {
  const t = emptyTally(deckId);
  if (virtualPairs) t.virtualPairs = virtualPairs;
  const known = new Set<string>();
  for (const c of cards) {
    countCard(t, c, 1);
    if (isMature(c)) known.add(c.pairId);
  }
  t.knownPairs = known.size;
  return t;
}

/** The deck's new cards: those stored, and one per kind for each sentence whose cards are not. */
export function newCards(t: DeckTally, kinds: number): number {
  return t.states.new + (t.virtualPairs ?? 0) * kinds;
}

/** Reviews due on each of the next `days` study days, today first (today includes everything overdue). */
export function forecast(tallies: readonly DeckTally[], today: StudyDay, dayStarts: (day: StudyDay) => number, days = 30): number[] {
  const out = new Array<number>(days).fill(0);
  const ends = Array.from({ length: days }, (_, i) => dayStarts(addDays(today, i + 1)));
  for (const t of tallies) {
    for (const [bucket, n] of Object.entries(t.due)) {
      const at = Number(bucket) * DUE_BUCKET_MS;
      const day = ends.findIndex((end) => at < end);
      if (day >= 0) out[day]! += n;
    }
  }
  return out;
}
