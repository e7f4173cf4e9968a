// Applying a fit and going back: the three settings that hold the schedule's
// parameters change together. Only future intervals follow (the scheduler
// reads the parameters; no card's stored state is rewritten). Pure.
import type { StudySettings } from '../schedule/settings.ts';
import type { FitRecord } from './fit-record.ts';

export type ParameterSettings = Pick<StudySettings, 'fsrsParameters' | 'fsrsFit' | 'fsrsPrevious'>;

/** The fitted parameters in use, and what they replace kept to go back to. */
export function withFit(settings: ParameterSettings, w: number[], fit: FitRecord): ParameterSettings {
  return { fsrsParameters: [...w], fsrsFit: fit, fsrsPrevious: { w: settings.fsrsParameters, fit: settings.fsrsFit } };
}

/** The parameters the last fit replaced, back in use (nothing to go back to after that). */
export function withPrevious(settings: ParameterSettings): ParameterSettings {
  const previous = settings.fsrsPrevious;
  if (!previous) return settings;
  return { fsrsParameters: previous.w, fsrsFit: previous.fit, fsrsPrevious: null };
}
