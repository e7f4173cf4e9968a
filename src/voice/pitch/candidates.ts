// One frame's pitch candidates (Boersma 1993): the frame, mean removed and
// Hann-windowed, autocorrelated and divided by the window's own
// autocorrelation (so a periodic signal's peaks stay near 1 however far the
// lag); each local maximum in the lag range is a voiced candidate, its lag
// and height refined by a parabola through three points; and one unvoiced
// candidate, stronger the weaker the best peak and the quieter the frame.
import type { PitchOptions } from './options.ts';

export interface Candidate {
  /** Hz; 0 for the unvoiced candidate. */
  frequency: number;
  strength: number;
}

/** The Hann window's normalised autocorrelation at lag `tau` of a window `size` long (both in samples). */
export function hannAutocorrelation(tau: number, size: number): number {
  const x = Math.abs(tau) / size;
  if (x >= 1) return 0;
  return (1 - x) * (2 / 3 + (1 / 3) * Math.cos(2 * Math.PI * x)) + (1 / (2 * Math.PI)) * Math.sin(2 * Math.PI * x);
}

/** A frame's part of the analysis that needs nothing but the frame. */
export interface FrameCandidates {
  voiced: Candidate[];
  localPeak: number;
}

/** A scratch space of one window's size, reused frame to frame (no allocation per frame). */
export class FrameAnalyser {
  private readonly windowed: Float64Array;
  private readonly r: Float64Array;
  private readonly hann: Float64Array;
  private readonly windowR: Float64Array;
  readonly minLag: number;
  readonly maxLag: number;
  /** The strongest a voiced candidate can be: a peak of 1 with the octave cost's favour at the highest pitch. */
  private readonly maxVoiced: number;

  constructor(readonly size: number, private readonly sampleRate: number, private readonly o: PitchOptions) {
    this.minLag = Math.max(2, Math.floor(sampleRate / o.maxPitch));
    this.maxLag = Math.min(size - 2, Math.ceil(sampleRate / o.minPitch));
    this.maxVoiced = 1 + o.octaveCost * Math.log2(o.maxPitch / o.minPitch);
    this.windowed = new Float64Array(size);
    this.r = new Float64Array(this.maxLag + 2);
    this.hann = Float64Array.from({ length: size }, (_, i) => 0.5 - 0.5 * Math.cos((2 * Math.PI * (i + 0.5)) / size));
    this.windowR = Float64Array.from({ length: this.maxLag + 2 }, (_, tau) => hannAutocorrelation(tau, size));
  }

  /**
   * The frame starting at `start`: its voiced candidates, best first (at most maxCandidates − 1; their
   * strengths do not depend on the rest of the recording), and its largest absolute sample. `skipBelow`:
   * a peak so small against the recording's loudest so far that the frame is unvoiced on every path
   * (quietPeak): its autocorrelation is skipped. The loudest only grows, so a frame skipped then would
   * be skipped with the whole recording's too.
   */
  voiced(samples: Float32Array, start: number, skipBelow = 0): FrameCandidates {
    const { size, windowed, r, windowR, o } = this;
    let mean = 0;
    for (let i = 0; i < size; i++) mean += samples[start + i] ?? 0;
    mean /= size;
    let localPeak = 0;
    for (let i = 0; i < size; i++) {
      const v = (samples[start + i] ?? 0) - mean;
      localPeak = Math.max(localPeak, Math.abs(v));
      windowed[i] = v * this.hann[i]!;
    }
    const voiced: Candidate[] = [];
    if (localPeak <= skipBelow) return { voiced, localPeak };
    let r0 = 0;
    for (let i = 0; i < size; i++) r0 += windowed[i]! * windowed[i]!;
    if (r0 > 0) {
      for (let tau = this.minLag - 1; tau <= this.maxLag + 1; tau++) {
        let sum = 0;
        for (let i = 0, n = size - tau; i < n; i++) sum += windowed[i]! * windowed[i + tau]!;
        r[tau] = sum / r0 / windowR[tau]!;
      }
      for (let tau = this.minLag; tau <= this.maxLag; tau++) {
        const [a, b, c] = [r[tau - 1]!, r[tau]!, r[tau + 1]!];
        if (!(b > a && b >= c) || b < 0.5 * o.voicingThreshold) continue;
        // The parabola's vertex: the peak between samples.
        const denom = a - 2 * b + c;
        const shift = denom < 0 ? (0.5 * (a - c)) / denom : 0;
        const height = Math.min(1, b - 0.25 * (a - c) * shift);
        const lag = tau + shift;
        const frequency = this.sampleRate / lag;
        voiced.push({ frequency, strength: height - o.octaveCost * Math.log2((o.minPitch * lag) / this.sampleRate) });
      }
    }
    voiced.sort((x, y) => y.strength - x.strength);
    return { voiced: voiced.slice(0, o.maxCandidates - 1), localPeak };
  }

  /** The largest peak, against the recording's loudest, of a frame unvoiced on every best path. */
  quietPeak(globalPeak: number): number {
    // unvoiced(peak) > maxVoiced + 2 voicing changes, solved for the frame's peak.
    const { o } = this;
    const lead = this.maxVoiced + 2 * o.voicedUnvoicedCost * (0.01 / o.timeStep) - o.voicingThreshold;
    return (2 - lead) * (o.silenceThreshold / (1 + o.voicingThreshold)) * (globalPeak || 1);
  }

  /**
   * A frame's candidates once the recording's loudest is known: one unvoiced, stronger the weaker the
   * best peak and the quieter the frame, then the voiced ones; only the unvoiced where no voiced
   * candidate could win the frame on any path, even with voicing on both sides sparing two changes.
   */
  candidatesOf({ voiced, localPeak }: FrameCandidates, globalPeak: number): Candidate[] {
    const { o } = this;
    const unvoiced = o.voicingThreshold + Math.max(0, 2 - localPeak / (globalPeak || 1) / (o.silenceThreshold / (1 + o.voicingThreshold)));
    if (unvoiced > this.maxVoiced + 2 * o.voicedUnvoicedCost * (0.01 / o.timeStep)) return [{ frequency: 0, strength: unvoiced }];
    return [{ frequency: 0, strength: unvoiced }, ...voiced];
  }
}
