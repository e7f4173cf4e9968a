// A recording's pitch track: frames every `timeStep`, each one's candidates,
// and the best path through them. A recording above ~20 kHz is first
// low-passed and decimated to a rate the range needs (the work per frame grows
// with the square of the rate); NaN marks frames judged unvoiced, so a gap
// (a creak, a stop) stays a gap.
import { FrameAnalyser } from './candidates.ts';
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

export function trackPitch(input: Float32Array, inputRate: number, options: Partial<PitchOptions> = {}): PitchTrack {
  const o = { ...SPEECH, ...options };
  const { samples, sampleRate } = decimate(input, inputRate);
  const size = Math.round((3 / o.minPitch) * sampleRate);
  const hop = o.timeStep * sampleRate;
  const count = samples.length < size ? 0 : Math.floor((samples.length - size) / hop) + 1;
  let globalPeak = 0;
  for (const v of samples) globalPeak = Math.max(globalPeak, Math.abs(v));
  const analyser = new FrameAnalyser(size, sampleRate, o);
  const frames = Array.from({ length: count }, (_, k) => analyser.candidates(samples, Math.round(k * hop), globalPeak));
  const path = bestPath(frames, o);
  return {
    times: Float64Array.from({ length: count }, (_, k) => (Math.round(k * hop) + size / 2) / sampleRate),
    f0: path.map((f) => (f === 0 ? NaN : f)),
    intensity: Float64Array.from({ length: count }, (_, k) => {
      const start = Math.round(k * hop);
      let sum = 0;
      for (let i = start; i < start + size; i++) sum += samples[i]! * samples[i]!;
      return 10 * Math.log10(sum / size);
    }),
  };
}

/** Low-passed (windowed sinc, cut at 0.45 of the new rate) and decimated by a whole factor, if the rate is above WORK_RATE. */
export function decimate(samples: Float32Array, sampleRate: number): { samples: Float32Array; sampleRate: number } {
  const factor = Math.floor(sampleRate / WORK_RATE);
  if (factor < 2) return { samples, sampleRate };
  const taps = 8 * factor + 1;
  const half = (taps - 1) / 2;
  const cutoff = 0.45 / factor;
  const kernel = Float64Array.from({ length: taps }, (_, i) => {
    const x = i - half;
    const sinc = x === 0 ? 2 * cutoff : Math.sin(2 * Math.PI * cutoff * x) / (Math.PI * x);
    return sinc * (0.54 - 0.46 * Math.cos((2 * Math.PI * i) / (taps - 1)));
  });
  const out = new Float32Array(Math.floor(samples.length / factor));
  for (let k = 0; k < out.length; k++) {
    let sum = 0;
    const centre = k * factor;
    for (let i = 0; i < taps; i++) sum += kernel[i]! * (samples[centre + i - half] ?? 0);
    out[k] = sum;
  }
  return { samples: out, sampleRate: sampleRate / factor };
}
