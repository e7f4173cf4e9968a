import { describe, expect, it } from 'vitest';
import { encodeTonePairs, toneCodeKeys } from '../../../src/history/tone-codes.ts';

describe('tone codes', () => {
  it('keep each syllable\'s expected and given tone, in order, as two digits', () => {
    const pairs = [{ expected: 'sac', given: 'huyen' }, { expected: 'ngang', given: 'ngang' }, { expected: 'nang', given: 'hoi' }] as const;
    expect(encodeTonePairs(pairs)).toBe('210053');
    expect(toneCodeKeys('210053')).toEqual(['21', '00', '53']);
  });

  it('read nothing from a code they do not understand (a later version\'s, or damaged)', () => {
    expect(toneCodeKeys('21005')).toEqual([]);
    expect(toneCodeKeys('2169')).toEqual([]);
    expect(toneCodeKeys('')).toEqual([]);
  });
});
