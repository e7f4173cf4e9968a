// What a card offers to say: the whole sentence when it is short enough to
// say in one breath and be cut into syllables reliably, and its words (the
// deck's learnable words, two-syllable ones first: where tones pair up). A
// sentence with a number is not offered whole: how the number is said (how
// many syllables, which tones) is not written.
import { syllables } from '../../exercise/syllable.ts';

/** Longest text offered whole (syllables). */
export const MAX_SYLLABLES = 6;
const MAX_TARGETS = 6;

export function voiceTargets(sentence: string, words: readonly string[] = []): string[] {
  const count = (t: string) => syllables(t).length;
  const whole = count(sentence) > 0 && count(sentence) <= MAX_SYLLABLES && !/\p{N}/u.test(sentence) ? [sentence] : [];
  const fromWords = [...new Set(words)].filter((w) => count(w) > 0 && count(w) <= 3 && w !== sentence.toLowerCase())
    .sort((a, b) => Number(count(b) >= 2) - Number(count(a) >= 2));
  // A sentence without its words kept (installed before they were): its syllables two by two.
  const fallback = whole.length || fromWords.length ? [] : pairs(syllables(sentence).filter((x) => !/\p{N}/u.test(x)));
  return [...whole, ...fromWords, ...fallback].slice(0, MAX_TARGETS);
}

function pairs(s: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += 2) out.push(s.slice(i, i + 2).join(' '));
  return out;
}
