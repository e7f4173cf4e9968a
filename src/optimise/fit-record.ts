// What the settings keep of a fit: when it was made, on how much history,
// and how well the parameters it replaced and the fitted ones predicted the
// learner's later reviews (so the settings screen and a backup can say why
// the parameters in use are what they are). Pure.
import type { Evaluation } from './evaluate.ts';

export type Scores = Pick<Evaluation, 'logLoss' | 'rmse'>;

export interface FitRecord {
  /** When the fit was made (ms). */
  at: number;
  /** Log entries read; items learned from (the earlier part); reviews predicted (the later part). */
  reviews: number;
  trained: number;
  heldOut: number;
  /** The parameters in use before the fit, and the fitted ones, on the held-out reviews. */
  before: Scores;
  after: Scores;
  /** Reviews a day, about, with each (optimise/workload.ts). */
  workload: { before: number; after: number };
}

/** What applying fitted parameters replaced: restored by "go back". */
export interface PreviousParameters {
  /** null: FSRS's defaults. */
  w: number[] | null;
  fit: FitRecord | null;
}

/** Fitted parameters are offered only when they predict the held-out reviews better (log loss, what FSRS is fitted by). */
export function fitIsBetter(fit: Pick<FitRecord, 'before' | 'after'>): boolean {
  return fit.after.logLoss < fit.before.logLoss;
}

const finite = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const scores = (s: unknown): s is Scores => !!s && finite((s as Scores).logLoss) && finite((s as Scores).rmse);

/** A fit record as saved, or null when any part of it is missing or not a number. */
export function sanitiseFit(fit: unknown): FitRecord | null {
  if (!fit || typeof fit !== 'object') return null;
  const f = fit as FitRecord;
  const ok = finite(f.at) && finite(f.reviews) && finite(f.trained) && finite(f.heldOut) && scores(f.before) && scores(f.after)
    && !!f.workload && finite(f.workload.before) && finite(f.workload.after);
  return ok ? { at: f.at, reviews: f.reviews, trained: f.trained, heldOut: f.heldOut, before: { ...f.before }, after: { ...f.after }, workload: { ...f.workload } } : null;
}
