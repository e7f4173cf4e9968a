import { describe, expect, it } from 'vitest';
import { foldVietnamese, matcher } from '../../../src/browse/search.ts';

const pair = { lo: 'ສະບາຍ\u200bດີ ທ່ານ', vi: 'Học tiếng Việt ở Đà Nẵng' };

describe('search', () => {
  it('folds Vietnamese to plain letters', () => {
    expect(foldVietnamese('Tiếng Việt Đà Nẵng')).toBe('tieng viet da nang');
  });

  it('finds Vietnamese with or without diacritics, any case', () => {
    expect(matcher('tieng viet')(pair)).toBe(true);
    expect(matcher('TIẾNG VIỆT')(pair)).toBe(true);
    expect(matcher('da nang')(pair)).toBe(true);
    expect(matcher('tiếng việt')(pair)).toBe(true);
  });

  it('holds typed diacritics to their letter: tiềng is not tiếng', () => {
    expect(matcher('tiềng')(pair)).toBe(false);
  });

  it('finds Lao as written, ignoring word-break hints', () => {
    expect(matcher('ສະບາຍດີ')(pair)).toBe(true);
    expect(matcher('ຂອບໃຈ')(pair)).toBe(false);
  });

  it('ignores punctuation between words', () => {
    expect(matcher('bo buu chinh vien thong')({ lo: 'ກະຊວງ', vi: 'Bộ Bưu chính, Viễn thông (MPTC)' })).toBe(true);
  });

  it('matches everything for an empty query', () => {
    expect(matcher('  ')(pair)).toBe(true);
  });
});
