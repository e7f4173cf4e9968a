import { describe, expect, it } from 'vitest';
import { cardsOf } from '../../../src/deck/index.ts';
import { codes, compile, line, P1, P2, P3, P4, tsv } from './helpers.ts';

const idsByLao = (text: string) => new Map(compile(tsv(text)).deck!.pairs.map((p) => [p.lo, p.id]));

describe('pair and card identity', () => {
  const base = [P1, P2, P3].map(line).join('\n');
  const ids = idsByLao(base);

  it('gives every pair a distinct id', () => {
    expect(new Set(ids.values()).size).toBe(3);
  });

  it('is the same when the build runs again', () => {
    expect(idsByLao(base)).toEqual(ids);
  });

  it('does not change when lines are re-ordered', () => {
    expect(idsByLao([P3, P1, P2].map(line).join('\n'))).toEqual(ids);
  });

  it('does not change when lines are added elsewhere', () => {
    const grown = idsByLao([P4, P1, P2, P3].map(line).join('\n'));
    for (const [lo, id] of ids) expect(grown.get(lo)).toBe(id);
  });

  it('keeps a pair’s id when its Vietnamese is corrected', () => {
    const corrected = idsByLao([P1, P2, [P3[0], 'Ông cũng đã nghe báo cáo'] as const].map(line).join('\n'));
    expect(corrected).toEqual(ids);
  });

  it('does not change with white space, entities or a Lao word-break hint', () => {
    const noisy = idsByLao(`  ${P1[0].replace(' ', '\u200b ')}  \t${P1[1]}\n`);
    expect([...noisy.values()][0]).toBe(ids.get(P1[0]));
  });

  it('lets an explicit id column win', () => {
    const pairs = compile(tsv(`id\tlo\tvi\nintro-1\t${line(P1)}\n\t${line(P2)}\n`)).deck!.pairs;
    expect(pairs[0]!.id).toBe('intro-1');
    expect(pairs[1]!.id).toBe(ids.get(P2[0]));
  });

  it('makes a repeated explicit id an error', () => {
    const result = compile(tsv(`id\tlo\tvi\nx\t${line(P1)}\nx\t${line(P2)}\n`));
    expect(result.deck).toBeNull();
    expect(codes(result)).toEqual(['duplicate-id@3']);
  });

  it('keeps the first translation’s id for a Lao sentence translated twice', () => {
    const twice = compile(tsv(`${base}\n${P1[0]}\tMột bản dịch khác của câu này\n`)).deck!.pairs;
    expect(twice[0]!.id).toBe(ids.get(P1[0]));
    expect(twice[3]!.id).not.toBe(ids.get(P1[0]));
  });

  it('gives each pair a card of each kind the deck studies', () => {
    expect(cardsOf('abc')).toEqual([
      { id: 'abc:r', pairId: 'abc', kind: 'recognition' },
      { id: 'abc:p', pairId: 'abc', kind: 'production' },
      { id: 'abc:c', pairId: 'abc', kind: 'cloze' },
      { id: 'abc:d', pairId: 'abc', kind: 'dictation' },
    ]);
    expect(cardsOf('abc', ['production', 'recognition']).map((c) => c.id)).toEqual(['abc:r', 'abc:p']);
  });
});
