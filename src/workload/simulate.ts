// "How much will I study?": the next months of a learner's study simulated
// at one desired retention, from their own cards and FSRS parameters. Each
// day the cards due are reviewed (up to the daily limit; the rest wait a day),
// each is recalled with FSRS's own probability (the forgetting curve of its
// stability after the days since its last review), rated Again when forgotten
// and Hard/Good/Easy in the learner's own shares when recalled, and comes back after
// the interval FSRS gives at that retention; new cards come in at the
// learner's pace. What it returns: reviews a day, and the share of the
// learner's cards they would remember at the end. Pure and deterministic: the
// same seed gives the same figures.
import { FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs';
import { seededRandom } from '../seeded-random.ts';

export interface SimCard {
  stability: number;
  difficulty: number;
  /** Study days from today of its last review (≤ 0) and of its due day (< 0: overdue). */
  last: number;
  due: number;
}

export interface SimInput {
  /** The learner's FSRS parameters. */
  w: readonly number[];
  /** Cards studied so far (learning cards count as in review from their stability). */
  cards: readonly SimCard[];
  /** Cards not studied yet, and how many start a day. */
  newCards: number;
  newPerDay: number;
  reviewsPerDay: number;
  maximumInterval: number;
  days: number;
  seed: number;
  /** How the learner rates: a new card's first rating (Again…Easy) and a recalled review (Hard, Good, Easy), as shares. */
  shares: RatingShares;
}

export interface RatingShares {
  first: readonly number[];
  recalled: readonly number[];
}

/** FSRS's simulator's published defaults, rounded: for a learner with too few ratings of their own. */
export const DEFAULT_SHARES: RatingShares = { first: [0.24, 0.09, 0.5, 0.17], recalled: [0.22, 0.63, 0.15] };
/** Ratings of each kind a learner's own shares need before they replace the defaults. */
const ENOUGH_RATINGS = 50;

/** The shares from counts of first ratings (Again…Easy) and of recalled reviews' ratings (Hard, Good, Easy). */
export function ratingShares(first: readonly number[], recalled: readonly number[]): RatingShares {
  const share = (counts: readonly number[], fallback: readonly number[]) => {
    const total = counts.reduce((a, b) => a + b, 0);
    return total < ENOUGH_RATINGS ? fallback : counts.map((n) => n / total);
  };
  return { first: share(first, DEFAULT_SHARES.first), recalled: share(recalled, DEFAULT_SHARES.recalled) };
}

export interface SimPoint {
  retention: number;
  /** Ratings a day, learning steps included, averaged over the simulated days. */
  reviewsPerDay: number;
  /** Of the cards studied by the end, the share they would recall that day (mean recall probability). */
  remembered: number;
  /** Cards studied by the end. */
  studied: number;
}

/** Ratings a new card takes on its first day, by first rating (learning steps 1m, 10m). */
const FIRST_DAY_RATINGS = [3, 3, 2, 1];

export function simulate(input: SimInput, retention: number): SimPoint {
  const fsrs = new FSRSAlgorithm(generatorParameters({
    w: [...input.w], request_retention: retention, maximum_interval: input.maximumInterval, enable_fuzz: false, enable_short_term: true,
  }));
  const random = seededRandom(input.seed);
  const n = input.cards.length + Math.min(input.newCards, input.newPerDay * input.days);
  const s = new Float64Array(n);
  const d = new Float64Array(n);
  const last = new Int32Array(n);
  // Cards due on each day, by index; the last bucket holds those due after the horizon.
  const buckets: number[][] = Array.from({ length: input.days + 1 }, () => []);
  const place = (i: number, day: number) => buckets[Math.min(input.days, Math.max(0, day))]!.push(i);
  input.cards.forEach((c, i) => {
    s[i] = c.stability;
    d[i] = c.difficulty;
    last[i] = c.last;
    place(i, c.due);
  });
  let studied = input.cards.length;
  let newLeft = input.newCards;
  let ratings = 0;
  for (let day = 0; day < input.days; day++) {
    const due = buckets[day]!;
    const today = due.splice(0, Math.min(due.length, input.reviewsPerDay));
    // Over the limit: tomorrow.
    if (due.length > 0) buckets[day + 1]!.push(...due.splice(0));
    for (const i of today) {
      const elapsed = day - last[i]!;
      const recalled = random() < fsrs.forgetting_curve(elapsed, s[i]!);
      const grade = recalled ? 2 + pick(input.shares.recalled, random()) : 1;
      let next = fsrs.next_state({ stability: s[i]!, difficulty: d[i]! }, elapsed, grade);
      ratings++;
      // A card forgotten is relearned the same day: one more rating, Good, which FSRS's short-term memory counts.
      if (!recalled) {
        next = fsrs.next_state(next, 0, 3);
        ratings++;
      }
      schedule(i, next, day);
    }
    for (let k = 0; k < input.newPerDay && newLeft > 0 && studied < n; k++, newLeft--) {
      const i = studied++;
      const grade = 1 + pick(input.shares.first, random());
      let state = fsrs.next_state(null, 0, grade);
      // Its learning steps the same day, each Good.
      for (let step = 1; step < FIRST_DAY_RATINGS[grade - 1]!; step++) state = fsrs.next_state(state, 0, 3);
      ratings += FIRST_DAY_RATINGS[grade - 1]!;
      schedule(i, state, day);
    }
  }
  function schedule(i: number, state: FSRSState, day: number): void {
    s[i] = state.stability;
    d[i] = state.difficulty;
    last[i] = day;
    place(i, day + fsrs.next_interval(state.stability, 0));
  }
  let recall = 0;
  for (let i = 0; i < studied; i++) recall += fsrs.forgetting_curve(input.days - last[i]!, s[i]!);
  return { retention, reviewsPerDay: ratings / input.days, remembered: studied ? recall / studied : 0, studied };
}

/** The desired retentions the chart shows: 0.70 to 0.97. */
export const RETENTIONS: readonly number[] = Array.from({ length: 28 }, (_, i) => Math.round((0.7 + i * 0.01) * 100) / 100);

/**
 * The recommended range: the retentions whose reviews per card remembered (what a day of study
 * buys) are within 10 % of the best, held to 0.80–0.95 (below, too much is forgotten; above, the
 * workload grows fast).
 */
export function recommendedRange(points: readonly SimPoint[]): { from: number; to: number } | null {
  const cost = (p: SimPoint) => p.reviewsPerDay / Math.max(1e-9, p.remembered * p.studied);
  const usable = points.filter((p) => p.studied > 0 && p.retention >= 0.8 && p.retention <= 0.95);
  if (usable.length === 0) return null;
  const best = Math.min(...usable.map(cost));
  const within = usable.filter((p) => cost(p) <= best * 1.1).map((p) => p.retention);
  return { from: Math.min(...within), to: Math.max(...within) };
}

function pick(shares: readonly number[], r: number): number {
  let acc = 0;
  for (let i = 0; i < shares.length; i++) if (r < (acc += shares[i]!)) return i;
  return shares.length - 1;
}
