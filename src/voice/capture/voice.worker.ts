// The voice worker: recordings analysed off the page's thread (pitch,
// syllables, tones: src/voice/attempt.ts), whole or as they come in, so the
// screen stays responsive and the answer comes soon after the learner stops.
/// <reference lib="webworker" />
import { attemptOf } from '../attempt.ts';
import { PitchTracker } from '../pitch/track.ts';
import type { Asked, VoiceReply, VoiceRequest } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const streams = new Map<number, PitchTracker>();

/** `start`: when the request that completed the recording came (its whole analysis, or the end of a stream). */
function answer(id: number, tracker: PitchTracker, asked: Asked, start = performance.now()): void {
  const attempt = attemptOf(tracker.finish(), asked.text, asked.dialect, asked.reference);
  self.postMessage({ id, attempt, ms: performance.now() - start } satisfies VoiceReply);
}

self.onmessage = ({ data: r }: MessageEvent<VoiceRequest>) => {
  try {
    if (r.type === 'analyse') {
      const start = performance.now();
      const tracker = new PitchTracker(r.sampleRate);
      tracker.push(r.samples);
      answer(r.id, tracker, r, start);
    } else if (r.type === 'begin') {
      streams.set(r.id, new PitchTracker(r.sampleRate));
    } else if (r.type === 'chunk') {
      streams.get(r.id)?.push(r.samples);
    } else if (r.type === 'end') {
      const tracker = streams.get(r.id);
      streams.delete(r.id);
      if (tracker) answer(r.id, tracker, r);
      else self.postMessage({ id: r.id, failed: 'no such recording' } satisfies VoiceReply);
    } else {
      streams.delete(r.id);
    }
  } catch (e) {
    streams.delete(r.id);
    self.postMessage({ id: r.id, failed: String(e) } satisfies VoiceReply);
  }
};
