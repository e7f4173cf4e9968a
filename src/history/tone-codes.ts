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

/** A code's pairs as their two digits; none of a code this version cannot read (a digit past the tones). */
export function toneCodeKeys(code: string): string[] {
  return /^(?:[0-5]{2})*$/.test(code) ? code.match(/../g) ?? [] : [];
}
