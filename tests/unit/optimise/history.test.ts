// The review log as FSRS learns from it: study days apart, same-day reviews
// short-term, a reset starting the history again; and how well parameters
// predict a learner's later reviews.
import { describe, expect, it } from 'vitest';
import { default_w, FSRSAlgorithm, generatorParameters, State, type FSRSState } from 'ts-fsrs';
import { cardHistories, fsrsItems, type FitEntry } from '../../../src/optimise/history.ts';
import { evaluate, heldOutFrom } from '../../../src/optimise/evaluate.ts';
import { ENOUGH, historySize } from '../../../src/optimise/enough.ts';
import { addDays } from '../../../src/schedule/study-day.ts';
import { seededRandom } from '../../../scripts/fixtures/corpus.ts';
import { FORGETFUL_MEMORY } from '../../../scripts/fixtures/synthetic-backup.ts';

const HOUR = 3_600_000;
let n = 0;
const entry = (cardId: string, day: string, hour: number, grade: 1 | 2 | 3 | 4, state: State = State.Review): FitEntry =>
  ({ id: `e${n++}`, deckId: 'news', cardId, day, at: Date.parse(`${day}T00:00:00Z`) + hour * HOUR, grade, stateBefore: state as FitEntry['stateBefore'], durationMs: 1000 });

describe('the log as FSRS items', () => {
  it('counts study days between reviews, same-day reviews as 0, and starts again at a reset', () => {
    const log = [
      entry('a', '2026-03-10', 3, 3, State.New),
      entry('a', '2026-03-10', 4, 3, State.Learning), // same study day: short-term
      // 01:00 UTC on the 12th is still the study day of the 11th (recorded in the entry): 1 day, not 2.
      entry('a', '2026-03-11', 25, 1),
      entry('a', '2026-03-15', 3, 3),
      entry('b', '2026-03-10', 5, 4, State.New),
      entry('b', '2026-03-20', 5, 1),
      entry('b', '2026-03-25', 5, 3, State.New), // reset: the card was new again
      entry('b', '2026-03-27', 5, 3),
    ];
    const histories = cardHistories([...log].reverse());
    expect(histories.map((h) => h.reviews)).toEqual([
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 0 }, { rating: 1, deltaT: 1 }, { rating: 3, deltaT: 4 }],
      [{ rating: 3, deltaT: 0 }, { rating: 3, deltaT: 2 }],
    ]);
    // One item per long-term review, oldest first, each with the reviews before it.
    expect(fsrsItems(log).map((i) => i.reviews.length)).toEqual([3, 4, 2]);
  });

  it('says how much history is missing before fitting is worth it', () => {
    const log = Array.from({ length: 120 }, (_, i) => entry(`c${i % 40}`, addDays('2026-03-01', i % 10), 5, 3));
    expect(historySize(log)).toEqual({ have: { reviews: 120, days: 10, cards: 40 }, missing: { reviews: ENOUGH.reviews - 120, days: 20, cards: 10 } });
  });
});

describe('evaluating parameters', () => {
  it('predicts a review from the memory state of the reviews before it and the days since', () => {
    const model = new FSRSAlgorithm(generatorParameters({ w: [...default_w], enable_short_term: true }));
    const afterFirst = model.next_state(null, 0, 3);
    const p = model.forgetting_curve(3, afterFirst.stability);
    // Recalled three days after a first Good; then forgotten two days after that.
    const card = { reviews: [{ rating: 3 as const, deltaT: 0 }, { rating: 3 as const, deltaT: 3 }, { rating: 1 as const, deltaT: 2 }], at: [0, 1, 2] };
    const q = model.forgetting_curve(2, model.next_state(afterFirst, 3, 3).stability);
    const result = evaluate([card], default_w);
    expect(result.count).toBe(2);
    expect(result.logLoss).toBeCloseTo((-Math.log(p) - Math.log(1 - q)) / 2, 10);
    expect(result.rmse).toBeCloseTo(Math.sqrt(((1 - p) ** 2 + q ** 2) / 2), 10);
    // Only the held-out part: from the third review on.
    expect(evaluate([card], default_w, 2).count).toBe(1);
  });

  it('finds the parameters a synthetic learner really has better than the defaults, on the later reviews', () => {
    const truth = [...FORGETFUL_MEMORY];
    const model = new FSRSAlgorithm(generatorParameters({ w: truth, enable_short_term: true }));
    const random = seededRandom(3);
    const log: FitEntry[] = [];
    for (let card = 0; card < 300; card++) {
      let state: FSRSState | null = null;
      let day = addDays('2026-01-01', card % 30);
      for (let r = 0; r < 8; r++) {
        // Reviews after 1–12 days, whatever FSRS would schedule: outcomes drawn from the true memory.
        const gap = r === 0 ? 0 : 1 + Math.floor(random() * 12);
        day = addDays(day, gap);
        const recalled = !state || random() < model.forgetting_curve(gap, state.stability);
        const grade = recalled ? 3 : 1;
        log.push(entry(`c${card}`, day, 5, grade, r === 0 ? State.New : State.Review));
        state = model.next_state(state, gap, grade);
      }
    }
    const histories = cardHistories(log);
    const from = heldOutFrom(histories);
    const defaults = evaluate(histories, default_w, from);
    const real = evaluate(histories, truth, from);
    expect(real.count).toBe(defaults.count);
    expect(real.count).toBeGreaterThan(300);
    expect(real.logLoss).toBeLessThan(defaults.logLoss);
    expect(real.rmse).toBeLessThan(defaults.rmse);
  });
});
