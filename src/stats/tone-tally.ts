// The tone picture of a study day, summed as reviews happen (day-summary.ts):
// how many checked answers (typed or chosen) there were and how many had a
// tone wrong, and which tones were confused for which, typed and spoken, so
// the statistics screen reads it from the day summaries, never the log.
import type { ExerciseRecord } from '../history/entry.ts';
import { toneCodeKeys } from '../history/tone-codes.ts';

export interface ToneTally {
  /** Answers typed or chosen and checked. */
  checked: number;
  /** Of them, those with any mistake, and those with a tone wrong. */
  mistaken: number;
  toneWrong: number;
  /** Tones typed or chosen wrong: `<expected><given>` digits (tone-codes.ts) to a count. */
  typed: Record<string, number>;
  /** Syllables said and judged, right ones too: `<expected><heard>` to a count. */
  spoken: Record<string, number>;
}

const addCodes = (into: Record<string, number>, code: string | undefined, sign: 1 | -1) => {
  for (const key of toneCodeKeys(code ?? '')) {
    const n = (into[key] ?? 0) + sign;
    if (n) into[key] = n;
    else delete into[key];
  }
};

/**
 * What one exercise adds (sign 1) or takes away when undone (−1); the tally
 * unchanged (the same object) when it says nothing of tones, and none once
 * empty again, so a day whose exercises were all undone equals a recount.
 */
export function applyExercise(t: ToneTally | undefined, x: ExerciseRecord | undefined, sign: 1 | -1 = 1): ToneTally | undefined {
  const checked = x?.suggested !== undefined;
  if (!x || (!checked && !x.spoken)) return t;
  const next: ToneTally = { checked: 0, mistaken: 0, toneWrong: 0, ...t, typed: { ...t?.typed }, spoken: { ...t?.spoken } };
  if (checked) {
    next.checked += sign;
    if (x.errors.length) next.mistaken += sign;
    if (x.errors.includes('tone')) next.toneWrong += sign;
    addCodes(next.typed, x.toneSlips, sign);
  }
  addCodes(next.spoken, x.spoken, sign);
  // Mistakes and slips are counted only with a checked answer: none checked, none of them either.
  return next.checked || Object.keys(next.spoken).length ? next : undefined;
}
