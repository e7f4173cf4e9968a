import { describe, expect, it } from 'vitest';
import { comparePairs, type StoredPair } from '../../../src/import/compare.ts';
import { groupDiagnostics } from '../../../src/import/diagnostic-groups.ts';
import type { Diagnostic, Pair } from '../../../src/deck/types.ts';

const pair = (id: string, lo: string, vi: string): Pair => ({ id, lo, vi, loTokens: [], viTokens: [] });
const stored = (pairId: string, lo: string, vi: string, retired = false): StoredPair => ({ pairId, lo, vi, retired });

describe('comparing an import with the deck already there', () => {
  const before = [stored('a', 'ກ', 'một'), stored('b', 'ຂ', 'hai'), stored('c', 'ຄ', 'ba'), stored('d', 'ງ', 'bốn'), stored('e', 'ຈ', 'năm', true)];

  it('counts new, changed, unchanged and gone pairs, and a retired pair coming back as new', () => {
    const { counts } = comparePairs([pair('a', 'ກ', 'một'), pair('b', 'ຂ', 'hai!'), pair('e', 'ຈ', 'năm'), pair('f', 'ສ', 'sáu')], before);
    expect(counts).toEqual({ new: 2, changed: 1, unchanged: 1, gone: 2 });
  });

  it('takes a pair whose Lao was corrected for the same pair: its id, and so its progress, is kept', () => {
    const { counts, pairs } = comparePairs([pair('a', 'ກ', 'một'), pair('x', 'ຂໍ', 'hai'), pair('c', 'ຄ', 'ba'), pair('d', 'ງ', 'bốn')], before);
    expect(pairs.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(pairs[1]).toMatchObject({ lo: 'ຂໍ', vi: 'hai' });
    expect(counts).toEqual({ new: 0, changed: 1, unchanged: 3, gone: 0 });
  });

  it('does not guess when two gone pairs share the Vietnamese, or the pair is still in the file', () => {
    const twins = [stored('a', 'ກ', 'chào'), stored('b', 'ຂ', 'chào')];
    expect(comparePairs([pair('x', 'ຄ', 'chào')], twins).pairs[0]!.id).toBe('x');
    expect(comparePairs([pair('a', 'ກ', 'chào'), pair('x', 'ຄ', 'chào')], [stored('a', 'ກ', 'chào')]).pairs.map((p) => p.id)).toEqual(['a', 'x']);
  });
});

describe('diagnostics for a learner', () => {
  const d = (code: Diagnostic['code'], line: number, severity: Diagnostic['severity'] = 'warning'): Diagnostic => ({ code, line, severity, file: 'f', column: 1, message: code });

  it('groups by kind with a count and the first lines, errors first, larger groups first', () => {
    const many = Array.from({ length: 12 }, (_, i) => d('length-ratio', i + 1));
    const groups = groupDiagnostics([...many, d('caption', 3), d('column-count', 40, 'error')]);
    expect(groups.map((g) => [g.code, g.count])).toEqual([['column-count', 1], ['length-ratio', 12], ['caption', 1]]);
    expect(groups[1]!.lines).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});
