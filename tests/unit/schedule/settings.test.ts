import { describe, expect, it } from 'vitest';
import { default_w, State } from 'ts-fsrs';
import { DEFAULT_SETTINGS, sanitiseSettings } from '../../../src/schedule/settings.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import { withFit, withPrevious } from '../../../src/optimise/apply.ts';
import { sanitiseFit, type FitRecord } from '../../../src/optimise/fit-record.ts';

describe('settings', () => {
  it('fills in defaults for missing settings', () => {
    expect(sanitiseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(sanitiseSettings({ newPerDay: 5 })).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 5 });
  });

  it('replaces values out of range or not numbers, so scheduling never breaks', () => {
    const s = sanitiseSettings({ desiredRetention: 1.2, dayStartHour: 24, newPerDay: Number.NaN, reviewsPerDay: -1, maximumInterval: 100 });
    expect(s).toMatchObject({ desiredRetention: 0.9, dayStartHour: 4, newPerDay: 10, reviewsPerDay: 200, maximumInterval: 100 });
  });

  it('keeps the learner\'s own FSRS parameters only when they are a whole, finite set, held within FSRS\'s bounds', () => {
    const own = [...default_w];
    own[0] = 0.1;
    expect(sanitiseSettings({ fsrsParameters: own }).fsrsParameters).toEqual(own);
    expect(sanitiseSettings({ fsrsParameters: own.slice(0, 19) }).fsrsParameters).toBeNull();
    expect(sanitiseSettings({ fsrsParameters: own.map((x, i) => (i === 3 ? Number.NaN : x)) }).fsrsParameters).toBeNull();
    expect(sanitiseSettings({ fsrsParameters: 'w' as unknown as number[] }).fsrsParameters).toBeNull();
    // Out of bounds: held to them (an initial stability of a million days becomes FSRS's ceiling).
    expect(sanitiseSettings({ fsrsParameters: own.map((x, i) => (i === 2 ? 1e6 : x)) }).fsrsParameters![2]).toBeLessThan(1e6);
  });

  it('schedules with the learner\'s own parameters when there are some', () => {
    const card = { due: Date.UTC(2026, 2, 10), stability: 5, difficulty: 5, elapsedDays: 5, scheduledDays: 5, learningSteps: 0, reps: 5, lapses: 0, state: State.Review, lastReview: Date.UTC(2026, 2, 5) };
    const at = new Date(Date.UTC(2026, 2, 10));
    const slower = [...default_w];
    slower[8] = default_w[8]! / 3; // stability grows more slowly after a recall
    const base = { ...DEFAULT_SETTINGS, fuzz: false };
    const interval = (s: typeof base) => createScheduler(s).rate(card, at, 3).scheduledDays;
    expect(interval({ ...base, fsrsParameters: slower })).toBeLessThan(interval(base));
    expect(interval({ ...base, fsrsParameters: [...default_w] })).toBe(interval(base));
  });

  it('applies a fit keeping what it replaced, goes back to it, and keeps both through saving', () => {
    const fit = (at: number): FitRecord => ({ at, reviews: 900, trained: 500, heldOut: 150, before: { logLoss: 0.4, rmse: 0.2 }, after: { logLoss: 0.3, rmse: 0.1 }, workload: { before: 10, after: 12 } });
    const first = default_w.map((x, i) => (i === 0 ? 0.1 : x));
    const second = default_w.map((x, i) => (i === 0 ? 0.2 : x));
    const once = sanitiseSettings({ ...DEFAULT_SETTINGS, ...withFit(DEFAULT_SETTINGS, first, fit(1)) });
    expect(once).toMatchObject({ fsrsParameters: first, fsrsFit: fit(1), fsrsPrevious: { w: null, fit: null } });
    const twice = sanitiseSettings({ ...once, ...withFit(once, second, fit(2)) });
    expect(twice).toMatchObject({ fsrsParameters: second, fsrsFit: fit(2), fsrsPrevious: { w: first, fit: fit(1) } });
    // Going back brings the first fit and its evaluation; nothing further to go back to.
    expect(sanitiseSettings({ ...twice, ...withPrevious(twice) })).toMatchObject({ fsrsParameters: first, fsrsFit: fit(1), fsrsPrevious: null });
    expect(sanitiseSettings({ ...once, ...withPrevious(once) })).toMatchObject({ fsrsParameters: null, fsrsFit: null, fsrsPrevious: null });
    // A damaged record keeps the parameters, and is not shown (the screen checks it); an evaluation without parameters means nothing.
    const damaged = sanitiseSettings({ ...once, fsrsFit: { ...fit(1), before: { logLoss: 'x' } } as unknown as FitRecord });
    expect(damaged.fsrsParameters).toEqual(first);
    expect(sanitiseFit(damaged.fsrsFit)).toBeNull();
    expect(sanitiseFit(fit(1))).toEqual(fit(1));
    expect(sanitiseSettings({ fsrsFit: fit(1) }).fsrsFit).toBeNull();
  });

  it('keeps the learner\'s week only when it is whole: seven known levels with a day of study, a break of two real days in order, a time of day', () => {
    const week = ['none', 'less', 'normal', 'normal', 'normal', 'normal', 'less'];
    expect(sanitiseSettings({ easyDays: week } as never).easyDays).toEqual(week);
    expect(sanitiseSettings({ easyDays: week.slice(1) } as never).easyDays).toEqual(DEFAULT_SETTINGS.easyDays);
    expect(sanitiseSettings({ easyDays: Array(7).fill('none') } as never).easyDays).toEqual(DEFAULT_SETTINGS.easyDays);
    expect(sanitiseSettings({ easyDays: [...week.slice(1), 'sometimes'] } as never).easyDays).toEqual(DEFAULT_SETTINGS.easyDays);
    expect(sanitiseSettings({ studyBreak: { from: '2026-12-20', to: '2026-12-27' } }).studyBreak).toEqual({ from: '2026-12-20', to: '2026-12-27' });
    expect(sanitiseSettings({ studyBreak: { from: '2026-12-27', to: '2026-12-20' } }).studyBreak).toBeNull();
    expect(sanitiseSettings({ studyBreak: { from: '2026-02-30', to: '2026-03-02' } }).studyBreak).toBeNull();
    expect(sanitiseSettings({ studyBreak: 'soon' as never }).studyBreak).toBeNull();
    expect(sanitiseSettings({ reminderTime: '07:45' }).reminderTime).toBe('07:45');
    expect(sanitiseSettings({ reminderTime: '24:00' }).reminderTime).toBe(DEFAULT_SETTINGS.reminderTime);
    expect(sanitiseSettings({ loadBalance: 'yes' as never }).loadBalance).toBe(true);
  });
});
