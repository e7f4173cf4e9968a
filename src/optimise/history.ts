// A review log turned into what FSRS learns from: each card's reviews in
// order, each with its rating and the days since the card's previous review,
// counted in study days (the learner's own day start, fixed in each log entry
// when it was recorded), so two reviews on one study day are 0 days apart (a
// short-term review). A card reset to new starts a new history: what came
// before the reset says nothing about the card as it is learned now. Undone
// reviews are left out by the reader. Pure.
import { State } from 'ts-fsrs';
import { dayNumber } from '../schedule/study-day.ts';
import { byTime, type ReviewLogEntry } from '../history/entry.ts';

export interface FsrsReview {
  rating: 1 | 2 | 3 | 4;
  /** Study days since the card's previous review (0: the same study day, or the card's first review). */
  deltaT: number;
}

/**
 * One outcome to predict: a card's reviews up to and including one taken at
 * least a study day after the one before it (FSRS predicts whether it was
 * recalled from those before it), and when it was taken (to split by time).
 */
export interface FsrsItem {
  reviews: FsrsReview[];
  at: number;
}

/** What a fit reads of a review (storage/review-log.ts readLogForFit). */
export type FitEntry = Pick<ReviewLogEntry, 'cardId' | 'deckId' | 'at' | 'day' | 'grade' | 'id' | 'stateBefore' | 'durationMs'>;

/** Each card's reviews since its last reset, in time order, with their times; cards in the order of their histories' start. */
export function cardHistories(log: readonly FitEntry[]): { reviews: FsrsReview[]; at: number[] }[] {
  const byCard = new Map<string, FitEntry[]>();
  for (const e of log) {
    const key = `${e.deckId}\u0000${e.cardId}`;
    const list = byCard.get(key);
    if (list) list.push(e);
    else byCard.set(key, [e]);
  }
  return [...byCard.values()].map((entries) => {
    entries.sort(byTime);
    // The last review of the card as new (its first, or the first after a reset): its history starts there.
    let start = 0;
    entries.forEach((e, i) => {
      if (e.stateBefore === State.New) start = i;
    });
    const kept = entries.slice(start);
    return {
      reviews: kept.map((e, i) => ({ rating: e.grade, deltaT: i === 0 ? 0 : Math.max(0, dayNumber(e.day) - dayNumber(kept[i - 1]!.day)) })),
      at: kept.map((e) => e.at),
    };
  }).sort((a, b) => a.at[0]! - b.at[0]!);
}

/** The outcomes to learn from and to evaluate on, oldest first. */
export function fsrsItems(log: readonly FitEntry[]): FsrsItem[] {
  const items: FsrsItem[] = [];
  for (const { reviews, at } of cardHistories(log)) {
    for (let i = 1; i < reviews.length; i++) {
      if (reviews[i]!.deltaT > 0) items.push({ reviews: reviews.slice(0, i + 1), at: at[i]! });
    }
  }
  return items.sort((a, b) => a.at - b.at);
}

/** The optimiser's input (fsrs-rs's computeParameters): every item's ratings and day gaps end to end, and each item's length. */
export interface OptimiserInput {
  ratings: Uint32Array;
  deltaTs: Uint32Array;
  lengths: Uint32Array;
}

export function optimiserInput(items: readonly FsrsItem[]): OptimiserInput {
  const total = items.reduce((sum, item) => sum + item.reviews.length, 0);
  const ratings = new Uint32Array(total);
  const deltaTs = new Uint32Array(total);
  const lengths = new Uint32Array(items.length);
  let k = 0;
  items.forEach((item, i) => {
    lengths[i] = item.reviews.length;
    for (const review of item.reviews) {
      ratings[k] = review.rating;
      deltaTs[k++] = review.deltaT;
    }
  });
  return { ratings, deltaTs, lengths };
}
