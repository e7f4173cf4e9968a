// An attempt as the screen gets it: the text's syllables and tones, each
// one's verdict, its pitch frame by frame with its gaps, the shape it should
// have had, one piece of advice only where a tone was not right; and what a
// card offers to say.
import { describe, expect, it } from 'vitest';
import { syntheticVoice } from '../../../scripts/fixtures/synthetic-voice.ts';
import { analyseAttempt, tonesOf } from '../../../src/voice/attempt.ts';
import { POINTS } from '../../../src/voice/contour.ts';
import { shapePoints, type Tone } from '../../../src/voice/tones.ts';
import { voiceTargets } from '../../../src/ui/voice/targets.ts';

const RATE = 16_000;
const BASE = 140;

/** Syllables of the given tones, each 0.4 s after 0.2 s of quiet, their pitch the Northern shapes; ngã breaks mid-way. */
function said(tones: Tone[], dialect: 'north' | 'south' = 'north'): Float32Array {
  const f0 = (t: number) => {
    const k = Math.floor((t - 0.2) / 0.55);
    const x = (t - 0.2 - k * 0.55) / 0.4;
    if (k < 0 || k >= tones.length || x < 0 || x > 1) return null;
    if (tones[k] === 'nga' && dialect === 'north' && x > 0.45 && x < 0.6) return null;
    const shape = shapePoints(tones[k]!, dialect);
    const p = x * (POINTS - 1);
    const i = Math.min(POINTS - 2, Math.floor(p));
    return BASE * 2 ** ((shape[i]! + (shape[i + 1]! - shape[i]!) * (p - i)) / 12);
  };
  return syntheticVoice({ sampleRate: RATE, seconds: 0.4 + tones.length * 0.55, f0, snrDb: 30, seed: 3 }).samples;
}

describe('an attempt for the screen', () => {
  it('reads the text\'s syllables and their tones', () => {
    expect(tonesOf('Việt Nam, ngã!')).toEqual([{ text: 'Việt', tone: 'nang' }, { text: 'Nam', tone: 'ngang' }, { text: 'ngã', tone: 'nga' }]);
  });

  it('gives each syllable its verdict, its pitch with the break kept as a gap, and no advice when all are right', () => {
    const a = analyseAttempt(said(['sac', 'nga']), RATE, 'cá ngã', 'north', BASE);
    expect(a.kind).toBe('judged');
    if (a.kind !== 'judged') return;
    expect(a.syllables.map((s) => [s.text, s.expected, s.heard, s.verdict])).toEqual([['cá', 'sac', 'sac', 'right'], ['ngã', 'nga', 'nga', 'right']]);
    const nga = a.syllables[1]!;
    const voiced = nga.pitch.slice(nga.voicedFrom, nga.voicedTo + 1);
    expect(voiced.some(Number.isNaN)).toBe(true);
    expect(Number.isNaN(nga.pitch[nga.voicedFrom]!)).toBe(false);
    expect(nga.shape).toEqual(shapePoints('nga', 'north'));
    // sắc ends high above the level voice; the chart shows it.
    const cá = a.syllables[0]!;
    expect(cá.pitch[cá.voicedTo]!).toBeGreaterThan(2);
    expect(a.advice).toBeNull();
  });

  it('says which tone a wrong syllable sounded like, and advises on it', () => {
    const a = analyseAttempt(said(['ngang', 'huyen']), RATE, 'con cá', 'north', BASE);
    expect(a.kind).toBe('judged');
    if (a.kind !== 'judged') return;
    expect(a.syllables.map((s) => [s.verdict, s.heard])).toEqual([['right', 'ngang'], ['wrong', 'huyen']]);
    expect(a.advice).toMatchObject({ syllable: 1, tone: 'sac' });
    expect(['end-higher', 'middle-higher', 'start-higher']).toContain(a.advice!.kind);
  });

  it('judges by the Southern shapes when asked: a ngã said as the South\'s dipping tone is right', () => {
    const a = analyseAttempt(said(['hoi'], 'south'), RATE, 'ngã', 'south', BASE);
    expect(a.kind === 'judged' && a.syllables.map((s) => s.verdict)).toEqual(['right']);
    const b = analyseAttempt(said(['hoi'], 'south'), RATE, 'ngã', 'north', BASE);
    expect(b.kind === 'judged' && b.syllables.map((s) => s.verdict)).not.toEqual(['right']);
  });

  it('has nothing to judge in a text without Vietnamese syllables', () => {
    expect(analyseAttempt(said(['ngang']), RATE, '2018', 'north', BASE)).toEqual({ kind: 'again', why: 'empty' });
  });
});

