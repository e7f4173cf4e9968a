import { describe, expect, it } from 'vitest';
import { codes, compile, line, P1, P2, P3, P4, tsv } from './helpers.ts';

describe('noisy pairs are dropped with a warning and the rest builds', () => {
  const cases: [string, string, string][] = [
    ['a Lao side without Lao script', 'Hello there\tXin chào bạn', 'no-lao-script'],
    ['a Vietnamese side in Lao script', 'ສະບາຍດີ\tສະບາຍດີເດີ້', 'vi-in-lao-script'],
    ['two identical sides', 'ASEAN 2018\tASEAN 2018', 'untranslated'],
    ['an empty Vietnamese side', 'ສະບາຍດີ\t', 'empty-side'],
    ['an empty Lao side', '\tXin chào', 'empty-side'],
  ];
  for (const [what, bad, code] of cases) {
    it(`drops ${what}`, () => {
      const result = compile(tsv(`${line(P1)}\n${bad}\n${line(P2)}\n${line(P3)}\n`));
      expect(codes(result)).toEqual([`${code}@2`]);
      expect(result.report.diagnostics[0]!.severity).toBe('warning');
      expect(result.deck!.pairs.map((p) => p.lo)).toEqual([P1[0], P2[0], P3[0]]);
      expect(result.report.counts).toMatchObject({ pairsRead: 4, pairs: 3, pairsDropped: 1, warnings: 1, errors: 0 });
    });
  }

  it('keeps a Vietnamese sentence that quotes one Lao name', () => {
    const result = compile(tsv('ທ່ານ ພູຂົງ ກ່າວວ່າ ກອງປະຊຸມມີຄວາມສຳຄັນ\tÔng Phoukhong (ພູຂົງ) nói rằng cuộc họp rất quan trọng\n'));
    expect(codes(result)).toEqual([]);
  });

  it('--strict turns every warning into an error and builds nothing', () => {
    const result = compile(tsv(`${line(P1)}\nHello\tXin chào\n`), { strict: true });
    expect(result.deck).toBeNull();
    expect(result.report.diagnostics).toMatchObject([{ code: 'no-lao-script', severity: 'error' }]);
    expect(result.report.counts.errors).toBe(1);
  });
});

describe('files with swapped or mismatched columns are errors', () => {
  it('refuses a file whose columns are swapped', () => {
    const swapped = [P1, P2, P3, P4].map(([lo, vi]) => `${vi}\t${lo}`).join('\n');
    const result = compile(tsv(swapped));
    expect(result.deck).toBeNull();
    expect(result.report.diagnostics).toHaveLength(1);
    expect(result.report.diagnostics[0]).toMatchObject({ code: 'columns-swapped', severity: 'error', line: 1 });
    expect(result.report.diagnostics[0]!.message).toContain('4 of 4 pairs have no Lao script in the Lao column');
  });

  it('refuses a file whose Lao column mostly has no Lao script', () => {
    const text = [line(P1), 'one\tmột', 'two\thai', 'three\tba'].join('\n');
    expect(compile(tsv(text)).report.diagnostics).toMatchObject([
      { code: 'columns-swapped', message: expect.stringContaining('the Lao column has no Lao script in 3 of 4 pairs') },
    ]);
  });

  it('refuses a file whose Vietnamese column is mostly in Lao script', () => {
    const text = [line(P1), 'ໜຶ່ງ\tໜຶ່ງແມ່ນ', 'ສອງ\tສອງແມ່ນ', 'ສາມ\tສາມແມ່ນ'].join('\n');
    expect(compile(tsv(text)).report.diagnostics).toMatchObject([
      { code: 'columns-swapped', message: expect.stringContaining('the Vietnamese column is in Lao script in 3 of 4 pairs') },
    ]);
  });
});

describe('the in-app import swaps columns back instead of refusing', () => {
  it('swaps a file whose columns are plainly exchanged, and says so', () => {
    const swapped = [P1, P2, P3, P4].map(([lo, vi]) => `${vi}\t${lo}`).join('\n');
    const result = compile(tsv(swapped), { swapped: 'swap' });
    expect(result.report.diagnostics).toMatchObject([{ code: 'columns-swapped-fixed', severity: 'warning', line: 1 }]);
    expect(result.deck!.pairs.map((p) => [p.lo, p.vi])).toEqual([P1, P2, P3, P4].map((p) => [...p]));
    // The ids are the Lao side's, as if the file had been right.
    expect(result.deck!.pairs.map((p) => p.id)).toEqual(compile(tsv([P1, P2, P3, P4].map(line).join('\n'))).deck!.pairs.map((p) => p.id));
  });

  it('still refuses a file that is wrong on one side only: that is not a swap', () => {
    const text = [line(P1), 'one\tmột', 'two\thai', 'three\tba'].join('\n');
    expect(compile(tsv(text), { swapped: 'swap' }).report.diagnostics).toMatchObject([{ code: 'columns-swapped', severity: 'error' }]);
  });
});

