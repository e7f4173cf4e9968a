// What the page and the optimiser worker say to each other. The worker reads
// the log itself (a year's log never crosses to the page) and answers with
// progress and one outcome; it writes nothing, so stopping it at any moment
// (cancel) leaves everything as it was.
import type { OptimiseOutcome, OptimiseStage } from './optimise.ts';

export interface OptimiseRequest {
  type: 'run';
  /** The parameters in use (null: FSRS's defaults) and the retention the workload is figured at. */
  current: number[] | null;
  desiredRetention: number;
  maximumInterval: number;
  at: number;
}

export type OptimiserStage = 'loading' | 'reading' | OptimiseStage;

export type OptimiseReply =
  | { type: 'progress'; stage: OptimiserStage; done: number; total: number }
  | { type: 'done'; outcome: OptimiseOutcome }
  /** 'offline': the optimiser's code is not on the device and there is no network; 'failed': anything else. */
  | { type: 'failed'; problem: 'offline' | 'failed' };
