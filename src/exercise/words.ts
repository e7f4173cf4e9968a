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
  return deckWordsAndSentences(sentences.map((s) => (typeof s === 'string' ? splitSentence(s.normalize('NFC')) : s))).deck;
}

/**
 * A pair of syllables as one small integer, a·2¹⁵ + b, while both are among the
 * first 32,768 distinct syllables (Vietnamese has about 7,000): V8 keeps such
 * keys unboxed. Pairs of rarer ones (names, numbers in a huge deck) use text.
 */
const PAIR_BASE = 2 ** 15;

/**
 * deckWords, and each sentence as words (the compiler's exercise plan needs both).
 * Syllables are counted as numbers, not strings: at 100,000 sentences the
 * string keys of adjacent pairs were most of a build's garbage.
 */
export function deckWordsAndSentences(split: readonly SplitSentence[]): { deck: DeckWords; words: Word[][] } {
  const ids = new Map<string, number>();
  const names: string[] = [];
  const syllableCount: number[] = [];
  // Per sentence a word counts once, however often the sentence repeats it: each count
  // remembers the last sentence that added to it (for pairs, in the same number: count·2²⁴ + sentence).
  const syllableLast: number[] = [];
  const pairs = new Map<number | string, number>();
  const SENTENCE = 2 ** 24;
  split.forEach(({ keys }, sentence) => {
    let previous = -1;
    for (const key of keys) {
      let id = ids.get(key);
      if (id === undefined) {
        id = names.length;
        ids.set(key, id);
        names.push(key);
        syllableCount.push(0);
        syllableLast.push(-1);
      }
      if (syllableLast[id] !== sentence) {
        syllableLast[id] = sentence;
        syllableCount[id]!++;
      }
      if (previous >= 0) {
        const pair = previous < PAIR_BASE && id < PAIR_BASE ? previous * PAIR_BASE + id : `${previous} ${id}`;
        const seen = pairs.get(pair);
        if (seen === undefined) pairs.set(pair, SENTENCE + sentence);
        else if (seen % SENTENCE !== sentence) pairs.set(pair, (Math.floor(seen / SENTENCE) + 1) * SENTENCE + sentence);
      }
      previous = id;
    }
  });
  const compounds = new Map<string, number>();
  for (const [pair, seen] of pairs) {
    const n = Math.floor(seen / SENTENCE);
    if (n < MIN_PAIR_SENTENCES) continue;
    const [a, b] = typeof pair === 'number' ? [Math.floor(pair / PAIR_BASE), pair % PAIR_BASE] : pair.split(' ').map(Number) as [number, number];
    const dice = (2 * n) / (syllableCount[a]! + syllableCount[b]!);
    if (dice >= MIN_DICE) compounds.set(`${names[a]} ${names[b]}`, dice);
  }
  const deck: DeckWords = { sentences: new Map(), compounds };
  const words = split.map((s) => wordsOf(s, compounds));
  const seen = new Set<string>();
  for (const list of words) {
    seen.clear();
    for (const w of list) {
      if (seen.has(w.key)) continue;
      seen.add(w.key);
      deck.sentences.set(w.key, (deck.sentences.get(w.key) ?? 0) + 1);
    }
  }
  return { deck, words };
}

/** A sentence as words: the deck's compounds chosen for the largest total association, other syllables alone. */
export function splitWords(sentence: string, deck: Pick<DeckWords, 'compounds'>): Word[] {
  return wordsOf(splitSentence(syllables(sentence).join(' ')), deck.compounds);
}

/** The first syllables of a deck's compounds, so most pairs of a sentence are ruled out without building their key. */
const startsOf = new WeakMap<ReadonlyMap<string, number>, Set<string>>();

export function wordsOf({ written, keys }: SplitSentence, compounds: ReadonlyMap<string, number>): Word[] {
  const n = written.length;
  let starts = startsOf.get(compounds);
  if (!starts) startsOf.set(compounds, (starts = new Set([...compounds.keys()].map((k) => k.slice(0, k.indexOf(' '))))));
  const join = (i: number) => (i >= 2 && starts.has(keys[i - 2]!) ? compounds.get(`${keys[i - 2]} ${keys[i - 1]}`) ?? 0 : 0);
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