describe('what a card offers to say', () => {
  it('offers a short sentence whole, then its words, two-syllable ones first', () => {
    expect(voiceTargets('Tôi ăn cơm.', ['tôi', 'ăn', 'ăn cơm'])).toEqual(['Tôi ăn cơm.', 'ăn cơm', 'tôi', 'ăn']);
  });

  it('offers a long sentence\'s words only, at most six', () => {
    const long = 'Chia sẻ những bài học kinh nghiệm và học hỏi về xây dựng chính sách';
    const t = voiceTargets(long, ['chia sẻ', 'những', 'bài học', 'kinh nghiệm', 'và', 'học hỏi', 'xây dựng', 'chính sách']);
    expect(t).toHaveLength(6);
    expect(t.slice(0, 6)).toEqual(['chia sẻ', 'bài học', 'kinh nghiệm', 'học hỏi', 'xây dựng', 'chính sách']);
  });

  it('cuts a long sentence without its words kept into pairs of syllables', () => {
    expect(voiceTargets('một hai ba bốn năm sáu bảy')).toEqual(['một hai', 'ba bốn', 'năm sáu', 'bảy']);
    // A number is left out: how it is said is not written.
    expect(voiceTargets('năm 2018')).toEqual(['năm']);
  });
});

describe('the practise tones drill', () => {
  it('deals a deck\'s syllables once each, one tone after another, the same for a seed', async () => {
    const { drillSyllables } = await import('../../../src/voice/drill.ts');
    const words = ['phát triển', 'hệ thống', 'dịch vụ', 'hiện đại', 'các nước', 'Việt Nam', 'năm 2018', 'hội thảo', 'nhằm', 'những', 'chính phủ'];
    const deal = drillSyllables(words, 7);
    expect(deal).toEqual(drillSyllables(words, 7));
    expect(new Set(deal.map((s) => s.text)).size).toBe(deal.length);
    expect(deal.some((s) => /\d/.test(s.text))).toBe(false);
    // The first round has every tone the deck has, in the tones' order.
    expect(deal.slice(0, 6).map((s) => s.tone)).toEqual(['ngang', 'huyen', 'sac', 'hoi', 'nga', 'nang']);
    expect(deal.every((s) => s.text === s.text.toLowerCase())).toBe(true);
    expect(drillSyllables(words, 7, 4)).toHaveLength(4);
  });
});

describe('a syllable too creaky to follow', () => {
  it('is unclear on its own, the others judged; with none clear the recording is refused', () => {
    // "cá" then a nặng whose voice is gone after its first few frames (a creak through it).
    const sac = shapePoints('sac', 'north');
    const f0 = (t: number) => {
      if (t >= 0.2 && t <= 0.6) {
        const p = ((t - 0.2) / 0.4) * (POINTS - 1);
        const i = Math.min(POINTS - 2, Math.floor(p));
        return BASE * 2 ** ((sac[i]! + (sac[i + 1]! - sac[i]!) * (p - i)) / 12);
      }
      if (t >= 0.75 && t <= 0.77) return BASE;
      return null;
    };
    // The second syllable loud but unvoiced: noise-like, as a creak is to the tracker.
    const v = syntheticVoice({ sampleRate: RATE, seconds: 1.3, f0, snrDb: 30, seed: 4 }).samples;
    let s = 9;
    for (let i = Math.floor(0.75 * RATE); i < Math.floor(1.15 * RATE); i++) {
      s = (s * 1103515245 + 12345) >>> 0;
      v[i]! += ((s / 2 ** 32) * 2 - 1) * 0.3;
    }
    const a = analyseAttempt(v, RATE, 'cá mẹ', 'north', BASE);
    expect(a.kind).toBe('judged');
    if (a.kind !== 'judged') return;
    expect(a.syllables.map((x) => [x.verdict, x.heard])).toEqual([['right', 'sac'], ['unclear', null]]);
    expect(a.advice).toBeNull();
    // Only the unclear one: nothing to judge.
    const only = analyseAttempt(v.subarray(Math.floor(0.7 * RATE)), RATE, 'mẹ', 'north', BASE);
    expect(only).toMatchObject({ kind: 'again' });
  });
});
