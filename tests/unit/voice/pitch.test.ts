// The pitch tracker against synthetic voices whose pitch is known
// (scripts/fixtures/synthetic-voice.ts): gross errors (over 20 % off, octave
// errors mostly) and the median error in cents over the voiced frames, at
// 20 and 10 dB of noise, for a low and a high voice moving as tones move.
import { describe, expect, it } from 'vitest';
import { syntheticVoice, VOWEL_A, VOWEL_I, VOWEL_U } from '../../../scripts/fixtures/synthetic-voice.ts';
import { bestPath } from '../../../src/voice/pitch/path.ts';
import { decimate, trackPitch } from '../../../src/voice/pitch/track.ts';
import { FrameAnalyser, hannAutocorrelation } from '../../../src/voice/pitch/candidates.ts';
import { SPEECH } from '../../../src/voice/pitch/options.ts';
import { pitchErrors } from '../../../scripts/bench/pitch-errors.ts';

const RATE = 16_000;
/** A rise, a fall and a dip, around `base` Hz, with a 120 ms gap in the middle (a creak, a stop). */
const contour = (base: number) => (t: number): number | null => {
  if (t < 0.1 || t > 1.9 || (t > 0.9 && t < 1.02)) return null;
  if (t < 0.9) return base * 2 ** ((6 * (t - 0.1)) / 0.8 / 12);
  return base * 2 ** ((-5 * Math.sin((Math.PI * (t - 1.02)) / 0.88)) / 12);
};

describe('pitch tracking', () => {
  it('finds a steady tone\'s frequency in one frame, between lag samples', () => {
    const f = 173.3;
    const samples = Float32Array.from({ length: 4000 }, (_, i) => Math.sin((2 * Math.PI * f * i) / RATE) + 0.4 * Math.sin((4 * Math.PI * f * i) / RATE));
    const analyser = new FrameAnalyser(800, RATE, SPEECH);
    const [unvoiced, best] = analyser.candidatesOf(analyser.voiced(samples, 1000), 1.4);
    expect(unvoiced!.frequency).toBe(0);
    expect(Math.abs(1200 * Math.log2(best!.frequency / f))).toBeLessThan(5);
    expect(best!.strength).toBeGreaterThan(unvoiced!.strength);
  });

  it('the Hann window\'s autocorrelation is 1 at no lag and 0 at the window\'s length', () => {
    expect(hannAutocorrelation(0, 800)).toBeCloseTo(1, 10);
    expect(hannAutocorrelation(800, 800)).toBe(0);
    expect(hannAutocorrelation(400, 800)).toBeGreaterThan(0);
  });

  it('the best path keeps to a run and passes over one frame\'s octave error', () => {
    const frame = (f: number, s: number, octave: number, so: number) => [{ frequency: 0, strength: 0.3 }, { frequency: f, strength: s }, { frequency: octave, strength: so }];
    const frames = [frame(200, 0.9, 100, 0.5), frame(202, 0.9, 101, 0.5), frame(204, 0.7, 102, 0.75), frame(206, 0.9, 103, 0.5)];
    expect([...bestPath(frames, SPEECH)]).toEqual([200, 202, 204, 206]);
    // Silence all along: unvoiced all along.
    expect([...bestPath([[{ frequency: 0, strength: 2 }], [{ frequency: 0, strength: 2 }]], SPEECH)]).toEqual([0, 0]);
  });

  it('decimates a 48 kHz recording to 16 kHz and keeps a 200 Hz tone', () => {
    const input = Float32Array.from({ length: 48_000 }, (_, i) => Math.sin((2 * Math.PI * 200 * i) / 48_000));
    const { samples, sampleRate } = decimate(input, 48_000);
    expect(sampleRate).toBe(16_000);
    expect(samples.length).toBe(16_000);
    const f0 = [...trackPitch(input, 48_000).f0].filter((f) => !Number.isNaN(f));
    expect(f0.length).toBeGreaterThan(80);
    for (const f of f0) expect(Math.abs(1200 * Math.log2(f / 200))).toBeLessThan(10);
  });

  // The goals: gross errors ≤ 2 % of voiced frames at 20 dB, ≤ 5 % at 10 dB; median error ≤ 20 cents at 20 dB.
  for (const [voice, base, vowel] of [['a low voice', 95, VOWEL_A], ['a high voice', 260, VOWEL_I], ['a middle voice', 150, VOWEL_U]] as const) {
    it(`tracks ${voice} (${base} Hz) moving as tones move: gross errors and median error within the goals at 20 and 10 dB`, () => {
      for (const [snrDb, grossMax, centsMax] of [[20, 0.02, 20], [10, 0.05, 40]] as const) {
        const { samples, truth } = syntheticVoice({ sampleRate: RATE, seconds: 2, f0: contour(base), formants: vowel, snrDb, seed: base + snrDb });
        const e = pitchErrors(trackPitch(samples, RATE), truth);
        expect(e.voicedFrames, `${snrDb} dB`).toBeGreaterThan(140);
        expect(e.gross, `${snrDb} dB gross`).toBeLessThanOrEqual(grossMax);
        expect(e.medianCents, `${snrDb} dB cents`).toBeLessThanOrEqual(centsMax);
        // The gap is found: no frame well inside it is voiced.
        expect(e.voicedInGaps, `${snrDb} dB`).toBe(0);
      }
    }, 20_000);
  }
});
