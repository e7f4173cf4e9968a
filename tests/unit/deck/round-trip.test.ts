// Property: a pair that is already clean, written as TSV or CSV and compiled,
// comes back exactly as it was, in order, none lost.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, csv, tsv } from './helpers.ts';

const LAO_CONSONANTS = [...'ກຂຄງຈສຊຍດຕຖທນບປຜຝພຟມຢຣລວຫອຮ'];
const LAO_VOWELS = ['', 'າ', 'ິ', 'ີ', 'ຶ', 'ື', 'ຸ', 'ູ', 'ຳ'];
const LAO_TONES = ['', '່', '້'];
const VI_ONSETS = ['', 'b', 'c', 'ch', 'd', 'đ', 'g', 'h', 'k', 'kh', 'l', 'm', 'n', 'ng', 'nh', 'ph', 'qu', 't', 'th', 'tr', 'v', 'x'];
const VI_VOWELS = [...'aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵ'];
const VI_CODAS = ['', 'c', 'ch', 'm', 'n', 'ng', 'nh', 'p', 't'];
const PUNCTUATION = ['', ',', '.', '!', '?', ';', '"'];

const laoSyllable = fc.tuple(fc.constantFrom(...LAO_CONSONANTS), fc.constantFrom(...LAO_VOWELS), fc.constantFrom(...LAO_TONES)).map((p) => p.join(''));
const laoWord = fc.array(laoSyllable, { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
const viSyllable = fc.tuple(fc.constantFrom(...VI_ONSETS), fc.constantFrom(...VI_VOWELS), fc.constantFrom(...VI_CODAS), fc.boolean())
  .map(([o, v, c, upper]) => (upper ? (o + v).charAt(0).toUpperCase() + (o + v).slice(1) + c : o + v + c));
const sentence = (word: fc.Arbitrary<string>) =>
  fc.array(fc.tuple(word, fc.constantFrom(...PUNCTUATION)), { minLength: 1, maxLength: 12 })
    .map((words) => words.map(([w, p]) => w + p).join(' '));

const pairs = fc.uniqueArray(fc.tuple(sentence(laoWord), sentence(viSyllable)), { minLength: 1, maxLength: 30, selector: ([lo]) => lo });

const csvField = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

describe('round trip', () => {
  it('compiles generated pairs written as TSV back to the same pairs', () => {
    fc.assert(fc.property(pairs, (ps) => {
      const result = compile(tsv(ps.map(([lo, vi]) => `${lo}\t${vi}`).join('\n')));
      expect(result.report.counts.errors).toBe(0);
      expect(result.deck!.pairs.map((p) => [p.lo, p.vi])).toEqual(ps);
    }), { numRuns: 200 });
  });

  it('compiles generated pairs written as CSV back to the same pairs', () => {
    fc.assert(fc.property(pairs, (ps) => {
      const result = compile(csv(['lo,vi', ...ps.map(([lo, vi]) => `${csvField(lo)},${csvField(vi)}`)].join('\r\n')));
      expect(result.deck!.pairs.map((p) => [p.lo, p.vi])).toEqual(ps);
    }), { numRuns: 200 });
  });
});
