// New sentences in the order of what the learner knows: a hand-made deck
// where each sentence adds one word, and for any deck and any history, a
// chosen sentence never has more never-met words than another one left.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { planNewPairs, type Candidate } from '../../../src/vocab/new-order.ts';

const frequency = (cs: readonly Candidate[]) => {
  const f = new Map<string, number>();
  for (const c of cs) for (const w of c.words) f.set(w, (f.get(w) ?? 0) + 1);
  return f;
};

describe('the next new sentence, by what the learner knows', () => {
  it('brings a deck whose sentences build on each other in that order, one new word at a time', () => {
    // In the deck, the longest first: deck order would teach four new words at once.
    const deck: Candidate[] = [
      { pairId: 'e', words: ['bạn', 'ăn', 'cơm', 'không'], order: 0 },
      { pairId: 'd', words: ['bạn', 'ăn', 'cơm'], order: 1 },
      { pairId: 'c', words: ['tôi', 'ăn', 'cơm'], order: 2 },
      { pairId: 'b', words: ['tôi', 'ăn'], order: 3 },
      { pairId: 'a', words: ['tôi'], order: 4 },
    ];
    const picks = planNewPairs(deck, new Set(), frequency(deck), 5);
    expect(picks).toEqual([
      { pairId: 'a', newWords: ['tôi'] },
      { pairId: 'b', newWords: ['ăn'] },
      { pairId: 'c', newWords: ['cơm'] },
      { pairId: 'd', newWords: ['bạn'] },
      { pairId: 'e', newWords: ['không'] },
    ]);
    // What the learner has met already counts: with "tôi" and "ăn" seen, "c" adds one word, "a" none.
    expect(planNewPairs(deck, new Set(['tôi', 'ăn']), frequency(deck), 2).map((p) => p.pairId)).toEqual(['a', 'b']);
    expect(planNewPairs(deck.filter((c) => c.pairId !== 'a' && c.pairId !== 'b'), new Set(['tôi', 'ăn']), frequency(deck), 1)).toEqual([{ pairId: 'c', newWords: ['cơm'] }]);
  });

  it('prefers the new word the deck uses most, then the shorter sentence, then deck order', () => {
    const deck: Candidate[] = [
      { pairId: 'rare', words: ['tôi', 'hiếm'], order: 0 },
      { pairId: 'common', words: ['tôi', 'nước'], order: 1 },
      { pairId: 'long', words: ['tôi', 'là', 'nước'], order: 2 },
    ];
    const f = new Map([['nước', 5], ['hiếm', 1], ['tôi', 9], ['là', 9]]);
    expect(planNewPairs(deck, new Set(['tôi', 'là']), f, 3).map((p) => p.pairId)).toEqual(['common', 'long', 'rare']);
    expect(planNewPairs([{ pairId: 'x', words: ['a'], order: 1 }, { pairId: 'y', words: ['b'], order: 0 }], new Set(), new Map(), 1)[0]!.pairId).toBe('y');
  });

  it('never chooses a sentence with more never-met words than another one available (fast-check)', () => {
    const word = fc.constantFrom<string>('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j');
    const deckArb = fc.array(fc.uniqueArray(word, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 25 });
    fc.assert(fc.property(deckArb, fc.uniqueArray(word, { maxLength: 6 }), fc.integer({ min: 1, max: 30 }), (sentences, seenWords, count) => {
      const deck = sentences.map((words, i) => ({ pairId: `p${i}`, words, order: i }));
      const picks = planNewPairs(deck, new Set(seenWords), frequency(deck), count);
      expect(picks).toHaveLength(Math.min(count, deck.length));
      const met = new Set(seenWords);
      const left = new Set(deck.map((c) => c.pairId));
      for (const pick of picks) {
        const unknown = (c: Candidate) => c.words.filter((w) => !met.has(w)).length;
        const chosen = deck.find((c) => c.pairId === pick.pairId)!;
        for (const other of deck) if (left.has(other.pairId)) expect(unknown(chosen)).toBeLessThanOrEqual(unknown(other));
        expect(pick.newWords).toEqual(chosen.words.filter((w) => !met.has(w)));
        left.delete(pick.pairId);
        for (const w of chosen.words) met.add(w);
      }
    }), { numRuns: 300 });
  });
});
