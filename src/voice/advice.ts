// The one piece of advice a judged syllable gets: where the learner's contour
// is farthest from the shape it should have had (its start, middle or end:
// higher or lower; a level tone that moved; a creaky tone said smooth), as a
// kind the screen words in the learner's language ("your sắc rose too
// little: end higher"). Trainers' advice: name the one biggest mismatch, do
// not ask for a graph to be traced.
import { POINTS, type Contour } from './contour.ts';
import { shapePoints, spokenTone, type Dialect, type Tone } from './tones.ts';

export type AdviceKind = 'start-higher' | 'start-lower' | 'middle-higher' | 'middle-lower' | 'end-higher' | 'end-lower' | 'keep-level' | 'break-voice';

export interface Advice {
  tone: Tone;
  kind: AdviceKind;
}

/** Below this (semitones) a part is near enough. */
const NEAR = 1;

export function adviceFor(c: Contour, expected: Tone, dialect: Dialect): Advice | null {
  const tone = spokenTone(expected, dialect);
  const shape = shapePoints(tone, dialect);
  const parts: [AdviceKind, AdviceKind, number[]][] = [
    ['start-higher', 'start-lower', [0, 1, 2]],
    ['middle-higher', 'middle-lower', [4, 5]],
    ['end-higher', 'end-lower', [POINTS - 3, POINTS - 2, POINTS - 1]],
  ];
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  let worst: { kind: AdviceKind; by: number } | null = null;
  for (const [higher, lower, at] of parts) {
    const off = mean(at.map((p) => c.points[p]! - shape[p]!));
    if (Math.abs(off) >= NEAR && (!worst || Math.abs(off) > worst.by)) worst = { kind: off < 0 ? higher : lower, by: Math.abs(off) };
  }
  if (tone === 'ngang') {
    const spread = Math.max(...c.points) - Math.min(...c.points);
    if (spread >= 2 * NEAR && (!worst || spread / 2 > worst.by)) return { tone, kind: 'keep-level' };
  }
  if (worst) return { tone, kind: worst.kind };
  if ((tone === 'nga' || tone === 'nang') && dialect === 'north' && c.gap < 0.05) return { tone, kind: 'break-voice' };
  return null;
}
