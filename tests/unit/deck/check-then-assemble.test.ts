// The in-app import previews from the compile's first half (checkDeck) and
// saves the deck its second half assembles behind the preview (assembleDeck):
// what the preview counted must be what the save writes.
import { describe, expect, it } from 'vitest';
import { assembleDeck, checkDeck, type DeckInput } from '../../../src/deck/compile.ts';
import { comparePairs, type StoredPair } from '../../../src/import/compare.ts';
import { generateCorpus } from '../../../scripts/fixtures/corpus.ts';
import { line, P1, P2, tsv } from './helpers.ts';

const input = (text: string): DeckInput => ({ meta: { id: 'test', title: { lo: 'ທົດລອງ', vi: 'Thử' }, from: 'lo', to: 'vi' }, units: [tsv(text)] });

describe('a compile in two halves', () => {
  it('previews the pairs, ids and counts the assembled deck then saves', () => {
    // A duplicate and a cloze mark among generated pairs.
    const text = `${generateCorpus(300)}${line(P1)}\n${line(P1)}\n${P2[0]}\t{{c1::Thảo luận}} về các khả năng\n`;
    const { checked, report } = checkDeck(input(text), { detok: 'auto', swapped: 'swap' });
    expect(report.counts.duplicatesDropped).toBe(1);
    const deck = assembleDeck(checked!);
    const previewed = checked!.pairs.map((p, i) => ({ id: checked!.ids[i]!, lo: p.lo, vi: p.vi }));
    expect(deck.pairs.map(({ id, lo, vi }) => ({ id, lo, vi }))).toEqual(previewed);
    // The deck already there: some pairs as they are, one with its Lao corrected, one with its text changed, one gone.
    const stored: StoredPair[] = [
      ...previewed.slice(0, 100).map((p) => ({ pairId: p.id, lo: p.lo, vi: p.vi, retired: false })),
      { pairId: 'old-lao', lo: 'ລາວເກົ່າ', vi: previewed[100]!.vi, retired: false },
      { pairId: previewed[101]!.id, lo: previewed[101]!.lo, vi: 'khác', retired: false },
      { pairId: 'gone', lo: 'ໄປແລ້ວ', vi: 'đã đi', retired: false },
    ];
    const before = comparePairs(previewed, stored);
    const saved = comparePairs(deck.pairs, stored);
    expect(saved.counts).toEqual(before.counts);
    expect(before.counts).toMatchObject({ unchanged: 100, changed: 2, gone: 1 });
    expect(saved.pairs.map((p) => p.id)).toEqual(before.pairs.map((p) => p.id));
  });

  it('has nothing to assemble when the file has an error', () => {
    const { checked, report } = checkDeck(input('no tab here at all\n'));
    expect(checked).toBeNull();
    expect(report.counts.errors).toBeGreaterThan(0);
  });
});
