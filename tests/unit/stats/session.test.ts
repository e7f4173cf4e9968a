import { describe, expect, it } from 'vitest';
import { sessionSummary } from '../../../src/stats/session.ts';

const entry = (cardId: string, grade: 1 | 2 | 3 | 4, durationMs: number) => ({ cardId, grade, durationMs });

describe('session summary', () => {
  it('counts a card rated twice once, its ratings twice, and Again as not correct', () => {
    const s = sessionSummary([entry('a', 1, 20_000), entry('b', 3, 15_000), entry('a', 3, 10_000), entry('c', 2, 30_000)]);
    expect(s).toEqual({ cards: 3, reviews: 4, minutes: 2, correctShare: 0.75 });
  });

  it('rounds time up to whole minutes: 40 seconds of study is one minute, exactly two minutes stays two', () => {
    expect(sessionSummary([entry('a', 3, 40_000)]).minutes).toBe(1);
    expect(sessionSummary([entry('a', 3, 60_000), entry('b', 3, 60_000)]).minutes).toBe(2);
  });

  it('has no correct share before the first rating', () => {
    expect(sessionSummary([])).toEqual({ cards: 0, reviews: 0, minutes: 0, correctShare: null });
  });
});
