import { describe, expect, it } from 'vitest';
import { laoTokenizer, vietnameseTokens } from '../../../src/deck/tokens.ts';
import { compile, tsv } from './helpers.ts';

describe('tokens and vocabulary', () => {
  it('splits Vietnamese into lower-case syllables without punctuation', () => {
    expect(vietnameseTokens('Bộ Bưu chính, Viễn thông (MPTC) E-GOVERNMENT.')).toEqual(['bộ', 'bưu', 'chính', 'viễn', 'thông', 'mptc', 'e-government']);
  });

  it('splits Lao into dictionary words with Intl.Segmenter', () => {
    expect(laoTokenizer()('ສະບາຍດີທ່ານ, ຂອບໃຈ.')).toEqual(['ສະບາຍດີ', 'ທ່ານ', 'ຂອບໃຈ']);
  });

  it('stores each sentence as indices into a frequency-ordered vocabulary', () => {
    const deck = compile(tsv('ສະບາຍດີທ່ານ\tXin chào ông\nຂອບໃຈທ່ານ\tCảm ơn ông\n')).deck!;
    expect(deck.vocabulary.vi).toEqual([['ông', 2], ['xin', 1], ['chào', 1], ['cảm', 1], ['ơn', 1]]);
    expect(deck.vocabulary.lo).toEqual([['ທ່ານ', 2], ['ສະບາຍດີ', 1], ['ຂອບໃຈ', 1]]);
    const words = (kind: 'lo' | 'vi', i: number) => deck.pairs[i]![`${kind}Tokens`].map((t) => deck.vocabulary[kind][t]![0]);
    expect(words('vi', 1)).toEqual(['cảm', 'ơn', 'ông']);
    expect(words('lo', 0)).toEqual(['ສະບາຍດີ', 'ທ່ານ']);
  });
});
