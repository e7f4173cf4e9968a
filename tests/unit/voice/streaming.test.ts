// The pitch track made as a recording comes in, in pieces of any size, is the
// track of the whole recording at once (what lets the analysis run while the
// learner speaks): at 48 kHz (decimated as it goes) and at 16 kHz.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { syntheticVoice } from '../../../scripts/fixtures/synthetic-voice.ts';
import { PitchTracker, trackPitch } from '../../../src/voice/pitch/track.ts';

const voice = (sampleRate: number) => syntheticVoice({
  sampleRate, seconds: 1.2, snrDb: 25, seed: 11,
  // Quiet, a rising syllable, a gap, a falling one, quiet.
  f0: (t) => (t > 0.2 && t < 0.55 ? 130 + 60 * (t - 0.2) : t > 0.7 && t < 1 ? 170 - 80 * (t - 0.7) : null),
}).samples;

describe('a pitch track made as the recording comes in', () => {
  for (const rate of [48_000, 16_000]) {
    it(`is the whole recording's track however it is cut (${rate / 1000} kHz)`, () => {
      const samples = voice(rate);
      const whole = trackPitch(samples, rate);
      expect(whole.f0.some((f) => !Number.isNaN(f))).toBe(true);
      fc.assert(fc.property(fc.array(fc.integer({ min: 1, max: 9_000 }), { minLength: 1, maxLength: 40 }), (cuts) => {
        const tracker = new PitchTracker(rate);
        let at = 0;
        for (const n of cuts) {
          if (at >= samples.length) break;
          tracker.push(samples.subarray(at, at + n));
          at += n;
        }
        if (at < samples.length) tracker.push(samples.subarray(at));
        expect(tracker.finish()).toEqual(whole);
      }), { numRuns: 15 });
    }, 60_000);
  }
});
