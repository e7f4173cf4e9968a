import { describe, expect, it } from 'vitest';
import { checkPair } from '../../../src/import/check-pair.ts';
import { compile, tsv } from '../deck/helpers.ts';

describe('a pair typed by the learner', () => {
  it('gets the id a file would give it, with tags and note', () => {
    const checked = checkPair({ lo: '  ສະບາຍດີ  ທ່ານ ', vi: 'Xin chào\tông', tags: 'greeting, daily', note: 'polite' });
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.pair).toMatchObject({ lo: 'ສະບາຍດີ ທ່ານ', vi: 'Xin chào ông', tags: ['greeting', 'daily'], note: 'polite' });
    expect(checked.pair.id).toBe(compile(tsv('ສະບາຍດີ ທ່ານ\tXin chào ông\n')).deck!.pairs[0]!.id);
  });

  it('is refused with the compiler\'s own reasons', () => {
    expect(checkPair({ lo: 'Xin chào', vi: 'Xin chào ông' })).toEqual({ ok: false, problems: ['no-lao-script'] });
    expect(checkPair({ lo: 'ສະບາຍດີ', vi: 'ສະບາຍດີທ່ານ' })).toEqual({ ok: false, problems: ['vi-in-lao-script'] });
    expect(checkPair({ lo: 'ສະບາຍດີ', vi: '   ' })).toEqual({ ok: false, problems: ['empty-side'] });
    expect(checkPair({ lo: 'ຂ່າວ: ຂປລ.', vi: 'Tin tức:' })).toEqual({ ok: false, problems: ['cut-off'] });
  });
});
