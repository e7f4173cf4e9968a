// Where a sentence's new words are, to mark them on the review screen: the
// text cut into pieces, each either plain or one of the words (a word of two
// syllables is marked whole). Matching is by the syllables' keys (lower
// case, NFC), as the words were found. Pure.
import { SYLLABLE } from '../exercise/syllable-pattern.ts';

export type Piece = { text: string; word: boolean };

export function markWords(text: string, words: readonly string[]): Piece[] {
  if (!words.length) return [{ text, word: false }];
  const wanted = new Set(words);
  const nfc = text.normalize('NFC');
  const found = [...nfc.matchAll(SYLLABLE)].map((m) => ({ start: m.index, end: m.index + m[0].length, key: m[0].toLowerCase() }));
  const pieces: Piece[] = [];
  let at = 0;
  for (let i = 0; i < found.length; i++) {
    const one = found[i]!;
    const two = found[i + 1];
    // Two syllables apart by one space only: a word as the deck wrote it.
    const pair = two && nfc.slice(one.end, two.start) === ' ' ? `${one.key} ${two.key}` : null;
    const end = pair && wanted.has(pair) ? two!.end : wanted.has(one.key) ? one.end : -1;
    if (end < 0) continue;
    if (one.start > at) pieces.push({ text: nfc.slice(at, one.start), word: false });
    pieces.push({ text: nfc.slice(one.start, end), word: true });
    at = end;
    if (end === two?.end) i++;
  }
  if (at < nfc.length) pieces.push({ text: nfc.slice(at), word: false });
  return pieces;
}
