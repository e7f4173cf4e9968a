// The best path through each frame's candidates (Viterbi): the sum of the
// chosen candidates' strengths less the costs of what changes between frames
// (a voicing change, a jump in pitch by its size in octaves), so one frame's
// octave error or spurious voicing loses to the run around it. Costs are
// Praat's, stated for 10 ms steps and scaled to the step used.
import type { Candidate } from './candidates.ts';
import type { PitchOptions } from './options.ts';

/** The chosen candidate's frequency per frame (0: unvoiced). */
export function bestPath(frames: readonly Candidate[][], o: PitchOptions): Float64Array {
  const n = frames.length;
  const out = new Float64Array(n);
  if (n === 0) return out;
  const scale = 0.01 / o.timeStep;
  const transition = (f1: number, f2: number) => {
    if (f1 === 0 && f2 === 0) return 0;
    if (f1 === 0 || f2 === 0) return o.voicedUnvoicedCost * scale;
    return o.octaveJumpCost * scale * Math.abs(Math.log2(f1 / f2));
  };
  let score = frames[0]!.map((c) => c.strength);
  const back: Int32Array[] = [new Int32Array(frames[0]!.length)];
  for (let t = 1; t < n; t++) {
    const prev = frames[t - 1]!;
    const here = frames[t]!;
    const next = new Array<number>(here.length);
    const from = new Int32Array(here.length);
    for (let j = 0; j < here.length; j++) {
      let best = -Infinity;
      for (let i = 0; i < prev.length; i++) {
        const s = score[i]! - transition(prev[i]!.frequency, here[j]!.frequency);
        if (s > best) {
          best = s;
          from[j] = i;
        }
      }
      next[j] = best + here[j]!.strength;
    }
    score = next;
    back.push(from);
  }
  let j = score.indexOf(Math.max(...score));
  for (let t = n - 1; t >= 0; t--) {
    out[t] = frames[t]![j]!.frequency;
    j = back[t]![j]!;
  }
  return out;
}
