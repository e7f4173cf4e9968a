// A pitch track against the truth it was made from: the share of voiced
// frames more than 20 % off (gross errors: octave jumps mostly, and frames
// wrongly judged unvoiced), the median error in cents of the others, and the
// frames voiced well inside a gap. Frames within 30 ms of a voicing edge are
// left out: the 50 ms window straddles it there.
import type { PitchTrack } from '../../src/voice/pitch/track.ts';

export interface PitchErrors {
  voicedFrames: number;
  gross: number;
  medianCents: number;
  voicedInGaps: number;
  /** Each frame's error, gross errors left out. */
  cents: number[];
}

export function pitchErrors(track: PitchTrack, truth: (t: number) => number | null, edge = 0.03): PitchErrors {
  let voicedFrames = 0;
  let grossCount = 0;
  let voicedInGaps = 0;
  const cents: number[] = [];
  track.times.forEach((t, i) => {
    const near = [t - edge, t, t + edge].map(truth);
    const f = track.f0[i]!;
    if (near.every((x) => x === null)) {
      if (!Number.isNaN(f)) voicedInGaps++;
      return;
    }
    if (near.some((x) => x === null)) return;
    voicedFrames++;
    const want = near[1]!;
    if (Number.isNaN(f) || Math.abs(f / want - 1) > 0.2) grossCount++;
    else cents.push(Math.abs(1200 * Math.log2(f / want)));
  });
  cents.sort((a, b) => a - b);
  return { voicedFrames, gross: voicedFrames ? grossCount / voicedFrames : 0, medianCents: cents[Math.floor(cents.length / 2)] ?? NaN, voicedInGaps, cents };
}
