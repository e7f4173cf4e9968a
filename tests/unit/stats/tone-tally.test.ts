import { describe, expect, it } from 'vitest';
import { applyReview, emptyDay, summariseDayLog, type ReviewFacts } from '../../../src/stats/day-summary.ts';
import { applyExercise } from '../../../src/stats/tone-tally.ts';
import { tonePicture } from '../../../src/stats/tone-picture.ts';
import { compareAnswer, errorKinds, toneSlips } from '../../../src/exercise/compare.ts';
import { encodeTonePairs } from '../../../src/history/tone-codes.ts';
import type { ExerciseRecord } from '../../../src/history/entry.ts';

const typed = (expected: string, given: string): ExerciseRecord => {
  const diff = compareAnswer(expected, given);
  const slips = toneSlips(diff);
  return { kind: 'production', mode: 'type', errors: errorKinds(diff), suggested: 1, ...(slips.length ? { toneSlips: encodeTonePairs(slips) } : {}) };
};
const review = (exercise?: ExerciseRecord): ReviewFacts => ({ grade: 3, durationMs: 4000, stateBefore: 2, matureBefore: false, ...(exercise ? { exercise } : {}) });

describe('the tone picture', () => {
  it('counts checked answers, those with a tone wrong, and which tone was typed for which', () => {
    let day = emptyDay('news', '2026-12-05');
    day = applyReview(day, review(typed('Việt Nam', 'Việt Nam')));
    day = applyReview(day, review(typed('Việt Nam', 'Viết Nám')));
    day = applyReview(day, review(typed('tiếng Việt', 'tiêng Việt')));
    day = applyReview(day, review(typed('cảm ơn', 'cám on')));
    const p = tonePicture([day.tones]);
    expect(p).toMatchObject({ checked: 4, mistaken: 3, toneWrong: 3 });
    // nặng typed as sắc, ngang as sắc, sắc as ngang, hỏi as sắc (ơ without its horn is a letter mistake, not a tone).
    expect(p.typed.nang.sac).toBe(1);
    expect(p.typed.ngang.sac).toBe(1);
    expect(p.typed.sac.ngang).toBe(1);
    expect(p.typed.hoi.sac).toBe(1);
    expect(Object.values(p.typed).flatMap((row) => Object.values(row)).reduce((a, b) => a + b)).toBe(4);
  });

  it('counts every spoken syllable, right ones too, and nothing of a flip card without a voice', () => {
    let day = emptyDay('news', '2026-12-05');
    day = applyReview(day, review({ kind: 'recognition', mode: 'self', errors: [], spoken: encodeTonePairs([{ expected: 'sac', given: 'huyen' }, { expected: 'ngang', given: 'ngang' }]) }));
    day = applyReview(day, review());
    const p = tonePicture([day.tones]);
    expect(p.checked).toBe(0);
    expect(p.spoken.sac.huyen).toBe(1);
    expect(p.spoken.ngang.ngang).toBe(1);
  });

  it('is taken away by undo to exactly a recount of what stays', () => {
    const kept = review(typed('Việt Nam', 'Viết Nam'));
    const undone = review({ ...typed('cảm ơn', 'cam ơn'), spoken: '3300' });
    let day = applyReview(applyReview(emptyDay('news', '2026-12-05'), kept), undone);
    day = applyReview(day, undone, -1);
    expect(day).toEqual(applyReview(emptyDay('news', '2026-12-05'), kept));
    expect(applyReview(day, kept, -1).tones).toBeUndefined();
    expect(applyExercise(undefined, undefined)).toBeUndefined();
  });

  it('is the same summed as reviews happen and recounted from a day\'s log', () => {
    const base = { deckId: 'news', day: '2026-12-05', device: 'd' };
    const entries = [typed('Việt Nam', 'Viết Nam'), typed('tiếng', 'tiềng'), { kind: 'cloze', mode: 'self', errors: [], spoken: '2100' } as ExerciseRecord]
      .map((exercise, i) => ({ ...base, ...review(exercise), id: `d/1/${i}`, cardId: `p${i}:p`, at: 1000 + i, type: 'review' as const }));
    const live = entries.reduce((d, e) => applyReview(d, e), emptyDay('news', '2026-12-05'));
    expect(summariseDayLog('2026-12-05', entries).get('news')).toEqual(live);
  });
});
