// Which word of a sentence a cloze hides, and which wrong options a choice
// offers beside it. Pure and deterministic for a given deck and card.
import { hash64 } from '../deck/hash.ts';
import { analyse } from './syllable.ts';
import { splitWords, type DeckWords, type Word } from './words.ts';

/**
 * Clozemaster's rule adapted to a deck's own vocabulary: hide the rarest word
 * of the sentence that still occurs in at least this many of the deck's
 * sentences: useful to learn, not a one-off name.
 */
export const MIN_SENTENCES = 2;
/** Sentences of this many syllables or more get two clozes. */
export const TWO_CLOZES_FROM = 20;

const isNumber = (w: Word) => /^[\p{N}\s]+$/u.test(w.key);

export function chooseCloze(sentence: string | Word[], deck: DeckWords): Word[] {
  const words = (typeof sentence === 'string' ? splitWords(sentence, deck) : sentence).filter((w) => !isNumber(w));
  if (words.length === 0) return [];
  const count = new Map(words.map((w) => [w, deck.sentences.get(w.key) ?? 0]));
  const useful = words.filter((w) => count.get(w)! >= MIN_SENTENCES)
    .sort((a, b) => count.get(a)! - count.get(b)! || b.length - a.length || a.at - b.at);
  // No word recurs (a tiny deck): the longest word, which is the least likely to be a particle.
  const ranked = useful.length > 0 ? useful : [...words].sort((a, b) => b.length - a.length || b.key.length - a.key.length || a.at - b.at);
  const syllableCount = words.reduce((n, w) => Math.max(n, w.at + w.length), 0);
  const chosen = ranked.slice(0, syllableCount >= TWO_CLOZES_FROM ? 2 : 1);
  return chosen.sort((a, b) => a.at - b.at);
}

/** The deck's words indexed for choosing options: by skeleton (minimal pairs), and by syllable count, rarest first. */
export interface OptionIndex {
  bySkeleton: Map<string, string[]>;
  byLength: Map<number, [word: string, sentences: number][]>;
  sentences: Map<string, number>;
}

const skeletonOf = (key: string) => key.split(' ').map((s) => analyse(s).skeleton).join(' ');

export function optionIndex(deck: DeckWords): OptionIndex {
  const bySkeleton = new Map<string, string[]>();
  const byLength = new Map<number, [string, number][]>();
  for (const [word, n] of deck.sentences) {
    if (/^[\p{N}\s]+$/u.test(word)) continue;
    const skeleton = skeletonOf(word);
    const same = bySkeleton.get(skeleton);
    if (same) same.push(word);
    else bySkeleton.set(skeleton, [word]);
    const length = word.split(' ').length;
    const bucket = byLength.get(length);
    if (bucket) bucket.push([word, n]);
    else byLength.set(length, [[word, n]]);
  }
  for (const list of byLength.values()) list.sort((a, b) => a[1] - b[1] || (a[0] < b[0] ? -1 : 1));
  return { bySkeleton, byLength, sentences: deck.sentences };
}

/** How an option is compared with the answer and with other options: case, punctuation and spacing aside. */
export const optionKey = (text: string) => text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ').trim();

/**
 * Three wrong options for a hidden word: first the deck's tone and mark
 * minimal pairs of it (đẩy/đầy/đây), then words of as many syllables and a
 * similar frequency, then the learner's own earlier wrong answers. Never the
 * answer, never two options alike, never a word of the sentence itself (it
 * would fit the slot too). `seed` (the card's id) breaks ties, so a card always
 * gets the same options.
 */
