import { describe, expect, it } from 'vitest';
import { decodeTonePairs, encodeTonePairs } from '../../../src/history/tone-codes.ts';

describe('tone codes', () => {
  it('keep each syllable\'s expected and given tone, in order', () => {
    const pairs = [{ expected: 'sac', given: 'huyen' }, { expected: 'ngang', given: 'ngang' }, { expected: 'nang', given: 'hoi' }] as const;
    expect(encodeTonePairs(pairs)).toBe('210053');
    expect(decodeTonePairs('210053')).toEqual(pairs);
  });

  it('read nothing from a code they do not understand (a later version\'s, or damaged)', () => {
    expect(decodeTonePairs('21005')).toEqual([]);
    expect(decodeTonePairs('2169')).toEqual([]);
    expect(decodeTonePairs('')).toEqual([]);
  });
});
