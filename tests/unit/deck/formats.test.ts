import { describe, expect, it } from 'vitest';
import { codes, compile, csv, line, P1, P2, P3, parallel, tsv } from './helpers.ts';

describe('TSV', () => {
  it('reads lao<TAB>vietnamese lines without a header', () => {
    const result = compile(tsv(`${line(P1)}\n${line(P2)}\n`));
    expect(result.deck!.pairs.map((p) => [p.lo, p.vi])).toEqual([[...P1], [...P2]]);
    expect(result.report.counts).toMatchObject({ pairsRead: 2, pairs: 2, cards: 8, errors: 0 });
  });

  it('takes extra columns named by a header, in any order', () => {
    const text = `id\tvi\tlo\ttags\tnote\nq1\t${P1[1]}\t${P1[0]}\tnews asean\tfrom the seed\n`;
    const pair = compile(tsv(text)).deck!.pairs[0]!;
    expect(pair).toMatchObject({ id: 'q1', lo: P1[0], vi: P1[1], tags: ['news', 'asean'], note: 'from the seed' });
  });

  it('accepts rows whose empty trailing optional cells were dropped', () => {
    const text = `lo\tvi\tnote\n${line(P1)}\n${line(P2)}\tgood\n`;
    const result = compile(tsv(text));
    expect(result.deck!.pairs.map((p) => p.note)).toEqual([undefined, 'good']);
  });

  it('warns about unknown header columns and ignores them', () => {
    const result = compile(tsv(`lo\tvi\tsource\n${line(P1)}\tkpl\n`));
    expect(codes(result)).toEqual(['unknown-column@1']);
    expect(result.report.diagnostics[0]!.column).toBe(7);
    expect(result.deck!.pairs).toHaveLength(1);
  });

  it('makes a line with the wrong number of columns an error with line and column', () => {
    const result = compile(tsv(`${line(P1)}\n${P2[0]}\n${line(P3)}\textra\n`));
    expect(result.deck).toBeNull();
    expect(codes(result)).toEqual(['column-count@2', 'column-count@3']);
    const [missing, extra] = result.report.diagnostics;
    expect(missing!.column).toBe([...P2[0]].length + 1);
    expect(missing!.message).toContain('expected 2 tab-separated columns (lao<TAB>vietnamese) but found 1');
    expect(extra!.column).toBe([...line(P3)].length + 1);
  });

  it('skips blank lines and Anki export headers', () => {
    const result = compile(tsv(`#separator:tab\n#html:true\n\n${P1[0]}<br>\t<b>${P1[1]}</b>\n\n`));
    expect(result.deck!.pairs.map((p) => [p.lo, p.vi])).toEqual([[P1[0], P1[1]]]);
    expect(result.deck!.pairs[0]!.vi).not.toContain('<');
  });

  it('treats a quote mark in TSV as an ordinary character', () => {
    const result = compile(tsv(`${P1[0]}\t"${P1[1]}" ông nói\n`));
    expect(result.deck!.pairs[0]!.vi).toBe(`"${P1[1]}" ông nói`);
  });
});

describe('CSV', () => {
  it('reads RFC 4180 quoting: commas, doubled quotes and line breaks inside fields', () => {
    const text = `lo,vi,tags\r\n"${P1[0]}, ແລະ","${P1[1]}, ""ASEAN""",a\r\n${P2[0]},"${P2[1]}\r\ncả hai",b\r\n`;
    const result = compile(csv(text));
    expect(result.deck!.pairs.map((p) => [p.lo, p.vi])).toEqual([
      [`${P1[0]}, ແລະ`, `${P1[1]}, "ASEAN"`],
      [P2[0], `${P2[1]} cả hai`],
    ]);
  });

  it('gives the line of a pair that follows a multi-line field', () => {
    const text = `"${P1[0]}","${P1[1]}\nhai dòng"\n"${P2[0]}",${P2[1]},\n`;
    const result = compile(csv(text));
    expect(codes(result)).toEqual(['column-count@3']);
  });

  it('reports an unterminated quote where it opens', () => {
    const text = `${P1[0]},${P1[1]}\n${P2[0]},"${P2[1]}\n${line(P3)}\n`;
    const result = compile(csv(text));
    expect(result.deck).toBeNull();
    expect(result.report.diagnostics).toMatchObject([
      { code: 'unterminated-quote', line: 2, column: [...P2[0]].length + 2, severity: 'error' },
    ]);
  });

  it('reports text after a closing quote', () => {
    const result = compile(csv(`"${P1[0]}"x,${P1[1]}\n`));
    expect(result.report.diagnostics).toMatchObject([{ code: 'bad-quote', line: 1, column: [...P1[0]].length + 3 }]);
  });
});

describe('parallel .lo/.vi files', () => {
  it('pairs line N with line N', () => {
    const result = compile(parallel(`${P1[0]}\n${P2[0]}\n`, `${P1[1]}\n${P2[1]}\n`));
    expect(result.deck!.pairs.map((p) => [p.lo, p.vi])).toEqual([[...P1], [...P2]]);
  });

  it('refuses files of different lengths, naming both counts', () => {
    const result = compile(parallel(`${P1[0]}\n${P2[0]}\n${P3[0]}\n`, `${P1[1]}\n${P2[1]}\n`));
    expect(result.deck).toBeNull();
    expect(result.report.diagnostics[0]!.message).toBe('corpus.lo has 3 lines but corpus.vi has 2; parallel files must have the same number of lines');
  });

  it('warns about an empty line on one side, naming its line', () => {
    const result = compile(parallel(`${P1[0]}\n\n${P3[0]}\n`, `${P1[1]}\n${P2[1]}\n${P3[1]}\n`));
    expect(codes(result)).toEqual(['empty-side@2']);
    expect(result.deck!.pairs).toHaveLength(2);
  });
});
