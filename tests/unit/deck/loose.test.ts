// Pasted text and .txt files of unknown shape: the layout is recognised.
import { describe, expect, it } from 'vitest';
import { parseLoose } from '../../../src/deck/parse-loose.ts';
import { bytes, codes, compile, P1, P2 } from './helpers.ts';

const loose = (text: string) => ({ kind: 'loose' as const, file: { path: 'pasted', bytes: bytes(text) } });
const pairsOf = (text: string) => compile(loose(text), { swapped: 'swap' }).deck!.pairs.map((p) => [p.lo, p.vi]);
const EXPECTED = [[...P1], [...P2]];

describe('pasted text', () => {
  it('reads lines copied from a spreadsheet (tab-separated)', () => {
    expect(parseLoose('pasted', `${P1[0]}\t${P1[1]}\n${P2[0]}\t${P2[1]}\n`).layout).toBe('tab');
    expect(pairsOf(`${P1[0]}\t${P1[1]}\n${P2[0]}\t${P2[1]}\n`)).toEqual(EXPECTED);
  });

  it('reads CSV, quoted where the Vietnamese has commas', () => {
    const text = `"${P1[0]}","${P1[1]}, nhé"\n${P2[0]},${P2[1]}\n`;
    expect(parseLoose('pasted', text).layout).toBe('csv');
    expect(pairsOf(text)).toEqual([[P1[0], `${P1[1]}, nhé`], [...P2]]);
  });

  it('reads "Lao, Vietnamese" typed in a chat, splitting where the Lao stops', () => {
    const text = `ສະບາຍດີ, Xin chào, bạn khỏe không?\nຂອບໃຈ, Cảm ơn\n`;
    expect(parseLoose('pasted', text).layout).toBe('lao-comma');
    expect(pairsOf(text)).toEqual([['ສະບາຍດີ', 'Xin chào, bạn khỏe không?'], ['ຂອບໃຈ', 'Cảm ơn']]);
  });

  it('reads Lao and Vietnamese on alternate lines, with blank lines between pairs, keeping the line numbers', () => {
    const text = `${P1[0]}\n${P1[1]}\n\n${P2[0]}\n${P2[1]}\n`;
    const read = parseLoose('pasted', text);
    expect(read.layout).toBe('alternating');
    expect(read.pairs.map((p) => p.line)).toEqual([1, 4]);
    expect(pairsOf(text)).toEqual(EXPECTED);
  });

  it('reads Vietnamese-first alternate lines too (swapped back, with a warning)', () => {
    const P3 = ['ກອງປະຊຸມ', 'Cuộc họp'];
    const text = [P1, P2, P3].map(([lo, vi]) => `${vi}\n${lo}`).join('\n');
    const result = compile(loose(text), { swapped: 'swap' });
    expect(codes(result)).toEqual(['columns-swapped-fixed@1']);
    expect(result.deck!.pairs.map((p) => p.lo)).toEqual([P1[0], P2[0], P3[0]]);
  });

  it('says what a line should look like when nothing fits', () => {
    const result = compile(loose('just some words\nand more words\nand a third\n'), { swapped: 'swap' });
    expect(result.deck).toBeNull();
    expect(result.report.diagnostics[0]).toMatchObject({ code: 'column-count', line: 1 });
  });
});
