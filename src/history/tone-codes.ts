// A syllable's tone as it should be and as the learner gave it (typed, chosen
// or said), kept in the log as two digits (the tones' place in TONES): a
// sentence's ten syllables cost twenty characters, and statistics count
// confusions from them without the sentence itself.
import { TONES, type Tone } from '../exercise/tones.ts';

export interface TonePair {
  expected: Tone;
  given: Tone;
}

export function encodeTonePairs(pairs: readonly TonePair[]): string {
  return pairs.map((p) => `${TONES.indexOf(p.expected)}${TONES.indexOf(p.given)}`).join('');
}

/** The pairs a code holds; a code this version cannot read (a digit past the tones) gives none of its pairs. */
export function decodeTonePairs(code: string): TonePair[] {
  if (!/^(?:[0-5]{2})*$/.test(code)) return [];
  const out: TonePair[] = [];
  for (let i = 0; i < code.length; i += 2) out.push({ expected: TONES[Number(code[i])]!, given: TONES[Number(code[i + 1])]! });
  return out;
}
