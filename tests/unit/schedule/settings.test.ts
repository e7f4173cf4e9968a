import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, sanitiseSettings } from '../../../src/schedule/settings.ts';

describe('settings', () => {
  it('fills in defaults for missing settings', () => {
    expect(sanitiseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(sanitiseSettings({ newPerDay: 5 })).toEqual({ ...DEFAULT_SETTINGS, newPerDay: 5 });
  });

  it('replaces values out of range or not numbers, so scheduling never breaks', () => {
    const s = sanitiseSettings({ desiredRetention: 1.2, dayStartHour: 24, newPerDay: Number.NaN, reviewsPerDay: -1, maximumInterval: 100 });
    expect(s).toMatchObject({ desiredRetention: 0.9, dayStartHour: 4, newPerDay: 10, reviewsPerDay: 200, maximumInterval: 100 });
  });
});
