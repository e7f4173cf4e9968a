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

/**
 * Over this many studied cards, a random sample of them is simulated, with the new cards and the daily
 * limits scaled alike, and the counts scaled back: 100,000 cards took 4.9 s here for the chart's 11
 * retentions (a phone 20–40 s); a sample of 20,000 gives the same figures within about 1 % (simulate.test.ts).
 */
export const SAMPLE_CARDS = 20_000;

export function simulate(whole: SimInput, retention: number): SimPoint {
  const { input, share } = sampled(whole);
  const fsrs = new FSRSAlgorithm(generatorParameters({
    w: [...input.w], request_retention: retention, maximum_interval: input.maximumInterval, enable_fuzz: false, enable_short_term: true,
  }));
  const random = seededRandom(input.seed);
  const n = input.cards.length + Math.ceil(Math.min(input.newCards, input.newPerDay * input.days));
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
  // A sample's share of the new cards a day, carried over from day to day.
  let newCredit = 0;
  for (let day = 0; day < input.days; day++) {
    const due = buckets[day]!;
    const today = due.splice(0, Math.min(due.length, Math.round(input.reviewsPerDay)));
    // Over the limit: tomorrow.
    if (due.length > 0) buckets[day + 1]!.push(...due.splice(0));
    for (const i of today) {
      const elapsed = day - last[i]!;
      const r = fsrs.forgetting_curve(elapsed, s[i]!);
      const recalled = random() < r;
      const grade = recalled ? 2 + pick(input.shares.recalled, random()) : 1;
      const memory = { stability: s[i]!, difficulty: d[i]! };
      let next = fsrs.next_state(memory, elapsed, grade, r);
      ratings++;
      // A card forgotten is relearned the same day: one more rating, Good, which FSRS's short-term memory counts.
      if (!recalled) {
        next = fsrs.next_state(next, 0, 3);
        ratings++;
        schedule(i, next, day, fsrs.next_interval(next.stability, 0));
      } else {
        schedule(i, next, day, recalledInterval(memory, elapsed, r, grade, next));
      }
    }
    newCredit += input.newPerDay;
    for (; newCredit >= 1 && newLeft > 0 && studied < n; newCredit--, newLeft--) {
      const i = studied++;
      const grade = 1 + pick(input.shares.first, random());
      let state = fsrs.next_state(null, 0, grade);
      // Its learning steps the same day, each Good.
      for (let step = 1; step < FIRST_DAY_RATINGS[grade - 1]!; step++) state = fsrs.next_state(state, 0, 3);
      ratings += FIRST_DAY_RATINGS[grade - 1]!;
      schedule(i, state, day, fsrs.next_interval(state.stability, 0));
    }
  }
  function schedule(i: number, state: FSRSState, day: number, interval: number): void {
    s[i] = state.stability;
    d[i] = state.difficulty;
    last[i] = day;
    place(i, day + interval);
  }
  /**
   * A recalled review's interval as ts-fsrs gives it: Hard no longer than Good, Good at least a day
   * longer than Hard, Easy than Good. At high retention, where Hard's and Good's intervals are
   * often equal, this lengthens Good's (without it the chart overestimated the reviews at 0.95 by 13 %).
   */
  function recalledInterval(memory: FSRSState, elapsed: number, r: number, grade: number, state: FSRSState): number {
    // The other grades' stability alone (next_state's own formula for a review after a day or more; the same day, its short-term one).
    const stability = (g: number) => (g === grade ? state.stability
      : elapsed > 0 ? fsrs.next_recall_stability(memory.difficulty, memory.stability, r, g) : fsrs.next_state(memory, elapsed, g, r).stability);
    const hard = fsrs.next_interval(stability(2), elapsed);
    const good = fsrs.next_interval(stability(3), elapsed);
    const hardIvl = Math.min(hard, good);
    const goodIvl = Math.max(good, hardIvl + 1);
    if (grade === 2) return hardIvl;
    if (grade === 3) return goodIvl;
    return Math.max(fsrs.next_interval(state.stability, elapsed), goodIvl + 1);
  }
  let recall = 0;
  for (let i = 0; i < studied; i++) recall += fsrs.forgetting_curve(input.days - last[i]!, s[i]!);
  return { retention, reviewsPerDay: ratings / input.days / share, remembered: studied ? recall / studied : 0, studied: studied / share };
}

/** At most SAMPLE_CARDS studied cards (a seeded draw), the rest of the input scaled alike, and the share kept. */
function sampled(input: SimInput): { input: SimInput; share: number } {
  if (input.cards.length <= SAMPLE_CARDS) return { input, share: 1 };
  const random = seededRandom(input.seed ^ 0x5eed);
  const cards = input.cards.filter(() => random() < SAMPLE_CARDS / input.cards.length);
  const share = cards.length / input.cards.length;
  return { input: { ...input, cards, newCards: input.newCards * share, newPerDay: input.newPerDay * share, reviewsPerDay: input.reviewsPerDay * share }, share };
}

/** The desired retentions the chart simulates: 0.70 to 0.97 by 0.03 (its own retention is added when it is not one). */
export const CHART_RETENTIONS: readonly number[] = Array.from({ length: 10 }, (_, i) => Math.round((0.7 + i * 0.03) * 100) / 100);

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
