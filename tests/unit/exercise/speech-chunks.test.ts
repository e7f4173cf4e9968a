import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { MAX_CHARS, speechChunks } from '../../../src/exercise/speech-chunks.ts';

describe('long sentences read aloud in parts', () => {
  it('keeps a short sentence whole', () => {
    expect(speechChunks('  Xin chào   bạn. ')).toEqual(['Xin chào bạn.']);
  });

  it('splits the seed\'s longest sentences at sentence marks, then commas, then spaces, never inside a word, losing nothing', () => {
    const sentences = readFileSync(new URL('../../../content/kpl-2018-asean-e-services/pairs.tsv', import.meta.url), 'utf8')
      .trim().split('\n').map((l) => l.split('\t')[1]!);
    const long = sentences.filter((s) => s.length > MAX_CHARS);
    expect(long.length).toBeGreaterThan(0);
    for (const s of long) {
      const chunks = speechChunks(s);
      expect(chunks.length).toBeGreaterThan(1);
      for (const c of chunks) expect(c.length).toBeLessThanOrEqual(MAX_CHARS);
      expect(chunks.join(' ')).toBe(s.replace(/\s+/g, ' ').trim());
    }
    expect(speechChunks(`${'a'.repeat(100)}. ${'b'.repeat(100)}, ${'c'.repeat(30)}`)).toEqual([`${'a'.repeat(100)}.`, `${'b'.repeat(100)}, ${'c'.repeat(30)}`]);
  });
});
