// Words of each sentence, computed once at compile time so that review and
// statistics never re-read text: Vietnamese by syllable (its words are
// written as space-separated syllables), Lao by Intl.Segmenter, whose ICU
// dictionary knows Lao words (Lao is written without spaces between words).
import type { VocabularyEntry } from './types.ts';

const VI_SYLLABLE = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;

export function vietnameseTokens(text: string): string[] {
  return (text.match(VI_SYLLABLE) ?? []).map((s) => s.toLocaleLowerCase('vi'));
}

export function laoTokenizer(): (text: string) => string[] {
  const segmenter = new Intl.Segmenter('lo', { granularity: 'word' });
  return (text) => {
    const words: string[] = [];
    for (const s of segmenter.segment(text)) if (s.isWordLike) words.push(s.segment.toLowerCase());
    return words;
  };
}

/** Collects words into a vocabulary, most frequent first (ties: first seen first). */
export class VocabularyBuilder {
  private counts = new Map<string, number>();

  add(words: string[]): void {
    for (const w of words) this.counts.set(w, (this.counts.get(w) ?? 0) + 1);
  }

  /** The vocabulary and a function from word to its index in it. */
  build(): { entries: VocabularyEntry[]; indexOf: (word: string) => number } {
    // Map iteration is insertion order and sort is stable, so ties keep first-seen order.
    const entries = [...this.counts].sort((a, b) => b[1] - a[1]);
    const index = new Map(entries.map(([w], i) => [w, i]));
    return { entries, indexOf: (w) => index.get(w)! };
  }
}
