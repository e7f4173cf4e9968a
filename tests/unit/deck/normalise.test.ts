import { describe, expect, it } from 'vitest';
import { decodeEntities, identityKey, normaliseField } from '../../../src/deck/normalise.ts';
import { compile, tsv } from './helpers.ts';

describe('normalisation of a field', () => {
  it('composes to NFC', () => {
    const decomposed = 'Vie\u0302\u0323t'; // e + circumflex + dot below
    expect(normaliseField(decomposed)).toBe('Việt');
    expect(normaliseField(decomposed)).toHaveLength(4);
  });

  it('trims and collapses white space, non-breaking spaces included', () => {
    expect(normaliseField('  Xin \u00a0  chào\t bạn  ')).toBe('Xin chào bạn');
  });

  it('decodes HTML entities, also as tokenisers mangle them', () => {
    expect(normaliseField('&quot;Việt Nam&quot; &amp; Lào')).toBe('"Việt Nam" & Lào');
    expect(normaliseField('it&#39;s &#x27;ok&#x27;')).toBe("it's 'ok'");
    expect(normaliseField('nói & quot ;xin chào& quot ;')).toBe('nói "xin chào"');
    expect(decodeEntities('R & D; Tom & Jerry ;')).toBe('R & D; Tom & Jerry ;');
    expect(decodeEntities('&bogus; &#0;')).toBe('&bogus; &#0;');
  });

  it('removes control and zero-width characters', () => {
    expect(normaliseField('Xin\u0007 chào\u200c\u200d\u2060\ufeff\u00ad')).toBe('Xin chào');
    expect(normaliseField('Tiếng\u200bViệt')).toBe('TiếngViệt');
  });

  it('keeps a zero-width space between Lao words as a word-break hint', () => {
    expect(normaliseField('ສະບາຍ\u200bດີ')).toBe('ສະບາຍ\u200bດີ');
    expect(normaliseField('ສະບາຍ\u200b\u200bດີ\u200b')).toBe('ສະບາຍ\u200bດີ');
    expect(identityKey('ສະບາຍ\u200bດີ')).toBe('ສະບາຍດີ');
  });

  it('never lets a word-break hint change identity or duplicate detection', () => {
    const result = compile([tsv('ສະບາຍດີ\tXin chào\n', 'a.tsv'), tsv('ສະບາຍ\u200bດີ\tXin chào\n', 'b.tsv')]);
    expect(result.deck!.pairs).toHaveLength(1);
    expect(result.report.diagnostics.map((d) => d.code)).toEqual(['duplicate-pair']);
    const plain = compile(tsv('ສະບາຍດີ\tXin chào\n')).deck!.pairs[0]!;
    const hinted = compile(tsv('ສະບາຍ\u200bດີ\tXin chào\n')).deck!.pairs[0]!;
    expect(hinted.id).toBe(plain.id);
    expect(hinted.lo).toBe('ສະບາຍ\u200bດີ');
  });

  it('normalises every field of a real file the same way', () => {
    const result = compile(tsv('\ufeff  ສະບາຍດີ &amp; ຂອບໃຈ \t  Xin   chào &amp; cảm ơn \r\n'));
    expect(result.deck!.pairs[0]).toMatchObject({ lo: 'ສະບາຍດີ & ຂອບໃຈ', vi: 'Xin chào & cảm ơn' });
  });
});
