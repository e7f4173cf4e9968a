// Which script a text is written in. Lao letters live in U+0E80–U+0EFF.

const LAO = /[\u0E80-\u0EFF]/;
const LAO_GLOBAL = /[\u0E80-\u0EFF]/g;
// Letters with their combining marks (Lao vowels and tone marks are marks), and digits.
const LETTER_GLOBAL = /[\p{L}\p{M}\p{N}]/gu;

export function hasLao(text: string): boolean {
  return LAO.test(text);
}

/** Number of Lao code points (letters, vowels, tone marks). */
export function laoCount(text: string): number {
  return text.match(LAO_GLOBAL)?.length ?? 0;
}

/** Letters, marks and digits of any script: the length of a text without its punctuation and spaces. */
export function letterCount(text: string): number {
  return text.match(LETTER_GLOBAL)?.length ?? 0;
}

export function isLaoChar(ch: string | undefined): boolean {
  return ch !== undefined && LAO.test(ch);
}
