// Which script a text is written in, and how long it is in letters. Lao
// lives in U+0E80–U+0EFF. These run several times per pair on 100,000-pair
// corpora, so they are loops over char codes rather than regex matches.

const LAO = /[\u0E80-\u0EFF]/;

export function hasLao(text: string): boolean {
  return LAO.test(text);
}

export function isLaoChar(ch: string | undefined): boolean {
  return ch !== undefined && LAO.test(ch);
}

export interface TextMeasure {
  /** Letters, marks and digits of any script: the length without punctuation and spaces. */
  letters: number;
  /** Lao code points (letters, vowels, tone marks). */
  lao: number;
}

export function measure(text: string): TextMeasure {
  let letters = 0;
  let lao = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) {
      if ((c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a)) letters++;
    } else if (c >= 0x0e80 && c <= 0x0eff) {
      lao++;
      // ຯ (ellipsis) is punctuation; everything else in the block is a letter, mark or digit.
      if (c !== 0x0eaf) letters++;
    } else if (!(c <= 0xbf || (c >= 0x2000 && c <= 0x206f) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xdc00 && c <= 0xdfff))) {
      letters++;
    }
  }
  return { letters, lao };
}

export function letterCount(text: string): number {
  return measure(text).letters;
}

/** Lao writing, not one Lao name quoted in a Vietnamese sentence. */
export function isMostlyLao(m: TextMeasure): boolean {
  return m.lao > m.letters / 4;
}
