import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planBreak, sideDays, type BreakCard } from '../../../src/schedule/study-break.ts';
import { NORMAL_WEEK, type WeekRules } from '../../../src/schedule/week.ts';
import { weekdayOf } from '../../../src/schedule/closed-days.ts';
import { addDays, dayNumber } from '../../../src/schedule/study-day.ts';

const TODAY = dayNumber('2026-12-06');
const rulesFor = (from: number, to: number, easyDays = NORMAL_WEEK): WeekRules => ({
  loadBalance: true, easyDays, studyBreak: { from: addDays('2026-12-06', from - TODAY), to: addDays('2026-12-06', to - TODAY) },
});
const card = (i: number, day: number, lastDay = TODAY - 10, pair = `p${i}`): BreakCard => ({ key: `c${i}`, pairKey: pair, day, lastDay });

describe('a break', () => {
  it('moves every card due in it out, to the nearer side, spread over the days there', () => {
    const from = TODAY + 10;
    const to = TODAY + 19;
    const cards = Array.from({ length: 40 }, (_, i) => card(i, from + (i % 10)));
    const plan = planBreak(cards, from, to, TODAY, () => 0, rulesFor(from, to));
    expect(plan.moves).toHaveLength(40);
    expect(plan.moves.every((m) => m.day < from || m.day > to)).toBe(true);
    // Due in the first half: before; in the second: after.
    for (const m of plan.moves) expect(m.day < from).toBe(cards.find((c) => c.key === m.key)!.day < from + 5);
    expect(plan.before).toBe(20);
    expect(plan.after).toBe(20);
    // Spread: five days each side, four cards a day.
    const perDay = new Map<number, number>();
    for (const m of plan.moves) perDay.set(m.day, (perDay.get(m.day) ?? 0) + 1);
    expect([...perDay.values()]).toEqual(Array(10).fill(4));
    expect(plan.busiestAfter).toEqual({ day: to + 1, cards: 4 });
  });

  it('never moves a card before its last review, nor to a weekday of no study', () => {
    const from = TODAY + 3;
    const to = TODAY + 6;
    const sundays: WeekRules = rulesFor(from, to, ['none', 'normal', 'normal', 'normal', 'normal', 'normal', 'normal']);
    const plan = planBreak([card(1, from, TODAY + 2), card(2, from, TODAY - 3)], from, to, TODAY, () => 0, sundays);
    expect(plan.moves.find((m) => m.key === 'c1')!.day).toBeGreaterThan(to);
    expect(plan.moves.find((m) => m.key === 'c2')!.day).toBeLessThan(from);
    expect(plan.moves.every((m) => weekdayOf(m.day) !== 0)).toBe(true);
  });

  it('holds over random breaks, loads and cards: nothing lost, nothing in the break, none too early', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 40 }),
      fc.array(fc.tuple(fc.nat({ max: 40 }), fc.integer({ min: -30, max: 40 }), fc.nat({ max: 8 })), { maxLength: 60 }),
      fc.array(fc.nat({ max: 30 }), { minLength: 120, maxLength: 120 }),
      (start, length, raw, load) => {
        const from = TODAY + start;
        const to = from + length;
        const cards = raw.map(([d, last, pair], i) => card(i, from + (d % (length + 1)), Math.min(TODAY + last, from + (d % (length + 1)) - 1), `p${pair}`));
        const plan = planBreak(cards, from, to, TODAY, (day) => load[day - TODAY] ?? 0, rulesFor(from, to));
        expect(plan.moves.map((m) => m.key).sort()).toEqual(cards.map((c) => c.key).sort());
        const w = sideDays(from, to);
        for (const m of plan.moves) {
          const c = cards.find((x) => x.key === m.key)!;
          expect(m.day < from || m.day > to).toBe(true);
          expect(m.day).toBeGreaterThan(c.lastDay);
          expect(m.day).toBeGreaterThanOrEqual(TODAY);
          expect(m.day).toBeLessThanOrEqual(to + w + 7);
        }
      },
    ), { numRuns: 500 });
  });
});
