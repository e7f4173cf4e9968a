// The voice worker: a recording analysed off the page's thread (pitch,
// syllables, tones: src/voice/attempt.ts), so the screen stays responsive.
/// <reference lib="webworker" />
import { analyseAttempt } from '../attempt.ts';
import type { VoiceReply, VoiceRequest } from './protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

self.onmessage = ({ data: r }: MessageEvent<VoiceRequest>) => {
  try {
    const start = performance.now();
    const attempt = analyseAttempt(r.samples, r.sampleRate, r.text, r.dialect, r.reference);
    self.postMessage({ id: r.id, attempt, ms: performance.now() - start } satisfies VoiceReply);
  } catch (e) {
    self.postMessage({ id: r.id, failed: String(e) } satisfies VoiceReply);
  }
};
