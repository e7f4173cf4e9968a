import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { chooseInterval, LONG_INTERVAL, type DayRange } from '../../../src/schedule/balance.ts';
import { NORMAL_WEEK, type EasyDay, type WeekRules } from '../../../src/schedule/week.ts';
import { closedDay, weekdayOf } from '../../../src/schedule/closed-days.ts';
import { addDays, dayNumber } from '../../../src/schedule/study-day.ts';

// 2026-12-06 is a Sunday.
const SUNDAY = dayNumber('2026-12-06');
const BALANCED: WeekRules = { loadBalance: true, easyDays: NORMAL_WEEK, studyBreak: null };
const loads = (byOffset: Record<number, number>, today = SUNDAY) => (day: number) => byOffset[day - today] ?? 0;
const range = (interval: number, min: number, max: number, fuzzed = interval): DayRange => ({ interval, min, max, fuzzed });

describe('the learner\'s week', () => {
  it('counts weekdays from Sunday, as Date does', () => {
    expect(weekdayOf(SUNDAY)).toBe(0);
    expect(weekdayOf(dayNumber('2026-12-12'))).toBe(6);
    expect(weekdayOf(dayNumber('1969-12-28'))).toBe(0);
    for (let d = -400; d < 400; d += 37) expect(weekdayOf(d)).toBe(new Date(d * 86_400_000).getUTCDay());
  });
});

