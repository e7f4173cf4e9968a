// What the learner wrote against what was expected, syllable by syllable,
// with the kind of each mistake, and the rating it suggests. Pure.
//
// Both texts are compared after NFC, ignoring case, punctuation and extra
// spaces. Syllables are aligned on their skeletons (no marks), so a syllable
// with a wrong tone still lines up with the one it should have been; what
// cannot be aligned is wrong, missing or extra.
import { analyse, syllables, type Tone } from './syllable.ts';

export type SyllableResult = 'right' | 'variant' | 'tone-wrong' | 'tone-missing' | 'mark-wrong' | 'wrong' | 'missing' | 'extra';

export interface SyllableDiff {
  result: SyllableResult;
  /** As expected (from the sentence), null for an extra syllable. */
  expected: string | null;
  /** As written, null for a missing syllable. */
  given: string | null;
  /** For tone mistakes: which tone was written, which was expected. */
  tones?: { given: Tone; expected: Tone };
}

function judge(expected: string, given: string): Omit<SyllableDiff, 'expected' | 'given'> {
  if (expected.toLowerCase() === given.toLowerCase()) return { result: 'right' };
  const e = analyse(expected);
  const g = analyse(given);
  if (e.skeleton !== g.skeleton) return { result: 'wrong' };
  if (e.base !== g.base) return { result: 'mark-wrong' };
  // Same letters and tone, written another accepted way (hòa / hoà, thủy / thuỷ).
  if (e.tone === g.tone) return { result: 'variant' };
  return { result: g.tone === 'ngang' ? 'tone-missing' : 'tone-wrong', tones: { given: g.tone, expected: e.tone } };
}

/** Syllables aligned by edit distance over their skeletons (a substitution costs 1, unless the skeletons agree). */
export function compareAnswer(expectedText: string, givenText: string): SyllableDiff[] {
  const exp = syllables(expectedText);
  const giv = syllables(givenText);
  const es = exp.map((s) => analyse(s).skeleton);
  const gs = giv.map((s) => analyse(s).skeleton);
  const n = exp.length;
  const m = giv.length;
  const cost: number[][] = Array.from({ length: n + 1 }, (_, i) => Array.from({ length: m + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      cost[i]![j] = Math.min(cost[i - 1]![j - 1]! + (es[i - 1] === gs[j - 1] ? 0 : 1), cost[i - 1]![j]! + 1, cost[i]![j - 1]! + 1);
    }
  }
  const out: SyllableDiff[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = cost[i]![j]!;
    if (i > 0 && j > 0 && here === cost[i - 1]![j - 1]! + (es[i - 1] === gs[j - 1] ? 0 : 1)) {
      out.push({ ...judge(exp[i - 1]!, giv[j - 1]!), expected: exp[i - 1]!, given: giv[j - 1]! });
      i--;
      j--;
    } else if (i > 0 && here === cost[i - 1]![j]! + 1) {
      out.push({ result: 'missing', expected: exp[i - 1]!, given: null });
      i--;
    } else {
      out.push({ result: 'extra', expected: null, given: giv[j - 1]! });
      j--;
    }
  }
  return out.reverse();
}

export type ErrorKind = 'tone' | 'mark' | 'wrong' | 'missing' | 'extra';

const KIND: Partial<Record<SyllableResult, ErrorKind>> = {
  'tone-wrong': 'tone', 'tone-missing': 'tone', 'mark-wrong': 'mark', wrong: 'wrong', missing: 'missing', extra: 'extra',
};

/** The kinds of mistake in an answer, each once, in a fixed order (what the review log records). */
export function errorKinds(diff: readonly SyllableDiff[]): ErrorKind[] {
  const found = new Set(diff.map((d) => KIND[d.result]).filter((k): k is ErrorKind => k !== undefined));
  return (['tone', 'mark', 'wrong', 'missing', 'extra'] as const).filter((k) => found.has(k));
}

/** The tones written wrong on syllables whose letters were right, in order: what the log keeps of them (history/tone-codes.ts). */
export function toneSlips(diff: readonly SyllableDiff[]): { expected: Tone; given: Tone }[] {
  return diff.flatMap((d) => (d.tones ? [{ expected: d.tones.expected, given: d.tones.given }] : []));
}

/** Answers this many times faster (or slower) than the card's usual count as Easy (or Hard). */
const QUICK = 0.5;
const SLOW = 2;
/** Past answers needed before speed says anything. */
const MIN_PAST = 3;

/**
 * The rating an answer suggests: any mistake is Again (a wrong tone is a
 * different word); a right answer is Good, or Easy when clearly faster than
 * this card's own past right answers, Hard when clearly slower.
 */
export function suggestRating(diff: readonly SyllableDiff[], ms: number, pastMs: readonly number[]): 1 | 2 | 3 | 4 {
  if (diff.length === 0 || errorKinds(diff).length > 0) return 1;
  if (pastMs.length < MIN_PAST) return 3;
  const sorted = [...pastMs].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)]!;
  if (ms <= median * QUICK) return 4;
  if (ms >= median * SLOW) return 2;
  return 3;
}
