import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidByte } from '../../../src/deck/decode.ts';
import { bytes, compile, tsv } from './helpers.ts';

describe('UTF-8 decoding', () => {
  it('strips a byte order mark', () => {
    const result = decodeUtf8('a.tsv', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('ສະບາຍດີ\tXin chào')]));
    expect(result).toEqual({ ok: true, text: 'ສະບາຍດີ\tXin chào' });
  });

  it('reports invalid UTF-8 with its byte offset, line and column', () => {
    const good = bytes('ສະບາຍດີ\tXin chào\nດີ\tT');
    const data = new Uint8Array([...good, 0xff, ...bytes('ốt\n')]);
    const result = decodeUtf8('a.tsv', data);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostic).toMatchObject({ code: 'invalid-utf8', file: 'a.tsv', line: 2, column: 5, severity: 'error' });
    expect(result.diagnostic.message).toContain(`byte offset ${good.length}`);
    expect(result.diagnostic.message).toContain('0xff');
  });

  it('finds truncated sequences, overlong forms and surrogates', () => {
    expect(firstInvalidByte(new Uint8Array([0x61, 0xe0, 0xba]))).toBe(1); // Lao letter cut short
    expect(firstInvalidByte(new Uint8Array([0x61, 0x62, 0xc0, 0xaf]))).toBe(2); // overlong "/"
    expect(firstInvalidByte(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // UTF-16 surrogate
    expect(firstInvalidByte(bytes('ສະບາຍດີ tiếng Việt 😀'))).toBe(bytes('ສະບາຍດີ tiếng Việt 😀').length);
  });

  it('makes a Latin-1 file an error and builds nothing', () => {
    const latin1 = new Uint8Array([...bytes('ສະບາຍດີ\tTi'), 0xea, ...bytes('ng\n')]);
    const result = compile({ kind: 'table', format: 'tsv', file: { path: 'old.tsv', bytes: latin1 } });
    expect(result.deck).toBeNull();
    expect(result.report.counts.errors).toBe(1);
    expect(result.report.diagnostics[0]).toMatchObject({ code: 'invalid-utf8', line: 1, column: 11 });
  });

  it('accepts CRLF and CR line ends', () => {
    const crlf = compile(tsv('ສະບາຍດີ\tXin chào\r\nຂອບໃຈ\tCảm ơn\r\n'));
    const cr = compile(tsv('ສະບາຍດີ\tXin chào\rຂອບໃຈ\tCảm ơn\r'));
    expect(crlf.deck!.pairs.map((p) => p.vi)).toEqual(['Xin chào', 'Cảm ơn']);
    expect(cr.deck!.pairs.map((p) => p.vi)).toEqual(['Xin chào', 'Cảm ơn']);
  });
});
