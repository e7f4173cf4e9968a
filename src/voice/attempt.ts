// A learner's attempt at saying a text, analysed for the screen: the text's
// syllables and their tones, each one's verdict (right, close, or the tone it
// sounded like), its pitch frame by frame and the shape it should have had
// (for the chart), and the one piece of advice on the biggest mismatch; or
// "say it again" and why. What the worker sends back: plain data, no track.
import { analyse, syllables, type Tone } from '../exercise/syllable.ts';
import { adviceFor, type Advice } from './advice.ts';
import { semitones, type Contour } from './contour.ts';
import { judgeTrack, type Again } from './judge.ts';
import { trackPitch, type PitchTrack } from './pitch/track.ts';
import { shapePoints, spokenTone, type Dialect } from './tones.ts';

/** Unclear: too little voice in it to follow (the others are judged). */
export type Verdict = 'right' | 'close' | 'wrong' | 'unclear';

export interface SpokenSyllable {
  text: string;
  expected: Tone;
  /** The tone it sounded nearest to (the expected one when right); none when unclear. */
  heard: Tone | null;
  verdict: Verdict;
  /** Semitones from the reference, a frame every 10 ms over the syllable; NaN where the voice stopped or creaked. */
  pitch: number[];
  /** The expected tone's shape (semitones from the reference) over the voiced part, and where that part lies in `pitch`. */
  shape: number[];
  voicedFrom: number;
  voicedTo: number;
}

export type Attempt =
  | { kind: 'again'; why: Again | 'empty' }
  | { kind: 'judged'; syllables: SpokenSyllable[]; advice: (Advice & { syllable: number }) | null; reference: number };

/** The text's syllables and the tone each is written with (a number is not one: how it is said is not written). */
export function tonesOf(text: string): { text: string; tone: Tone }[] {
  return syllables(text).filter((s) => !/\p{N}/u.test(s)).map((s) => ({ text: s, tone: analyse(s).tone }));
}

export function analyseAttempt(samples: Float32Array, sampleRate: number, text: string, dialect: Dialect, reference?: number): Attempt {
  return attemptOf(trackPitch(samples, sampleRate), text, dialect, reference);
}

/** The same, from the recording's track (made as it came in). */
export function attemptOf(track: PitchTrack, text: string, dialect: Dialect, reference?: number): Attempt {
  const said = tonesOf(text);
  if (said.length === 0) return { kind: 'again', why: 'empty' };
  const result = judgeTrack(track, said.map((s) => s.tone), dialect, reference);
  if (result.kind === 'again') return { kind: 'again', why: result.why };
  const { reference: ref } = result;
  const out = result.syllables.map(({ segment, contour, judgement }, i): SpokenSyllable => {
    const expected = said[i]!.tone;
    const pitch: number[] = [];
    for (let f = segment.from; f <= segment.to; f++) pitch.push(Number.isNaN(track.f0[f]!) ? NaN : semitones(track.f0[f]!, ref));
    const [voicedFrom, voicedTo] = voicedSpan(pitch);
    return {
      text: said[i]!.text, expected,
      heard: !judgement ? null : judgement.verdict === 'right' ? expected : judgement.heard,
      verdict: !judgement ? 'unclear' : judgement.verdict === 'other' ? 'wrong' : judgement.verdict,
      pitch, shape: shapePoints(spokenTone(expected, dialect), dialect), voicedFrom, voicedTo,
    };
  });
  return { kind: 'judged', syllables: out, advice: worstAdvice(result.syllables.map((s) => s.contour), out, dialect), reference: ref };
}

function voicedSpan(pitch: number[]): [number, number] {
  const first = pitch.findIndex((p) => !Number.isNaN(p));
  let last = pitch.length - 1;
  while (last > first && Number.isNaN(pitch[last]!)) last--;
  return [Math.max(0, first), Math.max(0, last)];
}

/** Advice for the worst syllable: a wrong one before a close one, and of those the first; none when every tone was right (or unclear). */
function worstAdvice(contours: (Contour | null)[], judged: SpokenSyllable[], dialect: Dialect): (Advice & { syllable: number }) | null {
  const order: Verdict[] = ['wrong', 'close'];
  const ranked = judged.map((s, i) => ({ s, i })).filter(({ s }) => s.verdict === 'wrong' || s.verdict === 'close').sort((a, b) => order.indexOf(a.s.verdict) - order.indexOf(b.s.verdict) || a.i - b.i);
  for (const { s, i } of ranked) {
    const advice = adviceFor(contours[i]!, s.expected, dialect);
    if (advice) return { ...advice, syllable: i };
  }
  return null;
}
