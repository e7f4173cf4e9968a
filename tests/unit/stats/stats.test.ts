import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { applyReview, emptyDay, type DaySummary, type ReviewFacts } from '../../../src/stats/day-summary.ts';
import { fromLegacy, type LegacyReviewEntry } from '../../../src/history/legacy.ts';
import { streak } from '../../../src/stats/streak.ts';
import { retention } from '../../../src/stats/retention.ts';
import { reviewsPerDay, todayStats } from '../../../src/stats/today.ts';

const newCard = { stateBefore: State.New, matureBefore: false } as const;
const young = { stateBefore: State.Review, matureBefore: false } as const;
const mature = { stateBefore: State.Review, matureBefore: true } as const;
const learning = { stateBefore: State.Learning, matureBefore: false } as const;
type Before = typeof newCard | typeof young | typeof mature | typeof learning;

function day(d: string, reviews: [1 | 2 | 3 | 4, Before, number][]): DaySummary {
  return reviews.reduce((s, [grade, before, durationMs]) => applyReview(s, { grade, ...before, durationMs }), emptyDay('news', d));
}

describe('day summaries', () => {
  it('count reviews, Again, new cards, time, and young/mature pass and fail', () => {
    const s = day('2026-03-10', [[3, newCard, 8000], [1, learning, 4000], [1, young, 5000], [3, young, 3000], [4, mature, 2000], [1, mature, 6000]]);
    expect(s).toEqual({
      deckId: 'news', day: '2026-03-10', reviews: 6, again: 3, introduced: 1, durationMs: 28_000,
      young: { pass: 1, fail: 1 }, mature: { pass: 1, fail: 1 },
    });
  });

  it('take an undone review back out exactly', () => {
    const once = day('2026-03-10', [[3, young, 3000]]);
    const undone = applyReview(once, { grade: 3, ...young, durationMs: 3000 }, -1);
    expect(undone).toEqual(emptyDay('news', '2026-03-10'));
  });

  it('count a card with a 21-day interval as mature', () => {
    const reviewed = (scheduledDays: number) => fromLegacy({ before: { state: State.Review, scheduledDays }, grade: 3 } as LegacyReviewEntry) as ReviewFacts;
    expect(applyReview(emptyDay('news', '2026-03-10'), reviewed(21)).mature.pass).toBe(1);
    expect(applyReview(emptyDay('news', '2026-03-10'), reviewed(20)).young.pass).toBe(1);
  });
});

describe('streaks', () => {
  it('count days in a row up to today, and keep yesterday’s streak until today ends', () => {
    const days = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08'];
    expect(streak(days, '2026-03-08')).toEqual({ current: 4, longest: 4 });
    expect(streak(days, '2026-03-09')).toEqual({ current: 4, longest: 4 });
    expect(streak(days, '2026-03-10')).toEqual({ current: 0, longest: 4 });
    expect(streak(['2026-02-27', '2026-02-28', '2026-03-01'], '2026-03-01')).toEqual({ current: 3, longest: 3 });
    expect(streak([], '2026-03-01')).toEqual({ current: 0, longest: 0 });
  });
});

describe('true retention', () => {
  const summaries = [
    day('2026-03-10', [[3, young, 1], [3, young, 1], [1, young, 1], [3, mature, 1]]),
    day('2026-03-03', [[1, mature, 1], [3, mature, 1], [3, mature, 1], [3, mature, 1]]),
    day('2026-01-01', [[1, young, 1]]),
  ];

  it('over 7, 30 and 365 days, young and mature apart', () => {
    const week = retention(summaries, '2026-03-10', 7);
    expect(week.young).toBeCloseTo(2 / 3);
    expect(week.mature).toBe(1);
    expect(week.counts).toEqual({ young: 3, mature: 1 });
    // The 7-day window is the 4th to the 10th: the 3rd is out, the 4th would be in.
    expect(retention([...summaries, { ...summaries[1]!, day: '2026-03-04' }], '2026-03-10', 7).counts.mature).toBe(5);
    const month = retention(summaries, '2026-03-10', 30);
    expect(month.mature).toBeCloseTo(4 / 5);
    expect(month.all).toBeCloseTo(6 / 8);
    const year = retention(summaries, '2026-03-10', 365);
    expect(year.young).toBeCloseTo(2 / 4);
  });

  it('is null, not 0 or 100 %, with no reviews', () => {
    expect(retention([], '2026-03-10', 7)).toEqual({ young: null, mature: null, all: null, counts: { young: 0, mature: 0 } });
  });
});

describe('today and the heatmap', () => {
  it('sum today across decks', () => {
    const a = day('2026-03-10', [[3, newCard, 90_000], [1, young, 30_000]]);
    const b = { ...day('2026-03-10', [[4, mature, 60_000]]), deckId: 'other' };
    expect(todayStats([a, b, day('2026-03-09', [[3, young, 1]])], '2026-03-10')).toEqual({ reviews: 3, newLearned: 1, minutes: 3, againShare: 1 / 3 });
    expect(todayStats([], '2026-03-10').againShare).toBeNull();
  });

  it('lists reviews per day with the empty days, oldest first', () => {
    const s = [day('2026-03-10', [[3, young, 1], [3, young, 1]]), day('2026-03-08', [[3, young, 1]])];
    expect(reviewsPerDay(s, '2026-03-10', 4)).toEqual([
      { day: '2026-03-07', reviews: 0 }, { day: '2026-03-08', reviews: 1 }, { day: '2026-03-09', reviews: 0 }, { day: '2026-03-10', reviews: 2 },
    ]);
  });
});
