// Cloze choice and options on the seed deck, and properties over random
// sentences of its words (fast-check).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { choiceOptions, chooseCloze, clozeMarks, distractors, optionIndex, optionKey } from '../../../src/exercise/cloze.ts';
import { deckWords, splitWords } from '../../../src/exercise/words.ts';

const seed = readFileSync(new URL('../../../content/kpl-2018-asean-e-services/pairs.tsv', import.meta.url), 'utf8')
  .trim().split('\n').map((l) => l.split('\t')[1]!.normalize('NFC'));
const deck = deckWords(seed);
const index = optionIndex(deck);

describe('the words of a deck', () => {
  it('keeps the seed\'s two-syllable words whole and does not join syllables that merely repeat together', () => {
    for (const word of ['thúc đẩy', 'chính phủ', 'dịch vụ', 'hệ thống', 'phát triển', 'hiện đại', 'điện tử', 'sử dụng']) {
      expect(deck.compounds.has(word), word).toBe(true);
    }
    for (const phrase of ['dụng các', 'của các', 'trong việc']) expect(deck.compounds.has(phrase), phrase).toBe(false);
    const keys = (s: string) => splitWords(s, deck).map((w) => w.key);
    expect(keys('chính phủ điện tử')).toEqual(['chính phủ', 'điện tử']);
    expect(keys('các hệ thống dịch vụ hiện đại')).toEqual(['các', 'hệ thống', 'dịch vụ', 'hiện đại']);
    expect(keys('thúc đẩy việc sử dụng các dịch vụ')).toEqual(['thúc đẩy', 'việc', 'sử dụng', 'các', 'dịch vụ']);
  });
});

describe('the cloze', () => {
  it('hides the rarest word that still occurs in several sentences, never a number', () => {
    for (const sentence of seed) {
      const chosen = chooseCloze(sentence, deck);
      const count = (key: string) => deck.sentences.get(key) ?? 0;
      const useful = splitWords(sentence, deck).filter((o) => !/^\d+$/.test(o.key) && count(o.key) >= 2);
      for (const w of chosen) {
        expect(/^\d+$/.test(w.key)).toBe(false);
        // No word left visible that recurs is rarer than a hidden one.
        if (useful.length > 0) for (const o of useful) if (!chosen.some((c) => c.at === o.at)) expect(count(w.key)).toBeLessThanOrEqual(count(o.key));
      }
    }
    // The first sentence: "thúc đẩy" is in two sentences of the deck, the rarest that recurs.
    expect(chooseCloze(seed[0]!, deck).map((w) => w.key)).toContain('thúc đẩy');
  });

  it('gives long sentences two clozes, short ones one', () => {
    expect(chooseCloze(seed[0]!, deck)).toHaveLength(2);
    expect(chooseCloze('Tôi học tiếng Việt', deck)).toHaveLength(1);
  });

  it('takes the word a deck author marked ({{c1::…}}), and the sentence without the marks', () => {
    expect(clozeMarks('Chính phủ {{c1::thúc đẩy}} các dịch vụ {{c2::hiện đại::modern}}.')).toEqual({
      text: 'Chính phủ thúc đẩy các dịch vụ hiện đại.', hidden: ['thúc đẩy', 'hiện đại'],
    });
  });
});

