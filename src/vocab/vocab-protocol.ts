// What the page asks the vocabulary worker, and its answer.
import type { StudyDay } from '../schedule/study-day.ts';
import type { VocabFigures } from './figures.ts';

export interface VocabRequest {
  day: StudyDay;
  /** Decks whose next new sentences are chosen now, and how many. */
  plan: { deckId: string; count: number }[];
}

export type VocabReply = { type: 'done'; figures: VocabFigures } | { type: 'failed' };
