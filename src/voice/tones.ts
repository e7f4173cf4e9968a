// The six Northern tones (five Southern, where hỏi and ngã are one) as shapes
// of pitch in semitones from the speaker's level tone, after their Chao
// numbers (ngang 33, huyền 21, sắc 35, hỏi 313, ngã 3ʔ5, nặng 3ʔ2 short), and
// a syllable's contour judged against them: the nearest shape, its pitch range
// allowed to be the speaker's own (a learner's is often narrower), with a
// break in the voice counting for ngã and nặng.
import { POINTS, type Contour } from './contour.ts';
import { TONES, type Tone } from '../exercise/tones.ts';

export { TONES, type Tone };
export type Dialect = 'north' | 'south';

interface Shape {
  /** Semitones from the level tone at five even places, stretched to POINTS. */
  keys: readonly number[];
  /** The voice breaks or creaks in it (evidence, when a contour has a gap). */
  creaky: boolean;
}

const NORTH: Record<Tone, Shape> = {
  ngang: { keys: [0, 0, 0, 0, 0], creaky: false },
  huyen: { keys: [-1.5, -2, -2.5, -3, -3.5], creaky: false },
  sac: { keys: [-1, -0.5, 0.5, 2, 4], creaky: false },
  hoi: { keys: [-0.5, -1.5, -3, -2.5, -0.5], creaky: false },
  nga: { keys: [0.5, 1.5, 1, 2, 4.5], creaky: true },
  nang: { keys: [0, -1, -2.5, -3, -3], creaky: true },
};

// Southern: hỏi and ngã one dipping-rising tone (214), nặng low and rising at the end.
const SOUTH: Partial<Record<Tone, Shape>> = {
  ngang: NORTH.ngang, huyen: NORTH.huyen, sac: NORTH.sac,
  hoi: { keys: [-1, -2.5, -3, -1.5, 1.5], creaky: false },
  nang: { keys: [-1.5, -2.5, -3, -2.5, -1.5], creaky: false },
};

/** The tones a dialect tells apart, and the one each written tone is said as (Southern ngã is said as hỏi). */
export function spokenTone(tone: Tone, dialect: Dialect): Tone {
  return dialect === 'south' && tone === 'nga' ? 'hoi' : tone;
}

/** A shape's POINTS values. */
export function shapePoints(tone: Tone, dialect: Dialect): number[] {
  const keys = (dialect === 'south' ? SOUTH[tone] : NORTH[tone])!.keys;
  return Array.from({ length: POINTS }, (_, p) => {
    const x = (p / (POINTS - 1)) * (keys.length - 1);
    const i = Math.min(keys.length - 2, Math.floor(x));
    return keys[i]! + (keys[i + 1]! - keys[i]!) * (x - i);
  });
}

/** Ranges a speaker's pitch may be narrower or wider than the shapes by. */
const SCALES = [0.7, 0.85, 1, 1.2, 1.4];
/** What a clear break in the voice is worth, for a creaky tone and against another. */
const GAP_WEIGHT = 6;

/** How far the contour is from the tone's shape (mean squared semitones at the best range, less the evidence of a break). */
export function toneDistance(c: Contour, tone: Tone, dialect: Dialect): number {
  const shape = shapePoints(tone, dialect);
  const creaky = (dialect === 'south' ? SOUTH[tone] : NORTH[tone])!.creaky;
  let best = Infinity;
  for (const s of SCALES) {
    let sum = 0;
    for (let p = 0; p < POINTS; p++) sum += (c.points[p]! - s * shape[p]!) ** 2;
    best = Math.min(best, sum / POINTS);
  }
  // A frame or two unvoiced is the tracker's doubt; a break is a tenth of the syllable or more.
  const breakEvidence = Math.min(1, Math.max(0, c.gap - 0.05) / 0.15);
  return best + (creaky ? -GAP_WEIGHT * breakEvidence : GAP_WEIGHT * 0.5 * breakEvidence);
}

export interface ToneJudgement {
  /** Every tone of the dialect, nearest first. */
  ranked: { tone: Tone; distance: number }[];
  verdict: 'right' | 'close' | 'other';
  /** The tone it sounded like (for 'other'). */
  heard: Tone;
}

/** Close: the expected tone second, and nearly as near as the first. */
const CLOSE_MARGIN = 1.5;

export function judgeTone(c: Contour, expected: Tone, dialect: Dialect): ToneJudgement {
  const tones = dialect === 'south' ? TONES.filter((t) => t !== 'nga') : TONES;
  const ranked = tones.map((tone) => ({ tone, distance: toneDistance(c, tone, dialect) })).sort((a, b) => a.distance - b.distance);
  const want = spokenTone(expected, dialect);
  const heard = ranked[0]!.tone;
  const mine = ranked.find((r) => r.tone === want)!;
  const verdict = heard === want ? 'right' : ranked[1]!.tone === want && mine.distance - ranked[0]!.distance <= CLOSE_MARGIN ? 'close' : 'other';
  return { ranked, verdict, heard };
}