describe('choosing the day a card comes back', () => {
  it('picks the least-loaded day of the range', () => {
    const facts = { today: SUNDAY, load: loads({ 5: 9, 6: 4, 7: 8 }), siblingDays: new Set<number>() };
    expect(chooseInterval(range(6, 5, 7), facts, BALANCED)).toBe(6);
    const facts2 = { ...facts, load: loads({ 5: 3, 6: 4, 7: 8 }) };
    expect(chooseInterval(range(6, 5, 7), facts2, BALANCED)).toBe(5);
  });

  it('breaks ties towards FSRS\'s own interval, then the earlier day', () => {
    const empty = { today: SUNDAY, load: () => 0, siblingDays: new Set<number>() };
    expect(chooseInterval(range(6, 5, 7), empty, BALANCED)).toBe(6);
    const facts = { today: SUNDAY, load: loads({ 5: 1, 6: 2, 7: 1 }), siblingDays: new Set<number>() };
    expect(chooseInterval(range(6, 5, 7), facts, BALANCED)).toBe(5);
  });

  it('never puts a card on a day of its sentence\'s other cards when another day is allowed', () => {
    const facts = { today: SUNDAY, load: loads({ 5: 9, 6: 0, 7: 9 }), siblingDays: new Set([SUNDAY + 6]) };
    expect(chooseInterval(range(6, 5, 7), facts, BALANCED)).not.toBe(6);
    // Every day has a sibling: the least loaded all the same.
    const all = { ...facts, siblingDays: new Set([SUNDAY + 5, SUNDAY + 6, SUNDAY + 7]) };
    expect(chooseInterval(range(6, 5, 7), all, BALANCED)).toBe(6);
  });

  it('sends fewer cards to a day of less study: it counts double', () => {
    const rules: WeekRules = { ...BALANCED, easyDays: ['less', 'normal', 'normal', 'normal', 'normal', 'normal', 'normal'] };
    // Offset 7 is the next Sunday.
    const facts = { today: SUNDAY, load: loads({ 6: 4, 7: 3, 8: 4 }), siblingDays: new Set<number>() };
    expect(chooseInterval(range(7, 6, 8), facts, BALANCED)).toBe(7);
    expect(chooseInterval(range(7, 6, 8), facts, rules)).toBe(6);
    const quiet = { ...facts, load: loads({ 6: 4, 7: 1, 8: 4 }) };
    expect(chooseInterval(range(7, 6, 8), quiet, rules)).toBe(7);
  });

  it('never sends a card to a weekday of no study, even an empty one, balancing or not', () => {
    const rules: WeekRules = { ...BALANCED, easyDays: ['none', 'normal', 'normal', 'normal', 'normal', 'normal', 'normal'] };
    const facts = { today: SUNDAY, load: loads({ 6: 50, 7: 0, 8: 50 }), siblingDays: new Set<number>() };
    expect(chooseInterval(range(7, 6, 8), facts, rules)).not.toBe(7);
    expect(chooseInterval(range(7, 6, 8, 7), facts, { ...rules, loadBalance: false })).toBe(6);
    // A range of nothing but closed days: the nearest open one, earlier first.
    const weekend: WeekRules = { ...BALANCED, easyDays: ['none', 'normal', 'normal', 'normal', 'normal', 'normal', 'none'] };
    expect(chooseInterval(range(7, 6, 7), facts, weekend)).toBe(8);
    expect(chooseInterval(range(6, 6, 7), facts, weekend)).toBe(5);
  });

  it('moves no card into a break: before it when that is nearer, else after', () => {
    const rules: WeekRules = { ...BALANCED, studyBreak: { from: addDays('2026-12-06', 10), to: addDays('2026-12-06', 20) } };
    const facts = { today: SUNDAY, load: () => 0, siblingDays: new Set<number>() };
    expect(chooseInterval(range(12, 11, 13), facts, rules)).toBe(9);
    expect(chooseInterval(range(19, 17, 21), facts, rules)).toBe(21);
    // Long intervals keep FSRS's day, but not in a break.
    expect(chooseInterval(range(200, 190, 210, 15), facts, rules)).toBe(9);
  });

  it(`leaves intervals over ${LONG_INTERVAL} days to FSRS`, () => {
    const facts = { today: SUNDAY, load: loads({ 95: 100 }), siblingDays: new Set([SUNDAY + 95]) };
    expect(chooseInterval(range(95, 90, 100, 95), facts, BALANCED)).toBe(95);
    expect(chooseInterval(range(90, 86, 94, 90), { ...facts, load: loads({ 90: 100 }) }, BALANCED)).not.toBe(90);
  });

  it('holds to every rule over random loads, siblings and weeks', () => {
    const level = fc.constantFrom<EasyDay>('normal', 'less', 'none');
    fc.assert(fc.property(
      fc.integer({ min: 3, max: 120 }), fc.array(fc.nat({ max: 40 }), { minLength: 200, maxLength: 200 }),
      fc.array(level, { minLength: 7, maxLength: 7 }), fc.option(fc.tuple(fc.integer({ min: 1, max: 150 }), fc.integer({ min: 0, max: 30 }))),
      fc.array(fc.integer({ min: 1, max: 150 }), { maxLength: 3 }), fc.boolean(),
      (interval, load, easyDays, brk, siblings, loadBalance) => {
        const delta = Math.max(1, Math.round(interval * 0.06));
        const r = range(interval, Math.max(2, interval - delta), interval + delta, interval);
        const rules: WeekRules = { loadBalance, easyDays, studyBreak: brk ? { from: addDays('2026-12-06', brk[0]), to: addDays('2026-12-06', brk[0] + brk[1]) } : null };
        const facts = { today: SUNDAY, load: (day: number) => load[day - SUNDAY] ?? 0, siblingDays: new Set(siblings.map((k) => SUNDAY + k)) };
        const k = chooseInterval(r, facts, rules);
        const open = (d: number) => !closedDay(rules, SUNDAY + d, SUNDAY);
        const anyOpen = Array.from({ length: 500 }, (_, i) => i + 1).some(open);
        expect(k).toBeGreaterThanOrEqual(1);
        if (anyOpen) expect(open(k)).toBe(true);
        if (!loadBalance || interval > LONG_INTERVAL) {
          if (open(interval)) expect(k).toBe(interval);
          return;
        }
        const allowed = [];
        for (let d = r.min; d <= r.max; d++) if (open(d)) allowed.push(d);
        if (allowed.length === 0) return;
        expect(allowed).toContain(k);
        const apart = allowed.filter((d) => !facts.siblingDays.has(SUNDAY + d));
        if (apart.length > 0) expect(apart).toContain(k);
        const cost = (d: number) => (facts.load(SUNDAY + d) + 1) * (easyDays[weekdayOf(SUNDAY + d)] === 'less' ? 2 : 1);
        expect(cost(k)).toBe(Math.min(...(apart.length > 0 ? apart : allowed).map(cost)));
      },
    ), { numRuns: 2000 });
  });
});
