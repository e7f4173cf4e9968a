// From a recording to a verdict per syllable, on synthetic voices whose pitch
// follows each tone's shape: syllables found to the number asked (or refused),
// contours in semitones from the speaker's reference, folded back where the
// path slipped an octave, each tone judged right, a neighbour's shape heard
// as that neighbour, and a recording too quiet or too noisy refused.
import { describe, expect, it } from 'vitest';
import { syntheticVoice } from '../../../scripts/fixtures/synthetic-voice.ts';
import { trackPitch } from '../../../src/voice/pitch/track.ts';
import { findSyllables } from '../../../src/voice/syllables.ts';
import { syllableContour, POINTS } from '../../../src/voice/contour.ts';
import { judgeTone, shapePoints, spokenTone, TONES, type Tone } from '../../../src/voice/tones.ts';
import { judgeRecording, signalToNoise } from '../../../src/voice/judge.ts';

const RATE = 16_000;
const BASE = 140;

/** One syllable of `tone` from `start` for `length` seconds, its pitch the tone's shape (times `range`) around BASE. */
function toneF0(tone: Tone, start: number, length: number, range = 1): (t: number) => number | null {
  const shape = shapePoints(tone, 'north');
  return (t) => {
    const x = (t - start) / length;
    if (x < 0 || x > 1) return null;
    // ngã and nặng: the voice breaks (ngã mid-syllable, nặng near its end).
    if ((tone === 'nga' && x > 0.45 && x < 0.6) || (tone === 'nang' && x > 0.8)) return null;
    const p = x * (POINTS - 1);
    const i = Math.min(POINTS - 2, Math.floor(p));
    return BASE * 2 ** ((range * (shape[i]! + (shape[i + 1]! - shape[i]!) * (p - i))) / 12);
  };
}

const voice = (f0: (t: number) => number | null, seconds: number, snrDb = 30, seed = 5) => syntheticVoice({ sampleRate: RATE, seconds, f0, snrDb, seed }).samples;

describe('tones from a voice', () => {
  it('judges each of the six tones right, at the shapes\' range and at a learner\'s narrower one', () => {
    for (const range of [1, 0.7]) {
      for (const tone of TONES) {
        const result = judgeRecording(voice(toneF0(tone, 0.2, 0.45, range), 0.9), RATE, [tone], 'north', BASE);
        expect(result.kind, `${tone} at ${range}`).toBe('judged');
        if (result.kind !== 'judged') continue;
        expect(result.syllables[0]!.judgement!.heard, `${tone} at ${range}`).toBe(tone);
        expect(result.syllables[0]!.judgement!.verdict).toBe('right');
      }
    }
  }, 20_000);

  it('hears a sắc that rose too little as not sắc, and says which tone it was nearer', () => {
    // Said flat where sắc rises: nearer ngang.
    const result = judgeRecording(voice(toneF0('ngang', 0.2, 0.45), 0.9), RATE, ['sac'], 'north', BASE);
    expect(result.kind).toBe('judged');
    if (result.kind !== 'judged') return;
    expect(result.syllables[0]!.judgement!.verdict).not.toBe('right');
    expect(result.syllables[0]!.judgement!.heard).toBe('ngang');
  });

  it('finds two syllables apart by a dip, and refuses to find three', () => {
    const two = (t: number) => toneF0('sac', 0.15, 0.35)(t) ?? toneF0('huyen', 0.62, 0.35)(t);
    const track = trackPitch(voice(two, 1.1), RATE);
    const segments = findSyllables(track, 2)!;
    expect(segments).toHaveLength(2);
    // The cut falls in the silence between them (0.50–0.62 s).
    const cut = track.times[segments[0]!.to]!;
    expect(cut).toBeGreaterThan(0.45);
    expect(cut).toBeLessThan(0.68);
    expect(findSyllables(track, 3)).toBeNull();
    const result = judgeRecording(voice(two, 1.1), RATE, ['sac', 'huyen'], 'north', BASE);
    expect(result.kind === 'judged' && result.syllables.map((s) => s.judgement?.heard)).toEqual(['sac', 'huyen']);
    // Two syllables said where the text has one: each pause is a syllable, so "say it again".
    const apart = (t: number) => toneF0('ngang', 0.1, 0.3)(t) ?? toneF0('ngang', 0.75, 0.3)(t);
    expect(judgeRecording(voice(apart, 1.2), RATE, ['ngang'], 'north', BASE)).toMatchObject({ kind: 'again', why: 'count' });
  }, 20_000);

  it('folds frames an octave off back into the syllable\'s contour', () => {
    const track = trackPitch(voice(toneF0('ngang', 0.2, 0.45), 0.9), RATE);
    const segment = findSyllables(track, 1)![0]!;
    const mid = Math.floor((segment.from + segment.to) / 2);
    // Nine frames in a row: more than the median of neighbours smooths away.
    const slipped = { ...track, f0: track.f0.map((f, i) => (Math.abs(i - mid) <= 4 ? f * 2 : f)) };
    const c = syllableContour(slipped, segment, BASE)!;
    for (const p of c.points) expect(Math.abs(p)).toBeLessThan(1.5);
  });

  it('refuses a recording too quiet, or too noisy to judge', () => {
    const quiet = voice(toneF0('sac', 0.2, 0.45), 0.9).map((v) => v * 0.001);
    expect(judgeRecording(quiet, RATE, ['sac'], 'north', BASE)).toMatchObject({ kind: 'again', why: 'quiet' });
    const noisy = voice(toneF0('sac', 0.2, 0.45), 0.9, 0);
    expect(signalToNoise(trackPitch(noisy, RATE))).toBeLessThan(6);
    expect(judgeRecording(noisy, RATE, ['sac'], 'north', BASE)).toMatchObject({ kind: 'again', why: 'noisy' });
  });

  it('the Southern dialect hears ngã as the one dipping tone it shares with hỏi', () => {
    expect(spokenTone('nga', 'south')).toBe('hoi');
    const c = { points: shapePoints('hoi', 'south'), gap: 0, endsUnvoiced: 0, seconds: 0.4 };
    const j = judgeTone(c, 'nga', 'south');
    expect(j.verdict).toBe('right');
    expect(j.ranked.map((r) => r.tone)).not.toContain('nga');
  });
});

describe('advice on the biggest mismatch', () => {
  const contour = (points: number[], gap = 0) => ({ points, gap, endsUnvoiced: 0, seconds: 0.4 });
  it('tells a sắc that rose too little to end higher, a huyền that started high to start lower', async () => {
    const { adviceFor } = await import('../../../src/voice/advice.ts');
    const flatRise = shapePoints('sac', 'north').map((v, p) => (p > 6 ? 0.5 : v));
    expect(adviceFor(contour(flatRise), 'sac', 'north')).toEqual({ tone: 'sac', kind: 'end-higher' });
    const highStart = shapePoints('huyen', 'north').map((v, p) => (p < 3 ? v + 3 : v));
    expect(adviceFor(contour(highStart), 'huyen', 'north')).toEqual({ tone: 'huyen', kind: 'start-lower' });
    // A ngang that wandered: keep it level.
    expect(adviceFor(contour([0, 1, 2, 2.5, 2, 1, 0, -1, -1.5, -1]), 'ngang', 'north')?.kind).toBe('keep-level');
    // A ngã in the right shape but smooth: break the voice in the middle. In the right shape with its break: nothing to say.
    expect(adviceFor(contour(shapePoints('nga', 'north')), 'nga', 'north')?.kind).toBe('break-voice');
    expect(adviceFor(contour(shapePoints('nga', 'north'), 0.15), 'nga', 'north')).toBeNull();
  });
});
