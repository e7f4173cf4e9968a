// What the page and the worker of the whole-history jobs (optimise/optimise.worker.ts)
// say of a workload simulation: one request, a progress message per retention
// simulated, one answer. It only reads, so ending it at any moment leaves
// everything as it was.
import type { StudySettings } from '../schedule/settings.ts';
import type { StudyDay } from '../schedule/study-day.ts';
import type { SimPoint } from './simulate.ts';

export interface WorkloadRequest {
  type: 'workload';
  today: StudyDay;
  settings: StudySettings;
  days: number;
  retentions: number[];
}

export type WorkloadReply =
  | { type: 'workload-progress'; done: number; total: number }
  | { type: 'workload-done'; points: SimPoint[]; cards: number }
  | { type: 'workload-failed' };
