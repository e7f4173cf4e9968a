// A syllable's pitch as the learner's own: semitones from their reference
// (the median of a level tone they said, or of the recording), sampled at
// POINTS even places over the voiced part, with what a creak leaves: the share
// of the voiced span that is not voiced (a break mid-syllable, ngã), and
// whether the voice stopped well before the syllable's loudness did (a glottal
// stop or creak at the end, nặng).
import type { PitchTrack } from './pitch/track.ts';
import type { Segment } from './syllables.ts';

export const POINTS = 10;
/** Frames this far below the syllable's loudest are its edges, not its tone (dB). */
const EDGE_DB = 20;

export interface Contour {
  /** Semitones re the reference at POINTS even places over the voiced span. */
  points: number[];
  /** Unvoiced share of the span from the first voiced frame to the last. */
  gap: number;
  /** Share of the syllable after its last voiced frame. */
  endsUnvoiced: number;
  /** Voiced span, seconds. */
  seconds: number;
}

export const semitones = (hz: number, reference: number) => 12 * Math.log2(hz / reference);

/** The reference: the median pitch of the voiced frames. */
export function medianPitch(track: PitchTrack, segment?: Segment): number {
  const f = [...track.f0.slice(segment?.from ?? 0, segment ? segment.to + 1 : undefined)].filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return f.length ? f[Math.floor(f.length / 2)]! : NaN;
}

export function syllableContour(track: PitchTrack, segment: Segment, reference: number): Contour | null {
  // Voiced frames, the weak ones at the syllable's edges left out (a release, a nasal's tail: where the path slips an octave).
  let loudest = -Infinity;
  for (let i = segment.from; i <= segment.to; i++) loudest = Math.max(loudest, track.intensity[i]!);
  const strong = (i: number) => track.intensity[i]! > loudest - EDGE_DB;
  let from = segment.from;
  while (from < segment.to && !strong(from)) from++;
  let to = segment.to;
  while (to > from && !strong(to)) to--;
  const raw: { i: number; st: number }[] = [];
  for (let i = from; i <= to; i++) if (!Number.isNaN(track.f0[i]!)) raw.push({ i, st: semitones(track.f0[i]!, reference) });
  if (raw.length < 4) return null;
  // An octave off the syllable's middle is a tracking slip, not a tone: folded back, or left out if still far.
  const middle = [...raw].sort((x, y) => x.st - y.st)[Math.floor(raw.length / 2)]!.st;
  const voiced = raw.map((v) => ({ i: v.i, st: Math.abs(v.st - middle) > 7 ? v.st - 12 * Math.round((v.st - middle) / 12) : v.st })).filter((v) => Math.abs(v.st - middle) <= 7);
  if (voiced.length < 4) return null;
  const [start, end] = [voiced[0]!.i, voiced.at(-1)!.i];
  // A frame's median with its neighbours: one stray frame does not bend the shape.
  const st = voiced.map((_, k) => [voiced[k - 1], voiced[k], voiced[k + 1]].filter((v) => v).map((v) => v!.st).sort((a, b) => a - b)[1] ?? voiced[k]!.st);
  const points = Array.from({ length: POINTS }, (_, p) => {
    const at = start + ((end - start) * p) / (POINTS - 1);
    let k = 0;
    while (k < voiced.length - 1 && voiced[k + 1]!.i <= at) k++;
    if (k === voiced.length - 1) return st[k]!;
    const [a, b] = [voiced[k]!, voiced[k + 1]!];
    return st[k]! + ((st[k + 1]! - st[k]!) * (at - a.i)) / (b.i - a.i);
  });
  return {
    points,
    gap: 1 - voiced.length / (end - start + 1),
    endsUnvoiced: (segment.to - end) / (segment.to - segment.from + 1),
    seconds: (end - start + 1) * (track.times[1]! - track.times[0]!),
  };
}
