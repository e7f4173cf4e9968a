// How well a set of FSRS parameters predicts a learner's own reviews: for each
// review taken a study day or more after the card's previous one, the
// probability of recall FSRS gave it (from the memory state the earlier
// reviews built), against whether it was recalled (any rating but Again).
// Log loss (lower is better; what FSRS is fitted by) and RMSE of those
// predictions. Pure; ts-fsrs's own model, so the same as the scheduler's.
import { FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs';
import type { FsrsReview } from './history.ts';

export interface Evaluation {
  logLoss: number;
  rmse: number;
  /** Reviews predicted. */
  count: number;
}

/** A card's history as cardHistories gives it. */
export interface History {
  reviews: FsrsReview[];
  at: number[];
}

const EPSILON = 1e-4;

/** Predicts every long-term review taken at or after `from` (ms; the held-out later part), from everything before it. */
export function evaluate(histories: readonly History[], w: readonly number[], from = -Infinity): Evaluation {
  const model = new FSRSAlgorithm(generatorParameters({ w: [...w], enable_short_term: true }));
  let loss = 0;
  let squares = 0;
  let count = 0;
  for (const { reviews, at } of histories) {
    let state: FSRSState | null = null;
    reviews.forEach((review, i) => {
      if (state && review.deltaT > 0 && at[i]! >= from) {
        const p = Math.min(1 - EPSILON, Math.max(EPSILON, model.forgetting_curve(review.deltaT, state.stability)));
        const y = review.rating > 1 ? 1 : 0;
        loss -= y * Math.log(p) + (1 - y) * Math.log(1 - p);
        squares += (y - p) ** 2;
        count++;
      }
      state = model.next_state(state, review.deltaT, review.rating);
    });
  }
  return { logLoss: count ? loss / count : NaN, rmse: count ? Math.sqrt(squares / count) : NaN, count };
}

/** The time from which the last `share` of the reviews were taken: the part held out to compare parameters on. */
export function heldOutFrom(histories: readonly History[], share = 0.2): number {
  const times = histories.flatMap((h) => h.at).sort((a, b) => a - b);
  return times.length ? times[Math.min(times.length - 1, Math.floor(times.length * (1 - share)))]! : Infinity;
}