describe('the options of a choice', () => {
  it('are deterministic, never the answer, never a word of the sentence, and all different', () => {
    for (const [i, sentence] of seed.entries()) {
      for (const answer of chooseCloze(sentence, deck)) {
        const wrong = distractors(answer, sentence, index, `card-${i}`);
        expect(distractors(answer, sentence, index, `card-${i}`)).toEqual(wrong);
        expect(wrong).toHaveLength(3);
        const keys = wrong.map(optionKey);
        expect(new Set(keys).size).toBe(3);
        expect(keys).not.toContain(optionKey(answer.text));
        for (const k of keys) expect(` ${optionKey(sentence)} `.includes(` ${k} `)).toBe(false);
        const { options, answer: at } = choiceOptions(answer, wrong, `card-${i}`);
        expect(options[at]).toBe(answer.text);
        expect(options).toHaveLength(4);
      }
    }
  });

  it('offer the deck\'s tone and mark minimal pairs first', () => {
    const mini = deckWords(['Tôi đi học.', 'Anh đì không?', 'Chị đỉ rồi.', 'Đi đâu?', 'Họ đi về.']);
    const answer = splitWords('Đi đâu?', mini)[0]!;
    expect(distractors(answer, 'Đi đâu?', optionIndex(mini), 'x').slice(0, 2).sort()).toEqual(['đì', 'đỉ']);
  });

  it('hold their guarantees for any sentence made of the deck\'s words (fast-check)', () => {
    const vocabulary = [...deck.sentences.keys()];
    fc.assert(fc.property(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 25 }), fc.string(), (words, cardId) => {
      const sentence = words.join(' ');
      for (const answer of chooseCloze(sentence, deck)) {
        const wrong = distractors(answer, sentence, index, cardId, ['sai rồi', answer.text.toUpperCase()]);
        const keys = wrong.map(optionKey);
        if (new Set(keys).size !== keys.length || keys.includes(optionKey(answer.text))) return false;
        if (keys.some((k) => ` ${optionKey(sentence)} `.includes(` ${k} `))) return false;
        if (JSON.stringify(distractors(answer, sentence, index, cardId, ['sai rồi', answer.text.toUpperCase()])) !== JSON.stringify(wrong)) return false;
      }
      return true;
    }), { numRuns: 300 });
  });
});

describe('the exercise plan the compiler writes into a deck', () => {
  it('gives every seed pair its cloze words and their four options, the word among them', async () => {
    const { compile, tsv } = await import('../deck/helpers.ts');
    const text = readFileSync(new URL('../../../content/kpl-2018-asean-e-services/pairs.tsv', import.meta.url), 'utf8');
    const built = compile(tsv(text)).deck!;
    for (const pair of built.pairs) {
      expect(pair.cloze!.length).toBeGreaterThan(0);
      pair.cloze!.forEach((word, k) => {
        expect(pair.vi).toContain(word);
        expect(pair.options![k]).toHaveLength(4);
        expect(pair.options![k]).toContain(word);
      });
    }
    // Compiled twice, planned the same.
    expect(compile(tsv(text)).deck!.pairs.map((p) => [p.cloze, p.options])).toEqual(built.pairs.map((p) => [p.cloze, p.options]));
  });

  it('hides the words a deck author marked, and keeps the sentence without the marks', async () => {
    const { compile, tsv } = await import('../deck/helpers.ts');
    const built = compile(tsv('ລັດຖະບານສົ່ງເສີມການບໍລິການທັນສະໄໝ\tChính phủ {{c1::thúc đẩy}} các dịch vụ hiện đại.\n')).deck!;
    expect(built.pairs[0]).toMatchObject({ vi: 'Chính phủ thúc đẩy các dịch vụ hiện đại.', cloze: ['thúc đẩy'] });
  });
});

describe('options at review time', () => {
  it('keeps the planned options, or fills a small deck\'s with the learner\'s own earlier wrong answers', async () => {
    const { optionsWithLearnerAnswers } = await import('../../../src/exercise/cloze.ts');
    expect(optionsWithLearnerAnswers('đi', ['đì', 'đi', 'về', 'ăn'], [], 'c')).toEqual(['đì', 'đi', 'về', 'ăn']);
    const filled = optionsWithLearnerAnswers('đi', ['đi', 'về'], ['Đi', 'dì', 'đỉ', 'về'], 'c')!;
    expect([...filled].sort()).toEqual(['dì', 'về', 'đi', 'đỉ']);
    expect(optionsWithLearnerAnswers('đi', ['đi'], ['đi'], 'c')).toBeNull();
  });
});
