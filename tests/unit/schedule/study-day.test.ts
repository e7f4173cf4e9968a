import { describe, expect, it } from 'vitest';
import { addDays, nextDayStart, studyDayOf } from '../../../src/schedule/study-day.ts';

const VIENTIANE = { dayStartHour: 4, timeZone: 'Asia/Vientiane' }; // UTC+7, no DST

describe('the study day', () => {
  it('starts at 04:00 local time, not at midnight and not at UTC midnight', () => {
    // 2026-03-10 03:59 in Vientiane is 2026-03-09 20:59 UTC.
    expect(studyDayOf(new Date('2026-03-09T20:59:00Z'), VIENTIANE)).toBe('2026-03-09');
    expect(studyDayOf(new Date('2026-03-09T21:00:00Z'), VIENTIANE)).toBe('2026-03-10');
    // 06:59 local: ts-fsrs's UTC day would still say the 9th; ours says the 10th.
    expect(studyDayOf(new Date('2026-03-09T23:59:00Z'), VIENTIANE)).toBe('2026-03-10');
  });

  it('follows the configured hour', () => {
    const at = new Date('2026-03-09T17:30:00Z'); // 00:30 local on the 10th
    expect(studyDayOf(at, { dayStartHour: 0, timeZone: 'Asia/Vientiane' })).toBe('2026-03-10');
    expect(studyDayOf(at, { dayStartHour: 4, timeZone: 'Asia/Vientiane' })).toBe('2026-03-09');
  });

  it('finds when the next study day starts', () => {
    expect(nextDayStart(new Date('2026-03-10T05:00:00Z'), VIENTIANE).toISOString()).toBe('2026-03-10T21:00:00.000Z');
    expect(nextDayStart(new Date('2026-03-09T20:59:00Z'), VIENTIANE).toISOString()).toBe('2026-03-09T21:00:00.000Z');
  });

  it('stays right across a daylight-saving change', () => {
    // New York springs forward on 2026-03-08 at 02:00; the day that follows starts at 04:00 EDT = 08:00 UTC.
    const ny = { dayStartHour: 4, timeZone: 'America/New_York' };
    expect(nextDayStart(new Date('2026-03-08T06:00:00Z'), ny).toISOString()).toBe('2026-03-08T08:00:00.000Z');
    expect(studyDayOf(new Date('2026-03-08T07:59:00Z'), ny)).toBe('2026-03-07');
  });

  it('gives the same day for the same moment whichever zone computes it, when the local dates agree', () => {
    // A learner who flies from Vientiane to Hanoi (same offset) or Bangkok keeps their day.
    const at = new Date('2026-03-10T05:00:00Z');
    expect(studyDayOf(at, { dayStartHour: 4, timeZone: 'Asia/Bangkok' })).toBe(studyDayOf(at, VIENTIANE));
  });

  it('adds days across months and leap years', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});

describe('the start of a given study day', () => {
  it('is its start hour in the zone', async () => {
    const { dayStartInstant } = await import('../../../src/schedule/study-day.ts');
    expect(dayStartInstant('2026-03-10', VIENTIANE).toISOString()).toBe('2026-03-09T21:00:00.000Z');
    expect(dayStartInstant('2026-03-08', { dayStartHour: 4, timeZone: 'America/New_York' }).toISOString()).toBe('2026-03-08T08:00:00.000Z');
    expect(dayStartInstant('2026-03-10', { dayStartHour: 4, timeZone: 'Pacific/Kiritimati' }).toISOString()).toBe('2026-03-09T14:00:00.000Z');
  });

  it("reads the device's own zone from the clock as the zone named would give it, across daylight-saving changes", () => {
    // No zone named: Date's local getters, not Intl (whose first use is a long task on a first visit).
    const saved = process.env.TZ;
    try {
      for (const zone of ['America/New_York', 'Australia/Lord_Howe', 'Asia/Vientiane']) {
        process.env.TZ = zone; // Node re-reads it for Date
        for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 3 * 3_600_000 + 7 * 60_000) {
          const at = new Date(t);
          expect(studyDayOf(at, { dayStartHour: 4 }), `${zone} ${at.toISOString()}`).toBe(studyDayOf(at, { dayStartHour: 4, timeZone: zone }));
        }
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
