// One syllable's pitch against its tone: the tone's expected shape as a band
// (a semitone and a half either side), the learner's voice as a line, broken
// where it stopped or creaked. Semitones from the learner's level voice, the
// same scale for every syllable so that high and low compare across them.
import type { SpokenSyllable } from '../../voice/attempt.ts';

const W = 100;
const H = 56;
/** Semitones shown above and below the level voice. */
const RANGE = 6;
const BAND = 1.5;

const y = (st: number) => (H / 2 - (Math.max(-RANGE, Math.min(RANGE, st)) / RANGE) * (H / 2 - 2)).toFixed(1);

export function ToneChart({ syllable, label }: { syllable: SpokenSyllable; label: string }) {
  const n = Math.max(2, syllable.pitch.length);
  const x = (frame: number) => ((frame / (n - 1)) * W).toFixed(1);
  const { shape, voicedFrom, voicedTo } = syllable;
  const at = (p: number) => voicedFrom + ((voicedTo - voicedFrom) * p) / (shape.length - 1);
  const upper = shape.map((s, p) => `${x(at(p))},${y(s + BAND)}`);
  const lower = shape.map((s, p) => `${x(at(p))},${y(s - BAND)}`).reverse();
  // The voice as runs of voiced frames: a gap stays a gap.
  let line = '';
  let pen = false;
  syllable.pitch.forEach((st, i) => {
    if (Number.isNaN(st)) {
      pen = false;
      return;
    }
    line += `${pen ? 'L' : 'M'}${x(i)} ${y(st)}`;
    pen = true;
  });
  return (
    <svg class="tone-chart" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} preserveAspectRatio="none">
      <line class="tone-chart-level" x1="0" x2={W} y1={y(0)} y2={y(0)} />
      <polygon class="tone-chart-band" points={[...upper, ...lower].join(' ')} />
      <path class="tone-chart-voice" d={line} />
    </svg>
  );
}
