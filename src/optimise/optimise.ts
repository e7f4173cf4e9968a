// One fit, from the review log to a result the learner can judge: the
// earlier 80 % of the reviews are what the optimiser learns from, the later
// 20 % are held out, and both the parameters in use and the fitted ones are
// scored on those (a fit scored on what it learned from would flatter
// itself). What is offered is exactly what was scored. The optimiser is
// passed in (fsrs-rs as WebAssembly in the worker, the same in unit tests);
// the rest is pure.
import { default_w } from 'ts-fsrs';
import { evaluate, heldOutFrom } from './evaluate.ts';
import { historySize, isEnough, type HistorySize } from './enough.ts';
import { cardHistories, fsrsItems, optimiserInput, type FitEntry, type OptimiserInput } from './history.ts';
import { dailyWorkload, type WorkloadOptions } from './workload.ts';
import type { FitRecord } from './fit-record.ts';

export type Optimiser = (input: OptimiserInput) => number[];

export type OptimiseStage = 'fitting' | 'evaluating';

export type OptimiseOutcome =
  | { type: 'not-enough'; have: HistorySize; missing: HistorySize }
  | { type: 'fitted'; w: number[]; fit: FitRecord };

export interface OptimiseOptions extends WorkloadOptions {
  /** The parameters in use (null: FSRS's defaults). */
  current: readonly number[] | null;
  at: number;
}

export function optimise(log: readonly FitEntry[], options: OptimiseOptions, optimiser: Optimiser, onStage: (stage: OptimiseStage, items: number) => void = () => {}): OptimiseOutcome {
  const { have, missing } = historySize(log);
  if (!isEnough(missing)) return { type: 'not-enough', have, missing };
  const histories = cardHistories(log);
  const from = heldOutFrom(histories);
  const training = fsrsItems(log.filter((e) => e.at < from));
  onStage('fitting', training.length);
  const w = optimiser(optimiserInput(training));
  onStage('evaluating', training.length);
  const current = options.current ?? default_w;
  const before = evaluate(histories, current, from);
  const after = evaluate(histories, w, from);
  return {
    type: 'fitted',
    w,
    fit: {
      at: options.at, reviews: log.length, trained: training.length, heldOut: after.count,
      before: { logLoss: before.logLoss, rmse: before.rmse },
      after: { logLoss: after.logLoss, rmse: after.rmse },
      workload: { before: dailyWorkload(histories, current, options), after: dailyWorkload(histories, w, options) },
    },
  };
}
