import { describe, expect, it } from 'vitest';
import { default_w, State } from 'ts-fsrs';
import { DEFAULT_SETTINGS, sanitiseSettings } from '../../../src/schedule/settings.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';

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
});