describe('warnings that keep the pair', () => {
  it('merges exact duplicates and names the first occurrence', () => {
    const result = compile(tsv(`${line(P1)}\n${line(P2)}\n  ${P1[0]} \t${P1[1]}\n`));
    expect(codes(result)).toEqual(['duplicate-pair@3']);
    expect(result.report.diagnostics[0]!.message).toBe('the same pair as line 1 of deck.tsv; merged into it');
    expect(result.report.counts).toMatchObject({ pairsRead: 3, pairs: 2, duplicatesDropped: 1 });
  });

  it('reports the same Lao sentence with two translations and keeps both', () => {
    const result = compile(tsv(`${line(P1)}\n${line(P2)}\n${P1[0]}\tMục đích cuộc họp là xem xét lại\n`));
    expect(codes(result)).toEqual(['conflicting-translation@3']);
    expect(result.deck!.pairs).toHaveLength(3);
  });

  it('reports a suspicious length ratio', () => {
    const long = 'Mục đích của cuộc họp nhằm xem xét, đánh giá sự phát triển của hệ thống dịch vụ hiện đại tại các nước ASEAN và thảo luận';
    const result = compile(tsv(`${line(P1)}\n${line(P2)}\n${line(P3)}\n${line(P4)}\n${P1[0]} ອີກ\t${long}\n`));
    expect(codes(result)).toEqual(['length-ratio@5']);
    expect(result.report.diagnostics[0]!.message).toMatch(/the Vietnamese side is \d\.\d\d× as long as usual/);
  });

  it('leaves out a pair whose translation is cut off after a colon, on either side', () => {
    const result = compile(tsv(`${line(P1)}\nຂ່າວ: ຂປລ.\tTin tức:\nຂ່າວ:\tTin tức: TTXVN\n`));
    expect(codes(result)).toEqual(['cut-off@2', 'cut-off@3']);
    expect(result.report.diagnostics[0]).toMatchObject({ column: 12 });
    expect(result.report.diagnostics[1]).toMatchObject({ column: 1 });
    expect(result.report.diagnostics[0]!.message).toContain('the translation is cut off; the pair is left out');
    expect(result.deck!.pairs.map((p) => p.vi)).toEqual([P1[1]]);
  });

  it('reports a caption or credit line and keeps it', () => {
    const result = compile(tsv(`${line(P1)}\nພາບປະກອບ: kpl.gov.la.\tHình minh họa: kpl.gov.la.\n`));
    expect(codes(result)).toEqual(['caption@2']);
    expect(result.deck!.pairs).toHaveLength(2);
  });

  it('does not take a sentence that starts with a label for a caption', () => {
    const text = 'ຂ່າວ: ກອງປະຊຸມດັ່ງກ່າວ ແມ່ນເພື່ອທວນຄືນ ແລະປະເມີນສະພາບການພັດທະນາລະບົບບໍລິການແບບທັນສະໄໝຂອງບັນດາປະເທດອາຊຽນ\tTin tức: Mục đích của cuộc họp nhằm xem xét, đánh giá sự phát triển của hệ thống dịch vụ';
    expect(codes(compile(tsv(text)))).toEqual([]);
  });
});

describe('the seed corpus', () => {
  it('builds 8 of its 9 pairs with the warnings a reader would expect', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../../content/kpl-2018-asean-e-services/pairs.tsv', import.meta.url), 'utf8');
    const result = compile(tsv(text));
    expect(result.report.counts).toMatchObject({ pairsRead: 9, pairs: 8, cards: 32, pairsDropped: 1, errors: 0 });
    // 6: photo credit; 7: Vietnamese translates one sentence of two; 9: news credit whose Vietnamese stops at "Tin tức:" (left out).
    expect(codes(result)).toEqual(['caption@6', 'length-ratio@7', 'cut-off@9']);
    expect(result.deck!.pairs.some((p) => p.vi === 'Tin tức:')).toBe(false);
  });
});
