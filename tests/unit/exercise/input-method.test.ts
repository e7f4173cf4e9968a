// Telex and VNI against a table of key sequences and what a Vietnamese
// keyboard gives for them (tone placement included).
import { describe, expect, it } from 'vitest';
import { addMark, typeKeys } from '../../../src/exercise/input-method.ts';

const TELEX: [string, string][] = [
  ['aa', 'â'], ['aw', 'ă'], ['ee', 'ê'], ['oo', 'ô'], ['ow', 'ơ'], ['uw', 'ư'], ['w', 'ư'], ['dd', 'đ'],
  ['as', 'á'], ['af', 'à'], ['ar', 'ả'], ['ax', 'ã'], ['aj', 'ạ'], ['asz', 'a'], ['ass', 'as'], ['aaa', 'aa'], ['ddd', 'dd'],
  ['asf', 'à'], ['afs', 'á'], ['asj', 'ạ'],
  ['tieengs', 'tiếng'], ['tiengse', 'tiếng'], ['vieetj', 'việt'], ['Vieetj', 'Việt'], ['nguwowif', 'người'], ['nguoiwf', 'người'],
  ['hoaf', 'hòa'], ['hoafn', 'hoàn'], ['hoanf', 'hoàn'], ['thuyr', 'thủy'], ['quas', 'quá'], ['quys', 'quý'], ['quyts', 'quýt'],
  ['gias', 'giá'], ['gif', 'gì'], ['giuwax', 'giữa'], ['muaf', 'mùa'], ['cuar', 'của'], ['mias', 'mía'], ['tuooir', 'tuổi'],
  ['nuwowcs', 'nước'], ['ddaayr', 'đẩy'], ['chinhs', 'chính'], ['phur', 'phủ'], ['thucs', 'thúc'], ['ngoaif', 'ngoài'],
  ['truwowngf', 'trường'], ['xinf chaof', 'xìn chào'], ['xin chaof', 'xin chào'], ['camr own', 'cảm ơn'], ['hoir', 'hỏi'],
  ['khoer', 'khỏe'], ['dduwowcj', 'được'], ['bieeur', 'biểu'], ['tooi', 'tôi'], ['ddi', 'đi'], ['ddir', 'đỉ'],
];

const VNI: [string, string][] = [
  ['a6', 'â'], ['a8', 'ă'], ['e6', 'ê'], ['o6', 'ô'], ['o7', 'ơ'], ['u7', 'ư'], ['d9', 'đ'],
  ['a1', 'á'], ['a2', 'à'], ['a3', 'ả'], ['a4', 'ã'], ['a5', 'ạ'], ['a10', 'a'], ['a11', 'a1'],
  ['tie6ng1', 'tiếng'], ['tieng16', 'tiếng'], ['vie6t5', 'việt'], ['nguoi72', 'người'], ['hoa2', 'hòa'], ['hoan2', 'hoàn'],
  ['d9u7o7c5', 'được'], ['cua3', 'của'], ['qua1', 'quá'], ['gia1', 'giá'], ['d9a6y3', 'đẩy'], ['to6i', 'tôi'],
];

describe('Telex', () => {
  it.each(TELEX)('%s → %s', (keys, expected) => {
    expect(typeKeys(keys, 'telex')).toBe(expected);
  });
  it('is off when asked: the keys are the text', () => {
    expect(typeKeys('tieengs', 'off')).toBe('tieengs');
  });
  it('covers at least 50 key sequences with VNI', () => {
    expect(TELEX.length + VNI.length).toBeGreaterThanOrEqual(50);
  });
});

describe('VNI', () => {
  it.each(VNI)('%s → %s', (keys, expected) => {
    expect(typeKeys(keys, 'vni')).toBe(expected);
  });
});

describe('the tone and letter buttons', () => {
  it('put a tone on the word before the caret, in its place, and take it off when tapped again', () => {
    expect(addMark('xin chao', 8, 'huyen')).toEqual({ text: 'xin chào', caret: 8 });
    expect(addMark('xin chào', 8, 'huyen')).toEqual({ text: 'xin chao', caret: 8 });
    expect(addMark('tieng viet', 5, 'sac')).toEqual({ text: 'tiéng viet', caret: 5 });
  });
  it('add a letter mark to the word before the caret, keeping its tone', () => {
    expect(addMark('tiéng', 5, 'ê')).toEqual({ text: 'tiếng', caret: 5 });
    expect(addMark('di', 2, 'đ')).toEqual({ text: 'đi', caret: 2 });
    expect(addMark('nguoi', 5, 'ư')).toEqual({ text: 'ngưoi', caret: 5 });
    expect(addMark('ngưoif', 5, 'ơ')).toEqual({ text: 'ngươif', caret: 5 });
    expect(addMark('x', 1, 'ơ')).toEqual({ text: 'xơ', caret: 2 });
  });
});

describe('words that are not Vietnamese', () => {
  it('are left as typed (a tone key there is a letter)', () => {
    expect(typeKeys('asean', 'telex')).toBe('asean');
    expect(typeKeys('ASEAN', 'telex')).toBe('ASEAN');
    expect(typeKeys('email', 'telex')).toBe('email');
    expect(typeKeys('nuwowcs asean', 'telex')).toBe('nước asean');
    expect(typeKeys('mptc', 'telex')).toBe('mptc');
  });
});
