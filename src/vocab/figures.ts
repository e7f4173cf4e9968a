// The vocabulary as progress: per deck and over all decks, the Vietnamese
// words in it, known and seen (src/vocab/known.ts), the most frequent ones
// not known yet (what to learn next), and how the counts grew (a point per
// study day they were computed on). Pure.
import type { StudyDay } from '../schedule/study-day.ts';
import type { Knowledge } from './known.ts';

export interface WordCounts {
  total: number;
  known: number;
  seen: number;
}

export interface DeckWordFigures extends WordCounts {
  /** The most frequent words of the deck not known yet, with the sentences each is in. */
  next: [word: string, sentences: number][];
}

export interface VocabFigures {
  /** What they were computed from: each deck's count of evidence changes (DeckTally.wordChanges). */
  version: string;
  overall: WordCounts;
  decks: Record<string, DeckWordFigures>;
  /** Known and seen words over all decks, a point per study day they were computed on, oldest first. */
  history: [day: StudyDay, known: number, seen: number][];
}

export const NEXT_WORDS = 10;

/** A deck's figures from the sentences each of its words is in (retired sentences left out). */
export function deckWordFigures(frequency: ReadonlyMap<string, number>, { known, seen }: Knowledge): DeckWordFigures {
  let k = 0;
  let s = 0;
  const unknown: [string, number][] = [];
  for (const [word, n] of frequency) {
    if (known.has(word)) k++;
    else unknown.push([word, n]);
    if (seen.has(word)) s++;
  }
  unknown.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { total: frequency.size, known: k, seen: s, next: unknown.slice(0, NEXT_WORDS) };
}

/** Today's point added to the history, or put in place of an earlier one of the same day. */
export function withPoint(history: VocabFigures['history'], day: StudyDay, counts: WordCounts): VocabFigures['history'] {
  const kept = history.filter(([d]) => d !== day);
  return [...kept, [day, counts.known, counts.seen] as [StudyDay, number, number]].sort((a, b) => (a[0] < b[0] ? -1 : 1));
}
