// The review log in the column layout the FSRS optimizer tools read
// (card_id, review_time, review_rating, review_state, review_duration), so a
// learner can train their own parameters elsewhere. Times are milliseconds;
// review_state is the card's state before the review (0 new, 1 learning,
// 2 review, 3 relearning); card_id is a stable integer per deck and card.
import { hash64 } from '../deck/hash.ts';
import type { FitEntry } from '../optimise/history.ts';

export const FSRS_CSV_HEADER = 'card_id,review_time,review_rating,review_state,review_duration';

/** Fits in 2^53, the same in every export. */
export function numericCardId(deckId: string, cardId: string): number {
  return parseInt(hash64(`${deckId}\u0000${cardId}`).slice(0, 10), 36);
}

export function fsrsCsv(reviews: readonly Pick<FitEntry, 'deckId' | 'cardId' | 'at' | 'grade' | 'stateBefore' | 'durationMs'>[]): string {
  const rows = [...reviews].sort((a, b) => a.at - b.at).map((r) =>
    `${numericCardId(r.deckId, r.cardId)},${r.at},${r.grade},${r.stateBefore},${r.durationMs}`);
  return `${[FSRS_CSV_HEADER, ...rows].join('\n')}\n`;
}
