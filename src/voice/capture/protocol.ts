// What the page asks the voice worker, and its answer.
import type { Attempt } from '../attempt.ts';
import type { Dialect } from '../tones.ts';

export interface VoiceRequest {
  id: number;
  samples: Float32Array;
  sampleRate: number;
  /** What the learner was asked to say. */
  text: string;
  dialect: Dialect;
  /** The learner's level voice (Hz), when calibrated. */
  reference?: number;
}

export type VoiceReply = { id: number; attempt: Attempt; ms: number } | { id: number; failed: string };
