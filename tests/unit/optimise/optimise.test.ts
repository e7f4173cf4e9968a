// A whole fit, with the optimiser the app runs: on the log of a synthetic
// learner whose memory is known, the fitted parameters predict the held-out
// later reviews better than FSRS's defaults, and are what gets offered.
import { beforeAll, describe, expect, it } from 'vitest';
import { default_w } from 'ts-fsrs';
import { optimise, type Optimiser } from '../../../src/optimise/optimise.ts';
import { optimiserInput } from '../../../src/optimise/history.ts';
import { dailyWorkload } from '../../../src/optimise/workload.ts';
import { fitIsBetter } from '../../../src/optimise/fit-record.ts';
import { ENOUGH } from '../../../src/optimise/enough.ts';
import { FORGETFUL_MEMORY, reviewsOf, syntheticBackup } from '../../../scripts/fixtures/synthetic-backup.ts';
import { wasmOptimiser } from './wasm-optimiser.ts';


const NOW = Date.parse('2026-06-01T05:00:00Z');
let optimiser: Optimiser;
beforeAll(async () => {
  optimiser = await wasmOptimiser();
});

describe('fitting the schedule to a learner', () => {
  it('fits parameters that predict the later reviews better than the defaults, with the workload of each', () => {
    const log = reviewsOf(syntheticBackup({ pairs: 400, reviews: 6000, days: 180, memory: FORGETFUL_MEMORY }, 'news', NOW));
    const stages: string[] = [];
    const outcome = optimise(log, { current: null, desiredRetention: 0.9, maximumInterval: 36500, at: NOW }, optimiser, (stage) => stages.push(stage));
    expect(outcome.type).toBe('fitted');
    if (outcome.type !== 'fitted') return;
    const { w, fit } = outcome;
    expect(stages).toEqual(['fitting', 'evaluating']);
    expect(w).toHaveLength(default_w.length);
    expect(fit).toMatchObject({ at: NOW, reviews: 6000 });
    expect(fit.heldOut).toBeGreaterThan(500);
    expect(fit.after.logLoss).toBeLessThan(fit.before.logLoss);
    expect(fit.after.rmse).toBeLessThan(fit.before.rmse);
    expect(fitIsBetter(fit)).toBe(true);
    // This learner forgets faster: their own parameters ask for more reviews to keep 90 %.
    expect(fit.workload.after).toBeGreaterThan(fit.workload.before);
    // The fit learned that first memories are short (the truth's initial stability for Good is 0.6 days, the default's 2.3).
    expect(w[2]!).toBeLessThan(default_w[2]!);
  });

  it('judges the parameters in use, not the defaults, once the learner has their own', () => {
    const log = reviewsOf(syntheticBackup({ pairs: 300, reviews: 3000, days: 120, memory: FORGETFUL_MEMORY }, 'news', NOW));
    const options = { desiredRetention: 0.9, maximumInterval: 36500, at: NOW };
    const fromDefaults = optimise(log, { ...options, current: null }, optimiser);
    // The truth itself in use: no fit can predict better than the memory that drew the ratings, by much.
    const fromTruth = optimise(log, { ...options, current: FORGETFUL_MEMORY }, () => [...default_w]);
    if (fromDefaults.type !== 'fitted' || fromTruth.type !== 'fitted') throw new Error('not fitted');
    expect(fromTruth.fit.before.logLoss).toBeLessThan(fromDefaults.fit.before.logLoss);
    // Offering the defaults against the truth in use: not better, nothing offered.
    expect(fitIsBetter(fromTruth.fit)).toBe(false);
  });

  it('does not fit on too little history, and says what is missing', () => {
    const log = reviewsOf(syntheticBackup({ pairs: 20, reviews: 200, days: 10 }, 'news', NOW));
    const outcome = optimise(log, { current: null, desiredRetention: 0.9, maximumInterval: 36500, at: NOW }, () => { throw new Error('must not run'); });
    expect(outcome.type).toBe('not-enough');
    if (outcome.type !== 'not-enough') return;
    expect(outcome.missing.reviews).toBe(ENOUGH.reviews - 200);
    expect(outcome.missing.days).toBe(ENOUGH.days - outcome.have.days);
    expect(outcome.have.days).toBeLessThanOrEqual(11);
  });
});

describe('the optimiser input and the workload', () => {
  it('lays items end to end with their lengths, as fsrs-rs reads them', () => {
    const items = [
      { reviews: [{ rating: 3 as const, deltaT: 0 }, { rating: 1 as const, deltaT: 2 }], at: 1 },
      { reviews: [{ rating: 4 as const, deltaT: 0 }, { rating: 3 as const, deltaT: 5 }, { rating: 3 as const, deltaT: 9 }], at: 2 },
    ];
    const input = optimiserInput(items);
    expect([...input.ratings]).toEqual([3, 1, 4, 3, 3]);
    expect([...input.deltaTs]).toEqual([0, 2, 0, 5, 9]);
    expect([...input.lengths]).toEqual([2, 3]);
  });

  it('counts a card reviewed every I days as 1/I reviews a day', () => {
    // One Good on first sight: the interval is the initial stability for Good at 90 % (2.3 days by default → 2).
    const one = [{ reviews: [{ rating: 3 as const, deltaT: 0 }], at: [0] }];
    const perDay = dailyWorkload(one, default_w, { desiredRetention: 0.9, maximumInterval: 36500 });
    expect(perDay).toBeCloseTo(1 / Math.round(default_w[2]!), 10);
    // Asking for more retention means shorter intervals, more reviews.
    expect(dailyWorkload(one, default_w, { desiredRetention: 0.97, maximumInterval: 36500 })).toBeGreaterThan(perDay);
  });
});