export function distractors(answer: Word, sentence: string, index: OptionIndex, seed: string, learnerWrong: readonly string[] = [], n = 3, sentenceKey = optionKey(sentence)): string[] {
  const taken = new Set([optionKey(answer.text)]);
  const inSentence = ` ${sentenceKey} `;
  const out: string[] = [];
  /** Takes a candidate unless it is the answer, another option or a word of the sentence; true once there are enough. */
  const offer = (candidate: string, key: string): boolean => {
    if (key && !taken.has(key) && !inSentence.includes(` ${key} `)) {
      taken.add(key);
      out.push(candidate);
    }
    return out.length >= n;
  };
  // The deck's words are keys already (lower case, syllables of letters, marks and digits, one space apart).
  const minimalPairs = index.bySkeleton.get(skeletonOf(answer.key)) ?? [];
  const ranked = minimalPairs.map((w) => [hash64(`${seed}\u0001${w}`), w] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1));
  for (const [, w] of ranked) if (offer(w, w)) return out;
  if (nearestInFrequency(index.byLength.get(answer.length) ?? [], index.sentences.get(answer.key) ?? 1, seed, (w) => offer(w, w))) return out;
  for (const w of learnerWrong) if (offer(w, optionKey(w))) return out;
  return out;
}

/** The first index of a frequency-sorted list whose count is ≥ c (> c if strict). */
function bound(list: readonly [string, number][], c: number, strict: boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (strict ? list[mid]![1] <= c : list[mid]![1] < c) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Offers the words of a list sorted by frequency to `visit`, nearest to `count`
 * first (by ratio: frequencies spread over orders of magnitude), until it says
 * stop (returns true, and so does this). Within a run of equal frequency, from
 * a place fixed by the seed: deterministic without sorting a run that may hold
 * thousands of words (a deck's one-off words). O(log n) to start, then one
 * step per word taken.
 */
function nearestInFrequency(list: readonly [string, number][], count: number, seed: string, visit: (word: string) => boolean): boolean {
  const distance = (i: number) => (i >= 0 && i < list.length ? Math.abs(Math.log(list[i]![1] / count)) : Infinity);
  const run = (from: number, to: number) => {
    // Where in a run of equal frequency to begin; a run of one word needs no hash.
    const start = to - from === 1 ? 0 : parseInt(hash64(`${seed}\u0003${from}`).slice(0, 6), 36) % (to - from);
    for (let k = 0; k < to - from; k++) if (visit(list[from + ((start + k) % (to - from))]![0])) return true;
    return false;
  };
  let right = bound(list, count, false);
  let left = right - 1;
  while (right < list.length || left >= 0) {
    if (distance(right) <= distance(left)) {
      const end = bound(list, list[right]![1], true);
      if (run(right, end)) return true;
      right = end;
    } else {
      const begin = bound(list, list[left]![1], false);
      if (run(begin, left + 1)) return true;
      left = begin - 1;
    }
  }
  return false;
}

/** The four options of a choice, the answer among them at a place fixed by the card. */
export function choiceOptions(answer: Word, wrong: readonly string[], seed: string): { options: string[]; answer: number } {
  const at = parseInt(hash64(`${seed}\u0002place`).slice(0, 6), 36) % (wrong.length + 1);
  const options = [...wrong];
  options.splice(at, 0, answer.text);
  return { options, answer: at };
}

/** A Vietnamese sentence with the marks a deck author wrote (Anki's {{c1::…}}, {{c1::…::hint}}) removed, and what they hid. */
export function clozeMarks(vi: string): { text: string; hidden: string[] } {
  const hidden: string[] = [];
  const text = vi.replace(/\{\{c\d+::(.*?)(?:::[^}]*)?\}\}/g, (_, word: string) => {
    hidden.push(word);
    return word;
  });
  return { text, hidden };
}

/**
 * The options of a choice for one hidden word, at review time: the options the
 * compiler planned, or, where the deck was too small to plan them, the planned
 * wrong options there are and then the learner's own earlier wrong answers
 * for this card. Null when there are not three wrong options to offer.
 */
export function optionsWithLearnerAnswers(answer: string, planned: readonly string[], learnerWrong: readonly string[], seed: string): string[] | null {
  if (planned.length === 4) return [...planned];
  const taken = new Set([optionKey(answer)]);
  const wrong: string[] = [];
  for (const option of [...planned, ...learnerWrong]) {
    const key = optionKey(option);
    if (!key || taken.has(key) || wrong.length === 3) continue;
    taken.add(key);
    wrong.push(option);
  }
  if (wrong.length < 3) return null;
  return choiceOptions({ text: answer, key: answer.toLowerCase(), at: 0, length: 1 }, wrong, seed).options;
}
