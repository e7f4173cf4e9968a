// What one deck's study today came to, for the summary at the end of a
// session. Computed from the review log itself (today's entries of the
// deck), not from counters kept in memory: an undo removes its entry and a
// reload loses nothing, so the figures are always the log's.
import type { ReviewFacts } from './day-summary.ts';

export interface SessionSummary {
  /** Different cards rated today (a card rated Again and then Good counts once). */
  cards: number;
  /** Ratings given. */
  reviews: number;
  /** Time on the cards, rounded up to whole minutes: 40 seconds of study shows as 1, not 0. */
  minutes: number;
  /** Share of ratings that were not Again, or null before the first rating. */
  correctShare: number | null;
}

export function sessionSummary(entries: readonly (Pick<ReviewFacts, 'grade' | 'durationMs'> & { cardId: string })[]): SessionSummary {
  const cards = new Set<string>();
  let ms = 0;
  let correct = 0;
  for (const e of entries) {
    cards.add(e.cardId);
    ms += e.durationMs;
    if (e.grade !== 1) correct++;
  }
  return {
    cards: cards.size,
    reviews: entries.length,
    minutes: Math.ceil(ms / 60_000),
    correctShare: entries.length ? correct / entries.length : null,
  };
}
