// The rule for a known word, and learnable words (no names, no numbers).
import { describe, expect, it } from 'vitest';
import { cardEvidence, knowledge, KNOWN_DAYS, KNOWN_DAYS_RECOGNITION, pairEvidence } from '../../../src/vocab/known.ts';
import { learnableWords } from '../../../src/vocab/learnable.ts';
import { splitWords } from '../../../src/exercise/words.ts';

describe('known and seen words', () => {
  it('counts a word known from a card of its sentence at three weeks\' stability, recognition at twice that', () => {
    expect(cardEvidence({ kind: 'production', stability: 0, reps: 0 })).toBe(0);
    expect(cardEvidence({ kind: 'production', stability: 3, reps: 2 })).toBe(1);
    expect(cardEvidence({ kind: 'production', stability: KNOWN_DAYS, reps: 5 })).toBe(2);
    expect(cardEvidence({ kind: 'cloze', stability: KNOWN_DAYS, reps: 5 })).toBe(2);
    expect(cardEvidence({ kind: 'dictation', stability: KNOWN_DAYS - 0.1, reps: 5 })).toBe(1);
    expect(cardEvidence({ kind: 'recognition', stability: KNOWN_DAYS, reps: 5 })).toBe(1);
    expect(cardEvidence({ kind: 'recognition', stability: KNOWN_DAYS_RECOGNITION, reps: 5 })).toBe(2);
    expect(pairEvidence([{ kind: 'recognition', stability: 30, reps: 4 }, { kind: 'production', stability: 25, reps: 4 }])).toBe(2);
    const { known, seen } = knowledge([
      { words: ['tôi', 'ăn'], evidence: 2 },
      { words: ['tôi', 'cơm'], evidence: 1 },
      { words: ['bạn'], evidence: 0 },
    ]);
    expect([...known].sort()).toEqual(['tôi', 'ăn'].sort());
    expect([...seen].sort()).toEqual(['cơm', 'tôi', 'ăn'].sort());
  });

  it('leaves names (capitalised wherever not first) and numbers out of the words to learn', () => {
    const compounds = { compounds: new Map([['hà nội', 1]]) };
    const sentences = ['Tôi ở Hà Nội năm 2018', 'Hà Nội đẹp', 'Tôi thích ASEAN', 'Ăn cơm với tôi'].map((s) => splitWords(s, compounds));
    expect(learnableWords(sentences)).toEqual([['tôi', 'ở', 'năm'], ['đẹp'], ['tôi', 'thích'], ['ăn', 'cơm', 'với', 'tôi']]);
  });
});

describe('marking new words in a sentence', () => {
  it('marks each new word where it is written, two-syllable words whole, the rest as written', async () => {
    const { markWords } = await import('../../../src/vocab/marks.ts');
    const pieces = markWords('Tôi thích ăn cơm, Ăn cơm ngon!', ['ăn cơm', 'thích']);
    expect(pieces).toEqual([
      { text: 'Tôi ', word: false }, { text: 'thích', word: true }, { text: ' ', word: false },
      { text: 'ăn cơm', word: true }, { text: ', ', word: false }, { text: 'Ăn cơm', word: true }, { text: ' ngon!', word: false },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe('Tôi thích ăn cơm, Ăn cơm ngon!');
    expect(markWords('xin chào', [])).toEqual([{ text: 'xin chào', word: false }]);
    // "cơm" alone is not the word "ăn cơm".
    expect(markWords('cơm ăn', ['ăn cơm']).some((p) => p.word)).toBe(false);
  });
});
