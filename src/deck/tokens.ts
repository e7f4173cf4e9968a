// Words of each sentence, computed once at compile time so that review and
// statistics never re-read text: Vietnamese by syllable (its words are
// written as space-separated syllables), Lao by Intl.Segmenter, whose ICU
// dictionary knows Lao words (Lao is written without spaces between words).
import type { VocabularyEntry } from './types.ts';
import { identityKey } from './normalise.ts';

const VI_SYLLABLE = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

export function vietnameseTokens(text: string): string[] {
  // Vietnamese has no locale-specific case rules, and toLocaleLowerCase('vi')
  // costs 4× more on 100,000 sentences.
  return text.toLowerCase().match(VI_SYLLABLE) ?? [];
}

export function laoTokenizer(): (text: string) => string[] {
  const segmenter = new Intl.Segmenter('lo', { granularity: 'word' });
  return (text) => {
    const words: string[] = [];
    // A typist's word-break hints (zero-width spaces) are display only: the dictionary decides the
    // words, so a sentence with and without them has the same words (a hint inside a word split it).
    for (const s of segmenter.segment(identityKey(text))) if (s.isWordLike) words.push(s.segment.toLowerCase());
    return words;
  };
}

/**
 * Collects words into a vocabulary, most frequent first (ties: first seen
 * first). Sentences are kept as provisional indices while words are counted,
 * so 100,000 sentences do not hold a million word strings.
 */
export class VocabularyBuilder {
  private index = new Map<string, number>();
  private words: string[] = [];
  private counts: number[] = [];

  /** Adds a sentence's words; returns their provisional indices. */
  add(words: string[]): number[] {
    const ids = new Array<number>(words.length);
    for (let i = 0; i < words.length; i++) {
      const w = words[i]!;
      let id = this.index.get(w);
      if (id === undefined) {
        id = this.words.length;
        this.index.set(w, id);
        this.words.push(w);
        this.counts.push(0);
      }
      this.counts[id]!++;
      ids[i] = id;
    }
    return ids;
  }

  /** The vocabulary, and the map from provisional to final index. */
  build(): { entries: VocabularyEntry[]; finalIndex: Int32Array } {
    // Sort is stable and provisional order is first-seen order, so ties keep it.
    const order = this.words.map((_, i) => i).sort((a, b) => this.counts[b]! - this.counts[a]!);
    const finalIndex = new Int32Array(order.length);
    order.forEach((provisional, final) => (finalIndex[provisional] = final));
    return { entries: order.map((i) => [this.words[i]!, this.counts[i]!]), finalIndex };
  }
}
