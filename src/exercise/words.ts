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
// is hệ thống + dịch vụ, not thống dịch). On the seed, 0.6 keeps the real
// words and leaves out phrases that merely repeat ("dụng các", "của các").
import { SYLLABLE, syllables } from './syllable.ts';

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
  /** Words of two syllables the deck shows belong together, with their association. */
  compounds: Map<string, number>;
}

/** A deck's sentences as syllables (NFC text, as the compiler leaves it: no normalising again), and as keys. */
export interface SplitSentence {
  written: string[];
  keys: string[];
}

export function splitSentence(nfcText: string): SplitSentence {
  const written = nfcText.match(SYLLABLE) ?? [];
  return { written, keys: written.map((s) => s.toLowerCase()) };
}

/** Counts over the deck's Vietnamese sentences: syllables, then words. */
export function deckWords(sentences: readonly string[] | readonly SplitSentence[]): DeckWords {
  const split = sentences.map((s) => (typeof s === 'string' ? splitSentence(s.normalize('NFC')) : s));
  const syllableCount = new Map<string, number>();
  const pairCount = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const { keys } of split) {
    for (const x of new Set(keys)) bump(syllableCount, x);
    const pairs = new Set<string>();
    for (let i = 1; i < keys.length; i++) pairs.add(`${keys[i - 1]} ${keys[i]}`);
    for (const p of pairs) bump(pairCount, p);
  }
  const compounds = new Map<string, number>();
  for (const [pair, n] of pairCount) {
    if (n < MIN_PAIR_SENTENCES) continue;
    const space = pair.indexOf(' ');
    const dice = (2 * n) / (syllableCount.get(pair.slice(0, space))! + syllableCount.get(pair.slice(space + 1))!);
    if (dice >= MIN_DICE) compounds.set(pair, dice);
  }
  const words: DeckWords = { sentences: new Map(), compounds };
  for (const s of split) {
    for (const k of new Set(wordsOf(s, compounds).map((w) => w.key))) bump(words.sentences, k);
  }
  return words;
}

/** A sentence as words: the deck's compounds chosen for the largest total association, other syllables alone. */
export function splitWords(sentence: string, deck: Pick<DeckWords, 'compounds'>): Word[] {
  return wordsOf(splitSentence(syllables(sentence).join(' ')), deck.compounds);
}

export function wordsOf({ written, keys }: SplitSentence, compounds: ReadonlyMap<string, number>): Word[] {
  const n = written.length;
  const join = (i: number) => (i >= 2 ? compounds.get(`${keys[i - 2]} ${keys[i - 1]}`) ?? 0 : 0);
  // best[i]: the largest total association of compounds among the first i syllables.
  const best = new Float64Array(n + 1);
  for (let i = 2; i <= n; i++) {
    const dice = join(i);
    best[i] = Math.max(best[i - 1]!, dice > 0 ? best[i - 2]! + dice : 0);
  }
  const words: Word[] = [];
  let i = n;
  while (i > 0) {
    const dice = join(i);
    if (dice > 0 && best[i] === best[i - 2]! + dice && best[i]! > best[i - 1]!) {
      words.push({ text: `${written[i - 2]} ${written[i - 1]}`, key: `${keys[i - 2]} ${keys[i - 1]}`, at: i - 2, length: 2 });
      i -= 2;
    } else {
      words.push({ text: written[i - 1]!, key: keys[i - 1]!, at: i - 1, length: 1 });
      i -= 1;
    }
  }
  return words.reverse();
}
