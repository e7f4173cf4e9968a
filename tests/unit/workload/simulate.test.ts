// The workload simulation (workload/simulate.ts): against what can be worked
// out by hand for one card, and on a learner imported from a backup.
import { describe, expect, it } from 'vitest';
import { default_w, FSRSAlgorithm, generatorParameters } from 'ts-fsrs';
import { DEFAULT_SHARES, ratingShares, recommendedRange, SAMPLE_CARDS, simulate, type SimInput } from '../../../src/workload/simulate.ts';
import { FORGETFUL_MEMORY, syntheticBackup } from '../../../scripts/fixtures/synthetic-backup.ts';
import { importBackup } from '../../../src/storage/backup.ts';
import { readWorkloadInput } from '../../../src/storage/workload-data.ts';
import { DEFAULT_SETTINGS } from '../../../src/schedule/settings.ts';
import { studyDayOf } from '../../../src/schedule/study-day.ts';
import { freshDb } from '../storage/helpers.ts';
import { seededRandom } from '../../../src/seeded-random.ts';
import { simulatedStudy } from '../../../scripts/fixtures/simulated-study.ts';

const base: SimInput = { w: default_w, cards: [], newCards: 0, newPerDay: 0, reviewsPerDay: 1e6, maximumInterval: 36500, days: 30, seed: 1, shares: DEFAULT_SHARES };
const fsrs = (r: number) => new FSRSAlgorithm(generatorParameters({ w: [...default_w], request_retention: r, enable_fuzz: false }));

