// A Vietnamese syllable taken apart: its tone, its letters with their marks
// (the "base"), and its bare skeleton; and put together again with the tone
// where Vietnamese writes it. Pure; the rules every exercise shares.
//
// In Unicode the tone is one of five combining marks (U+0300 huyền, U+0301
// sắc, U+0303 ngã, U+0309 hỏi, U+0323 nặng); the letter marks are U+0302 (â ê
// ô), U+0306 (ă) and U+031B (ơ ư); đ (U+0111) does not decompose. In NFD the
// tone is not always last (ệ is e + U+0323 + U+0302), so tones are found by
// what they are, never by where they stand.

import type { Tone } from './tones.ts';

export type { Tone };

const TONE_OF: Record<string, Tone> = { '\u0300': 'huyen', '\u0301': 'sac', '\u0309': 'hoi', '\u0303': 'nga', '\u0323': 'nang' };
export const TONE_MARK: Record<Exclude<Tone, 'ngang'>, string> = { huyen: '\u0300', sac: '\u0301', hoi: '\u0309', nga: '\u0303', nang: '\u0323' };
const LETTER_MARKS = /[\u0302\u0306\u031b]/g;

export interface Syllable {
  /** Lower case, NFC, without tone: the letters and their marks (hòa → hoa, tiếng → tiêng). */
  base: string;
  tone: Tone;
  /** Without any mark, đ as d: what a keyboard without Vietnamese gives (tiếng → tieng). */
  skeleton: string;
}

export function analyse(syllable: string): Syllable {
  let tone: Tone = 'ngang';
  let rest = '';
  for (const ch of syllable.normalize('NFD').toLowerCase()) {
    const t = TONE_OF[ch];
    if (t) tone = t;
    else rest += ch;
  }
  const base = rest.normalize('NFC');
  return { base, tone, skeleton: rest.replace(LETTER_MARKS, '').replaceAll('đ', 'd').normalize('NFC') };
}

const VOWELS = 'aăâeêioôơuưy';
const MARKED = 'ăâêôơư';
const isVowel = (ch: string) => VOWELS.includes(ch);

/**
 * Where the tone mark goes in a toneless syllable (index into `base`, lower
 * case NFC), or -1 when it has no vowel. The rules of Vietnamese spelling:
 * - the u of qu and the i of gi (before another vowel) belong to the consonant;
 * - a vowel with a hat or horn takes it (ươ: the ơ);
 * - otherwise one vowel takes it; of three, the middle one; of two, the second
 *   when a consonant follows (hoàn, toán), else the first (mía, tài), and for
 *   oa, oe, uy at the end the first ("old style", hòa, thủy; `newStyle` gives
 *   hoà, thuỷ: both are in use and both are right).
 */
export function tonePosition(base: string, newStyle = false): number {
  // gi and qu count as consonants only before another vowel (già, quý); in gì, gìn the i is the vowel.
  let start = 0;
  if ((base.startsWith('qu') || base.startsWith('gi')) && base.length > 2 && isVowel(base[2]!)) start = 2;
  const vowels: number[] = [];
  for (let i = start; i < base.length; i++) {
    if (isVowel(base[i]!)) vowels.push(i);
    else if (vowels.length > 0) break;
  }
  if (vowels.length === 0) return -1;
  const uo = vowels.findIndex((v) => base[v] === 'ư' && base[v + 1] === 'ơ');
  if (uo >= 0) return vowels[uo]! + 1;
  const marked = vowels.filter((v) => MARKED.includes(base[v]!));
  if (marked.length > 0) return marked[marked.length - 1]!;
  if (vowels.length === 1) return vowels[0]!;
  if (vowels.length >= 3) return vowels[1]!;
  const last = vowels[vowels.length - 1]!;
  const finalConsonant = last + 1 < base.length;
  if (finalConsonant) return last;
  const pair = base.slice(vowels[0]!, last + 1);
  if (pair === 'oa' || pair === 'oe' || pair === 'uy') return newStyle ? last : vowels[0]!;
  return vowels[0]!;
}

/** The syllable written with its tone in its place (NFC). */
export function compose(base: string, tone: Tone, newStyle = false): string {
  if (tone === 'ngang') return base.normalize('NFC');
  const letters = [...base.normalize('NFC')];
  const at = tonePosition(letters.join(''), newStyle);
  if (at < 0) return letters.join('');
  letters[at] = (letters[at]! + TONE_MARK[tone]).normalize('NFC');
  return letters.join('').normalize('NFC');
}

import { SYLLABLE } from './syllable-pattern.ts';

export { SYLLABLE };

export function syllables(text: string): string[] {
  return text.normalize('NFC').match(SYLLABLE) ?? [];
}
