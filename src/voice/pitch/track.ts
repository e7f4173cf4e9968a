// A recording's pitch track: frames every `timeStep`, each one's candidates,
// and the best path through them. A recording above ~20 kHz is first
// low-passed and decimated to a rate the range needs (the work per frame grows
// with the square of the rate); NaN marks frames judged unvoiced, so a gap
// (a creak, a stop) stays a gap.
import { FrameAnalyser, type FrameCandidates } from './candidates.ts';
import { bestPath } from './path.ts';
import { SPEECH, type PitchOptions } from './options.ts';

export interface PitchTrack {
  /** Seconds from the start of the recording to each frame's centre. */
  times: Float64Array;
  /** Hz; NaN where unvoiced. */
  f0: Float64Array;
  /** Each frame's loudness: dB of its RMS re full scale (−Infinity for digital silence). */
  intensity: Float64Array;
}

/** Samples per second the tracker works at, at most: 400 Hz and its first harmonics are far below it. */
const WORK_RATE = 16_000;

/** A whole recording's track: one push, then finish. */
export function trackPitch(input: Float32Array, inputRate: number, options: Partial<PitchOptions> = {}): PitchTrack {
  const tracker = new PitchTracker(inputRate, options);
  tracker.push(input);
  return tracker.finish();
}

/**
 * A track made as the recording comes in: each frame's voiced candidates
 * (the costly part, which needs nothing but the frame) as soon as the frame
 * is whole, the rest (the unvoiced candidates, which need the recording's
 * loudest sample, and the path) at the end. Pushed in any pieces, the same
 * track as the whole at once: so the analysis runs while the learner speaks,
 * and the answer at the end waits for little.
 */
export class PitchTracker {
  private readonly o: PitchOptions;
  private readonly factor: number;
  private readonly kernel: Float64Array | null;
  private readonly sampleRate: number;
  private readonly size: number;
  private readonly hop: number;
  private readonly analyser: FrameAnalyser;
  private input = new Float32Array(1 << 16);
  private inputLength = 0;
  private samples = new Float32Array(1 << 14);
  /** Samples decimated so far (at the work rate). */
  private length = 0;
  private peak = 0;
  private readonly frames: FrameCandidates[] = [];
  private readonly intensity: number[] = [];

  constructor(inputRate: number, options: Partial<PitchOptions> = {}) {
    this.o = { ...SPEECH, ...options };
    this.factor = Math.max(1, Math.floor(inputRate / WORK_RATE));
    this.kernel = this.factor >= 2 ? lowPass(this.factor) : null;
    this.sampleRate = inputRate / this.factor;
    this.size = Math.round((3 / this.o.minPitch) * this.sampleRate);
    this.hop = this.o.timeStep * this.sampleRate;
    this.analyser = new FrameAnalyser(this.size, this.sampleRate, this.o);
  }

  push(chunk: Float32Array): void {
    this.input = grown(this.input, this.inputLength + chunk.length);
    this.input.set(chunk, this.inputLength);
    this.inputLength += chunk.length;
    // A decimated sample needs the input half a filter past it: those wait for the next chunk (or finish).
    this.decimate(this.kernel ? Math.floor((this.inputLength - (this.kernel.length - 1) / 2 - 1) / this.factor) + 1 : this.inputLength);
    this.analyseFrames();
  }

  finish(): PitchTrack {
    this.decimate(Math.floor(this.inputLength / this.factor));
    this.analyseFrames();
    const { frames, analyser, size, hop, sampleRate } = this;
    const path = bestPath(frames.map((f) => analyser.candidatesOf(f, this.peak)), this.o);
    return {
      times: Float64Array.from({ length: frames.length }, (_, k) => (Math.round(k * hop) + size / 2) / sampleRate),
      f0: path.map((f) => (f === 0 ? NaN : f)),
      intensity: Float64Array.from(this.intensity),
    };
  }

  /** Decimated samples up to `until` (not past what the input allows). */
  private decimate(until: number): void {
    if (until <= this.length) return;
    this.samples = grown(this.samples, until);
    const { kernel, factor, input, inputLength } = this;
    for (let k = this.length; k < until; k++) {
      const v = kernel ? filtered(input, inputLength, kernel, k * factor) : input[k]!;
      this.samples[k] = v;
      this.peak = Math.max(this.peak, Math.abs(v));
    }
    this.length = until;
  }

  /** Every frame now whole, its voiced candidates and loudness. */
  private analyseFrames(): void {
    const { size, hop, analyser } = this;
    const samples = this.samples.subarray(0, this.length);
    for (let k = this.frames.length; k * hop + size <= this.length; k++) {
      const start = Math.round(k * hop);
      this.frames.push(analyser.voiced(samples, start, analyser.quietPeak(this.peak)));
      let sum = 0;
      for (let i = start; i < start + size; i++) sum += samples[i]! * samples[i]!;
      this.intensity.push(10 * Math.log10(sum / size));
    }
  }
}

/** The array, or a larger copy of it that holds `length`. */
function grown(a: Float32Array<ArrayBuffer>, length: number): Float32Array<ArrayBuffer> {
  if (length <= a.length) return a;
  const b = new Float32Array(Math.max(length, a.length * 2));
  b.set(a);
  return b;
}

/** The low-pass filter before decimating by `factor`: a windowed sinc cut at 0.45 of the new rate. */
function lowPass(factor: number): Float64Array {
  const taps = 8 * factor + 1;
  const half = (taps - 1) / 2;
  const cutoff = 0.45 / factor;
  return Float64Array.from({ length: taps }, (_, i) => {
    const x = i - half;
    const sinc = x === 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * x) / (Math.PI * x);
    return sinc * (0.54 - 0.46 * Math.cos((2 * Math.PI * i) / (taps - 1)));
  });
}

/** The input low-passed at `centre` (zeros beyond its ends). */
function filtered(input: Float32Array, length: number, kernel: Float64Array, centre: number): number {
  const half = (kernel.length - 1) / 2;
  let sum = 0;
  for (let i = 0; i < kernel.length; i++) {
    const at = centre + i - half;
    if (at >= 0 && at < length) sum += kernel[i]! * input[at]!;
  }
  return sum;
}

/** Low-passed and decimated by a whole factor, if the rate is above WORK_RATE (what the tracker does as it goes). */
export function decimate(samples: Float32Array, sampleRate: number): { samples: Float32Array; sampleRate: number } {
  const factor = Math.floor(sampleRate / WORK_RATE);
  if (factor < 2) return { samples, sampleRate };
  const kernel = lowPass(factor);
  return { samples: Float32Array.from({ length: Math.floor(samples.length / factor) }, (_, k) => filtered(samples, samples.length, kernel, k * factor)), sampleRate: sampleRate / factor };
}
