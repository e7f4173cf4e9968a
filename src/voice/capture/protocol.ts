// What the page asks the voice worker, and its answer. A recording is sent
// whole ('analyse'), or as it comes in ('begin', a 'chunk' for each piece,
// then 'end' with what was to be said): then the pitch is tracked while the
// learner speaks, and the answer after the last piece waits for little.
import type { Attempt } from '../attempt.ts';
import type { Dialect } from '../tones.ts';

/** What the learner was asked to say, and how it is judged. */
export interface Asked {
  text: string;
  dialect: Dialect;
  /** The learner's level voice (Hz), when calibrated. */
  reference?: number;
}

export type VoiceRequest =
  | ({ type: 'analyse'; id: number; samples: Float32Array; sampleRate: number } & Asked)
  | { type: 'begin'; id: number; sampleRate: number }
  | { type: 'chunk'; id: number; samples: Float32Array }
  | ({ type: 'end'; id: number } & Asked)
  /** The recording was abandoned: its stream is dropped. */
  | { type: 'drop'; id: number };

/** `ms`: the worker's time from the request that completed the recording to its answer. */
export type VoiceReply = { id: number; attempt: Attempt; ms: number } | { id: number; failed: string };
