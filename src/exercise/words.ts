// Vietnamese words of a deck. Vietnamese is written a syllable at a time, and
// most words have two (thúc đẩy, chính phủ, dịch vụ): which adjacent
// syllables belong together is learned from the deck itself. Pure.
//
// Two adjacent syllables a b are a word candidate when the pair recurs (in at
// least MIN_PAIR_SENTENCES sentences) and the syllables rarely appear apart:
// the Dice coefficient 2·n(ab) / (n(a) + n(b)) over sentence counts is at
// least MIN_DICE. A sentence is then split into words by choosing the
// non-overlapping candidates with the largest total association (so "chính
// phủ điện tử" is chính phủ + điện tử, not phủ điện, and "hệ thống dịch vụ"
// is hệ thống + dịch vụ, not thống dịch). On the seed, 0.6 separates the
// real words from phrases that merely repeat ("các hệ", "dụng các").
import { syllables } from './syllable.ts';

export const MIN_PAIR_SENTENCES = 2;
export const MIN_DICE = 0.6;

/** A word of a sentence: its text as written, its key (lower case, NFC), and where its syllables are. */
export interface Word {
  text: string;
  key: string;
  /** Index of its first syllable in the sentence, and how many syllables it has. */
  at: number;
  length: number;
}

export interface DeckWords {
  /** Sentences each word (by key) occurs in. */
  sentences: Map<string, number>;
  /** Words of two or more syllables the deck shows belong together. */
  compounds: Map<string, number>;
}

const key = (s: string) => s.toLowerCase();

/** Counts over the deck's Vietnamese sentences: syllables, then words. */
export function deckWords(sentences: readonly string[]): DeckWords {
  const syllableCount = new Map<string, number>();
  const pairCount = new Map<string, number>();
  const split = sentences.map((s) => syllables(s).map(key));
  for (const xs of split) {
    for (const x of new Set(xs)) syllableCount.set(x, (syllableCount.get(x) ?? 0) + 1);
    for (const p of new Set(xs.slice(1).map((x, i) => `${xs[i]} ${x}`))) pairCount.set(p, (pairCount.get(p) ?? 0) + 1);
  }
  const compounds = new Map<string, number>();
  for (const [pair, n] of pairCount) {
    if (n < MIN_PAIR_SENTENCES) continue;
    const [a, b] = pair.split(' ') as [string, string];
    const dice = (2 * n) / (syllableCount.get(a)! + syllableCount.get(b)!);
    if (dice >= MIN_DICE) compounds.set(pair, dice);
  }
  const words: DeckWords = { sentences: new Map(), compounds };
  for (const s of sentences) {
    for (const k of new Set(splitWords(s, words).map((w) => w.key))) words.sentences.set(k, (words.sentences.get(k) ?? 0) + 1);
  }
  return words;
}

/** A sentence as words: the deck's compounds chosen for the largest total association, other syllables alone. */
export function splitWords(sentence: string, deck: Pick<DeckWords, 'compounds'>): Word[] {
  const xs = syllables(sentence);
  const ks = xs.map(key);
  // best[i]: the largest total association of compounds among the first i syllables.
  const best = [0, 0];
  for (let i = 2; i <= xs.length; i++) {
    const dice = deck.compounds.get(`${ks[i - 2]} ${ks[i - 1]}`) ?? 0;
    best[i] = Math.max(best[i - 1]!, dice > 0 ? best[i - 2]! + dice : 0);
  }
  const words: Word[] = [];
  let i = xs.length;
  while (i > 0) {
    const dice = i >= 2 ? deck.compounds.get(`${ks[i - 2]} ${ks[i - 1]}`) ?? 0 : 0;
    if (dice > 0 && best[i] === best[i - 2]! + dice && best[i]! > best[i - 1]!) {
      words.push({ text: `${xs[i - 2]} ${xs[i - 1]}`, key: `${ks[i - 2]} ${ks[i - 1]}`, at: i - 2, length: 2 });
      i -= 2;
    } else {
      words.push({ text: xs[i - 1]!, key: ks[i - 1]!, at: i - 1, length: 1 });
      i -= 1;
    }
  }
  return words.reverse();
}
