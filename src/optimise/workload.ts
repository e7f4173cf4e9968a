// The daily workload a set of parameters implies, for comparing two sets
// before the learner chooses: each studied card's memory after its history
// (as these parameters model it) gives the interval FSRS would set at the
// chosen retention, and a card reviewed every I days costs 1/I reviews a day.
// A steady-state estimate for the cards studied so far (no new cards, no
// growth of intervals), so it compares parameter sets; it does not forecast
// a calendar. Pure.
import { FSRSAlgorithm, generatorParameters, type FSRSState } from 'ts-fsrs';
import type { History } from './evaluate.ts';

export interface WorkloadOptions {
  desiredRetention: number;
  maximumInterval: number;
}

/** Reviews a day, about, to keep the studied cards at the desired retention. */
export function dailyWorkload(histories: readonly History[], w: readonly number[], { desiredRetention, maximumInterval }: WorkloadOptions): number {
  const model = new FSRSAlgorithm(generatorParameters({ w: [...w], enable_short_term: true, request_retention: desiredRetention, maximum_interval: maximumInterval }));
  let perDay = 0;
  for (const { reviews } of histories) {
    let state: FSRSState | null = null;
    for (const review of reviews) state = model.next_state(state, review.deltaT, review.rating);
    if (state) perDay += 1 / model.next_interval(state.stability, 0);
  }
  return perDay;
}
