// A recording of a syllable, a word or a sentence judged tone by tone, or
// refused honestly: too quiet, too noisy (the speech's loudness over the
// quietest frames'), or not the number of syllables the text has. A syllable
// with too little voice to follow (a creak through most of it) is unclear on
// its own, the others judged; with none clear, the recording is refused.
import { trackPitch, type PitchTrack } from './pitch/track.ts';
import { findSyllables, type Segment } from './syllables.ts';
import { medianPitch, syllableContour, type Contour } from './contour.ts';
import { judgeTone, type Dialect, type Tone, type ToneJudgement } from './tones.ts';

export type Again = 'quiet' | 'noisy' | 'count';

export type JudgedSyllable = { segment: Segment } & ({ contour: Contour; judgement: ToneJudgement } | { contour: null; judgement: null });

export type RecordingJudgement =
  | { kind: 'again'; why: Again; track: PitchTrack }
  | { kind: 'judged'; track: PitchTrack; syllables: JudgedSyllable[]; reference: number };

/** The loudest frame must reach this (dB re full scale): below it the phone heard next to nothing. */
const QUIET_DB = -45;
/** Speech over the quietest frames, at least (dB). */
const MIN_SNR_DB = 6;
const SILENCE_DB = -96;

/**
 * The speech's loudness over the noise's: the loud frames' level (the 80th percentile) over the
 * quiet ones' (the 10th: a recording has a moment before and after the word).
 */
export function signalToNoise(track: PitchTrack): number {
  // Digital silence (a file's, or a muted start) is as quiet as 16-bit samples go.
  const loud = [...track.intensity].map((v) => Math.max(v, SILENCE_DB)).sort((a, b) => a - b);
  if (loud.length < 10) return -Infinity;
  return loud[Math.floor(loud.length * 0.8)]! - loud[Math.floor(loud.length * 0.1)]!;
}

export function judgeRecording(samples: Float32Array, sampleRate: number, tones: readonly Tone[], dialect: Dialect, reference?: number): RecordingJudgement {
  return judgeTrack(trackPitch(samples, sampleRate), tones, dialect, reference);
}

/** The same, from a recording's track (made as it came in: pitch/track.ts PitchTracker). */
export function judgeTrack(track: PitchTrack, tones: readonly Tone[], dialect: Dialect, reference?: number): RecordingJudgement {
  const peak = Math.max(-Infinity, ...track.intensity);
  if (peak < QUIET_DB) return { kind: 'again', why: 'quiet', track };
  if (signalToNoise(track) < MIN_SNR_DB) return { kind: 'again', why: 'noisy', track };
  const segments = findSyllables(track, tones.length);
  if (!segments) return { kind: 'again', why: 'count', track };
  const ref = reference ?? medianPitch(track);
  const contours = segments.map((s) => syllableContour(track, s, ref));
  if (contours.every((c) => c === null)) return { kind: 'again', why: 'count', track };
  return {
    kind: 'judged', track, reference: ref,
    syllables: contours.map((contour, i) => ({ segment: segments[i]!, ...(contour ? { contour, judgement: judgeTone(contour, tones[i]!, dialect) } : { contour: null, judgement: null }) })),
  };
}
