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

  it('gives a Lao sentence the same words with and without a typist\'s word-break hints, wherever they fall', () => {
    const split = laoTokenizer();
    const plain = 'ກະຊວງໄປສະນີໂທລະຄົມມະນາຄົມ ແລະການສື່ສານ ໄດ້ຈັດກອງປະຊຸມ';
    // Hints after every third Lao letter: some inside the dictionary's words.
    const hinted = [...plain].map((c, i, all) => (i % 3 === 2 && /\p{Script=Lao}/u.test(c) && /\p{Script=Lao}/u.test(all[i + 1] ?? '') ? `${c}\u200B` : c)).join('');
    expect(hinted).not.toBe(plain);
    expect(split(hinted)).toEqual(split(plain));
  });

  it('treats a sentence with word-break hints as the one without: one pair, one id, the same words', () => {
    const hinted = compile(tsv('ສະບາຍດີ\u200Bທ່ານ\tXin chào ông\nສະບາຍດີທ່ານ\tXin chào ông\n'));
    const plain = compile(tsv('ສະບາຍດີທ່ານ\tXin chào ông\n')).deck!;
    expect(hinted.report.diagnostics.map((d) => d.code)).toContain('duplicate-pair');
    expect(hinted.deck!.pairs).toHaveLength(1);
    expect(hinted.deck!.pairs[0]!.id).toBe(plain.pairs[0]!.id);
    // The hint is kept for display.
    expect(hinted.deck!.pairs[0]!.lo).toBe('ສະບາຍດີ\u200Bທ່ານ');
    expect(hinted.deck!.vocabulary.lo).toEqual(plain.vocabulary.lo);
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