describe('the workload simulation', () => {
  it('gives one card not due within the months simulated exactly FSRS\'s recall on the last day, and no review', () => {
    const p = simulate({ ...base, cards: [{ stability: 400, difficulty: 5, last: -10, due: 200 }] }, 0.9);
    expect(p.reviewsPerDay).toBe(0);
    expect(p.remembered).toBeCloseTo(fsrs(0.9).forgetting_curve(40, 400), 12);
  });

  it('reviews a card due today once if recalled and twice if forgotten: N × (2 − R) ratings for N such cards', () => {
    const stability = 10;
    const elapsed = 12;
    const n = 20_000;
    const cards = Array.from({ length: n }, () => ({ stability, difficulty: 5, last: -elapsed, due: 0 }));
    const p = simulate({ ...base, cards, days: 1 }, 0.9);
    const recall = fsrs(0.9).forgetting_curve(elapsed, stability);
    // Binomial: the standard deviation of the forgotten count is √(n R (1 − R)) ≈ 42; 4 of them is the margin.
    expect(Math.abs(p.reviewsPerDay - n * (2 - recall))).toBeLessThan(4 * Math.sqrt(n * recall * (1 - recall)));
  });

  it('is the same for the same seed, and holds to the daily limit', () => {
    const cards = Array.from({ length: 500 }, (_, i) => ({ stability: 2 + (i % 20), difficulty: 5, last: -(i % 7), due: i % 10 }));
    const input = { ...base, cards, newCards: 300, newPerDay: 10 };
    expect(simulate(input, 0.85)).toEqual(simulate(input, 0.85));
    expect(simulate({ ...input, seed: 2 }, 0.85)).not.toEqual(simulate(input, 0.85));
    // The limit counts reviews of cards due; a forgotten one's relearning step adds one rating at most.
    const capped = simulate({ ...input, reviewsPerDay: 20 }, 0.85);
    expect(capped.reviewsPerDay).toBeLessThanOrEqual(2 * 20 + 3 * 10);
  });

  it('on a learner imported from a backup: more reviews and more remembered the higher the retention, the range recommended inside 0.80–0.95', async () => {
    const now = Date.parse('2026-06-01T05:00:00Z');
    const db = await freshDb();
    await importBackup(db, syntheticBackup({ pairs: 300, reviews: 3000, days: 120, memory: FORGETFUL_MEMORY }, 'news', now), { at: new Date(now), day: studyDayOf(new Date(now), DEFAULT_SETTINGS) });
    const input = await readWorkloadInput(db, studyDayOf(new Date(now), DEFAULT_SETTINGS), DEFAULT_SETTINGS, 180);
    expect(input.cards.length).toBeGreaterThan(300);
    expect(input.newCards).toBeGreaterThan(0);
    const points = [0.7, 0.8, 0.9, 0.95, 0.97].map((r) => simulate(input, r));
    for (let i = 1; i < points.length; i++) {
      expect(points[i]!.reviewsPerDay).toBeGreaterThan(points[i - 1]!.reviewsPerDay);
      expect(points[i]!.remembered).toBeGreaterThan(points[i - 1]!.remembered);
    }
    // The steep end: from 0.95 to 0.97 costs more reviews than from 0.70 to 0.80.
    expect(points[4]!.reviewsPerDay - points[3]!.reviewsPerDay).toBeGreaterThan(points[1]!.reviewsPerDay - points[0]!.reviewsPerDay);
    const range = recommendedRange(points)!;
    expect(range.from).toBeGreaterThanOrEqual(0.8);
    expect(range.to).toBeLessThanOrEqual(0.95);
    db.close();
  }, 30_000);

  it('predicts the reviews a learner makes through the app\'s own scheduler within 4 %, at 0.80, 0.90 and 0.95', () => {
    // A learner whose memory the scheduler is fitted to, rating Good when they recall and Again when not
    // (bench:week prints the same over three seeds: −0.8 %, +0.2 %, −0.1 %).
    for (const [retention, margin] of [[0.8, 0.04], [0.9, 0.04], [0.95, 0.04]] as const) {
      const { ratings } = simulatedStudy({ memory: FORGETFUL_MEMORY, retention, sentences: 1e6, newPerDay: 20, days: 120, seed: 1, rules: null });
      const actual = ratings.reduce((a, b) => a + b, 0) / ratings.length;
      const predicted = simulate({ ...base, w: FORGETFUL_MEMORY, newCards: 1e6, newPerDay: 20, days: 120, shares: { first: [0, 0, 1, 0], recalled: [0, 1, 0] } }, retention).reviewsPerDay;
      expect(Math.abs(predicted / actual - 1), `at ${retention}: ${predicted} against ${actual}`).toBeLessThan(margin);
    }
  });

  it('rates as the learner does: their own shares once they have 50 ratings of a kind, FSRS\'s defaults before', () => {
    expect(ratingShares([0, 0, 60, 40], [10, 80, 10])).toEqual({ first: [0, 0, 0.6, 0.4], recalled: [0.1, 0.8, 0.1] });
    expect(ratingShares([0, 0, 10, 5], [1, 2, 3])).toEqual(DEFAULT_SHARES);
  });

  it(`simulates a sample of ${SAMPLE_CARDS.toLocaleString('en')} cards of a larger collection, with the same figures within 3 %`, () => {
    const random = seededRandom(9);
    const card = () => {
      const stability = 1 + random() * 60;
      const last = -Math.floor(random() * stability);
      return { stability, difficulty: 1 + random() * 9, last, due: last + Math.round(stability) };
    };
    const cards = Array.from({ length: 60_000 }, card);
    const input = { ...base, cards, newCards: 40_000, newPerDay: 40, reviewsPerDay: 4000, days: 90 };
    const whole = simulate(input, 0.9);
    // A quarter of the same collection, below the sample's size, simulated card by card and scaled by hand.
    const quarter = simulate({ ...input, cards: cards.slice(0, 15_000), newCards: 10_000, newPerDay: 10, reviewsPerDay: 1000 }, 0.9);
    expect(Math.abs(whole.reviewsPerDay / (quarter.reviewsPerDay * 4) - 1)).toBeLessThan(0.03);
    expect(Math.abs(whole.remembered - quarter.remembered)).toBeLessThan(0.01);
    expect(Math.abs(whole.studied / (quarter.studied * 4) - 1)).toBeLessThan(0.03);
  });
});
