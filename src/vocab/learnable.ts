// The Vietnamese words a learner learns from a deck: its words as the
// exercise work splits them (two-syllable words the deck shows belong
// together kept whole, other syllables alone), without names and numbers,
// which are not vocabulary (ASEAN, Việt Nam, 2018). A name is a word the deck
// writes with a capital letter wherever it is not the sentence's first word;
// a word only ever seen first in its sentence is not a name. Pure.
import type { Word } from '../exercise/words.ts';

/** A number (2018, 20), not a word to learn. */
export const isNumber = (key: string) => /\p{N}/u.test(key);
/** Any of its syllables written with a capital (nước ASEAN is a name's phrase, not vocabulary). */
const capitalised = (text: string) => text.split(' ').some((s) => s[0] !== s[0]!.toLowerCase());

/** Each sentence's learnable words (keys, lower case), each once, in order of first appearance. */
export function learnableWords(sentences: readonly (readonly Word[])[]): string[][] {
  // Per word: seen inside a sentence capitalised, and in lower case.
  const upper = new Set<string>();
  const lower = new Set<string>();
  for (const words of sentences) {
    for (const w of words) {
      if (w.at === 0) continue;
      (capitalised(w.text) ? upper : lower).add(w.key);
    }
  }
  return sentences.map((words) => {
    const keys: string[] = [];
    for (const w of words) {
      if (isNumber(w.key) || (upper.has(w.key) && !lower.has(w.key)) || keys.includes(w.key)) continue;
      keys.push(w.key);
    }
    return keys;
  });
}
