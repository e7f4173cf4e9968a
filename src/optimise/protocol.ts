// What the page and the worker of the whole-history jobs say to each other.
// The worker reads the log itself (a year's log never crosses to the page).
// A fit answers with progress and one outcome; it writes nothing, so stopping
// it at any moment (cancel) leaves everything as it was. A memory rebuild
// (after new parameters) writes cards in chunks, each whole.
import type { OptimiseOutcome, OptimiseStage } from './optimise.ts';
import type { NewOrder } from '../schedule/new-order.ts';
import type { StudyDay } from '../schedule/study-day.ts';

export interface OptimiseRequest {
  type: 'run';
  /** The parameters in use (null: FSRS's defaults) and the retention the workload is figured at. */
  current: number[] | null;
  desiredRetention: number;
  maximumInterval: number;
  at: number;
}

export type OptimiserStage = 'loading' | 'reading' | OptimiseStage;

/** Every studied card's memory in line with the parameters now in use (storage/rememory.ts). */
export interface RememoryRequest {
  type: 'rememory';
  day: StudyDay;
  newOrder: NewOrder;
}

export type RememoryReply = { type: 'rememory-progress'; done: number; total: number } | { type: 'rememory-done'; cards: number } | { type: 'rememory-failed' };

export type OptimiseReply =
  | { type: 'progress'; stage: OptimiserStage; done: number; total: number }
  | { type: 'done'; outcome: OptimiseOutcome }
  /** 'offline': the optimiser's code is not on the device and there is no network; 'failed': anything else. */
  | { type: 'failed'; problem: 'offline' | 'failed' };
