// Files as people really have them: UTF-16 from Excel, byte order marks, and
// Lao or Vietnamese garbled by a program that read UTF-8 as Windows-1252.
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/deck/decode.ts';
import { repairMojibake } from '../../../src/deck/mojibake.ts';
import { bytes, codes, compile, P1, P2 } from './helpers.ts';

const TEXT = `${P1[0]}\t${P1[1]}\n${P2[0]}\t${P2[1]}\n`;
const table = (data: Uint8Array, path = 'deck.txt') => ({ kind: 'table' as const, format: 'tsv' as const, file: { path, bytes: data } });

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + i * 2] = endian === 'le' ? c & 0xff : c >> 8;
    out[3 + i * 2] = endian === 'le' ? c >> 8 : c & 0xff;
  }
  return out;
}

/** Windows-1252 for bytes 0x80–0x9F, from the WHATWG Encoding table (Node's own decoder treats them as Latin-1). */
const HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
/** What a program that reads UTF-8 as Windows-1252 and saves as UTF-8 makes of the text. */
const garble = (text: string) => [...bytes(text)].map((b) => (b >= 0x80 && b < 0xa0 ? HIGH[b - 0x80] : String.fromCharCode(b))).join('');

describe('reading files as people have them', () => {
  it('reads UTF-16 LE and BE with a byte order mark as the same deck as UTF-8, with or without a BOM', () => {
    const expected = compile(table(bytes(TEXT))).deck!.pairs;
    for (const data of [utf16(TEXT, 'le'), utf16(TEXT, 'be'), new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(TEXT)])]) {
      const result = compile(table(data));
      expect(result.report.diagnostics).toEqual([]);
      expect(result.deck!.pairs).toEqual(expected);
    }
  });

  it('repairs garbled Lao and Vietnamese, says which lines, and builds the pairs as written', () => {
    expect(garble('ພາສາລາວ')).toBe('àºžàº²àºªàº²àº¥àº²àº§');
    const result = compile(table(bytes(garble(TEXT))));
    expect(codes(result)).toEqual(['mojibake-repaired@1']);
    expect(result.report.diagnostics[0]!.message).toContain('1 more line');
    expect(result.deck!.pairs.map((p) => [p.lo, p.vi])).toEqual([[...P1], [...P2]]);
  });

  it('repairs a file where only some lines, or only the Vietnamese, were garbled', () => {
    const mixed = `${P1[0]}\t${garble(P1[1])}\n${P2[0]}\t${P2[1]}\n`;
    expect(garble(P1[1])).toContain('Ã');
    const result = compile(table(bytes(mixed)));
    expect(codes(result)).toEqual(['mojibake-repaired@1']);
    expect(result.deck!.pairs.map((p) => p.vi)).toEqual([P1[1], P2[1]]);
  });

  it('never "repairs" text that is really written in a Latin script', () => {
    for (const text of ['café, naïve, Ñandú, Zürich, 25 °C, 50 € · 3½', 'Thành phố Hồ Chí Minh — “đẹp”', 'Ã la carte? ÂÊÔ', 'plain ASCII only']) {
      expect(repairMojibake(text)).toEqual({ text, lines: [] });
    }
  });

  it('refuses another encoding with a message that says how to save the file as UTF-8, and builds nothing', () => {
    const windows1258 = new Uint8Array([...bytes(`${P1[0]}\tTi`), 0xea, ...bytes('ng Vi'), 0xf2, ...bytes('t\n')]);
    const result = compile(table(windows1258, 'old.txt'));
    expect(result.deck).toBeNull();
    expect(codes(result)).toEqual(['invalid-utf8@1']);
    expect(result.report.diagnostics[0]!.message).toMatch(/save it again as "UTF-8"/);
  });

  it('refuses a UTF-16 file that is cut in the middle of a character', () => {
    const cut = utf16(TEXT, 'le').slice(0, 9);
    const read = decodeText('cut.txt', cut);
    expect(read.ok).toBe(false);
  });

  it('refuses random bytes', () => {
    let seed = 7;
    const random = Uint8Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 23);
    expect(decodeText('photo.jpg', random).ok).toBe(false);
  });
});
