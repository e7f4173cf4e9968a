// The answer comparison over a table: each tone wrong and missing, each
// letter mark, đ/d, NFC/NFD input, ệ with its marks in an unexpected order,
// both placements of oa/oe/uy, case, punctuation, missing and extra syllables.
import { describe, expect, it } from 'vitest';
import { compareAnswer, errorKinds, suggestRating, type SyllableResult } from '../../../src/exercise/compare.ts';
import { analyse, compose, tonePosition } from '../../../src/exercise/syllable.ts';

const R = 'right', V = 'variant', TW = 'tone-wrong', TM = 'tone-missing', MW = 'mark-wrong', W = 'wrong', M = 'missing', X = 'extra';
const results = (expected: string, given: string) => compareAnswer(expected, given).map((d) => d.result);

const TABLE: [string, string, SyllableResult[]][] = [
  // Right, in any Unicode form or case, with any punctuation and spacing.
  ['Xin chào', 'xin chào', [R, R]],
  ['Xin chào', 'XIN CHÀO', [R, R]],
  ['Xin chào.', 'xin   chào', [R, R]],
  ['Xin chào!', '  Xin, chào  ', [R, R]],
  ['tiếng Việt', 'tiếng Việt'.normalize('NFD'), [R, R]],
  ['việt', 'vie\u0323\u0302t', [R]],
  ['việt', 'vie\u0302\u0323t', [R]],
  ['người', 'ngu\u031bo\u031b\u0300i', [R]],
  ['2018', '2018', [R]],
  // Both placements of oa, oe, uy: another accepted spelling.
  ['hòa', 'hoà', [V]],
  ['hoà', 'hòa', [V]],
  ['khỏe', 'khoẻ', [V]],
  ['thủy', 'thuỷ', [V]],
  ['hòa bình', 'hoà bình', [V, R]],
  // Each tone wrong: the tone written instead of the one expected.
  ['má', 'mà', [TW]], ['má', 'mả', [TW]], ['má', 'mã', [TW]], ['má', 'mạ', [TW]],
  ['mà', 'má', [TW]], ['mả', 'mã', [TW]], ['mã', 'mả', [TW]], ['mạ', 'mà', [TW]],
  ['ma', 'má', [TW]], ['ma', 'mạ', [TW]],
  ['tiếng', 'tiềng', [TW]], ['việt', 'viết', [TW]], ['người', 'ngưởi', [TW]],
  // Each tone missing.
  ['má', 'ma', [TM]], ['mà', 'ma', [TM]], ['mả', 'ma', [TM]], ['mã', 'ma', [TM]], ['mạ', 'ma', [TM]],
  ['tiếng Việt', 'tiêng Viêt', [TM, TM]],
  // Each letter mark wrong or missing, and đ/d.
  ['ăn', 'ân', [MW]], ['ăn', 'an', [MW]], ['ấn', 'án', [MW]], ['ê', 'e', [MW]], ['tôi', 'tơi', [MW]], ['tôi', 'toi', [MW]],
  ['ơn', 'ôn', [MW]], ['cảm ơn', 'cảm on', [R, MW]], ['ưa', 'ua', [MW]], ['người', 'nguoi', [MW]], ['người', 'ngươi', [TM]],
  ['đi', 'di', [MW]], ['đi', 'đi', [R]], ['đẩy', 'dẩy', [MW]], ['di', 'đi', [MW]],
  // Marks and tone both off: a letter mark mistake (the letters are what differ).
  ['tiếng', 'tieng', [MW]],
  // Another syllable altogether.
  ['xin chào', 'xin chao buổi', [R, TM, X]],
  ['xin chào', 'xin', [R, M]],
  ['xin chào', 'chào', [M, R]],
  ['xin chào bạn', 'xin bạn', [R, M, R]],
  ['xin chào', 'xin chao chào', [R, X, R]],
  ['cảm ơn', 'cám ơn nhiều', [TW, R, X]],
  ['cảm ơn', 'cảm tạ', [R, W]],
  ['cảm ơn', '', [M, M]],
  ['', 'cảm ơn', [X, X]],
  ['Bộ Bưu chính', 'Bộ Buu chinh', [R, MW, TM]],
  ['thúc đẩy phát triển', 'thuc day phat trien', [TM, MW, TM, MW]],
  ['chính phủ', 'chinh phu', [TM, TM]],
  ['ở các nước ASEAN', 'o cac nuoc asean', [MW, TM, MW, R]],
  ['vào ngày 20 tháng 11', 'vao ngay 20 thang 11', [TM, TM, R, TM, R]],
  ['tại Viêng Chăn', 'tai Vieng Chan', [TM, MW, MW]],
  ['Tin tức', 'Tin tuc', [R, MW]],
  ['quý', 'quí', [W]],
];

describe('comparing an answer, syllable by syllable', () => {
  it('has at least 60 cases', () => {
    expect(TABLE.length).toBeGreaterThanOrEqual(60);
  });
  it.each(TABLE)('%j against %j', (expected, given, want) => {
    expect(results(expected, given)).toEqual(want);
  });

  it('says which tone was written and which was expected', () => {
    expect(compareAnswer('má', 'mà')[0]).toEqual({ result: 'tone-wrong', expected: 'má', given: 'mà', tones: { given: 'huyen', expected: 'sac' } });
    expect(compareAnswer('mạ', 'ma')[0]!.tones).toEqual({ given: 'ngang', expected: 'nang' });
  });

  it('lists the kinds of mistake once each', () => {
    expect(errorKinds(compareAnswer('tiếng Việt nhé', 'tieng viet'))).toEqual(['mark', 'missing']);
    expect(errorKinds(compareAnswer('hòa', 'hoà'))).toEqual([]);
  });
});

describe('the rating an answer suggests', () => {
  const right = compareAnswer('xin chào', 'xin chào');
  it('is Again for any mistake, Good for a right answer', () => {
    expect(suggestRating(compareAnswer('má', 'mà'), 3000, [])).toBe(1);
    expect(suggestRating(compareAnswer('đi', 'di'), 3000, [])).toBe(1);
    expect(suggestRating(right, 3000, [])).toBe(3);
  });
  it('is Easy when clearly faster than this card\'s past answers, Hard when clearly slower', () => {
    const past = [6000, 5000, 7000];
    expect(suggestRating(right, 2000, past)).toBe(4);
    expect(suggestRating(right, 6000, past)).toBe(3);
    expect(suggestRating(right, 13000, past)).toBe(2);
  });
});

describe('a syllable taken apart and put together', () => {
  it('finds the tone whatever the order of the marks', () => {
    expect(analyse('vie\u0302\u0323t')).toEqual({ base: 'viêt', tone: 'nang', skeleton: 'viet' });
    expect(analyse('Đẩy')).toEqual({ base: 'đây', tone: 'hoi', skeleton: 'day' });
  });
  it('writes the tone where Vietnamese puts it', () => {
    const cases: [string, string][] = [['hoa', 'hòa'], ['hoan', 'hoàn'], ['gia', 'già'], ['gi', 'gì'], ['quy', 'quỳ'], ['nguoi', 'nguòi'], ['ngươi', 'người'],
      ['thuy', 'thùy'], ['mua', 'mùa'], ['tiêng', 'tiềng'], ['ngoai', 'ngoài'], ['giưa', 'giừa'], ['quôc', 'quồc'], ['khuyên', 'khuyền']];
    expect(cases.map(([base]) => compose(base, 'huyen'))).toEqual(cases.map(([, out]) => out));
    expect(compose('hoa', 'huyen', true)).toBe('hoà');
    expect(tonePosition('str')).toBe(-1);
  });
});
