import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { fsrsCsv, numericCardId } from '../../../src/backup/fsrs-csv.ts';

const entry = (cardId: string, at: number, grade: 1 | 2 | 3 | 4, state: State, durationMs: number) =>
  ({ deckId: 'news', cardId, at, grade, stateBefore: state, durationMs }) as Parameters<typeof fsrsCsv>[0][number];

describe('FSRS optimizer CSV', () => {
  it('writes one row per review in time order with the optimizer’s columns', () => {
    const csv = fsrsCsv([entry('b:r', 2000, 3, State.Learning, 5000), entry('a:r', 1000, 1, State.New, 12000)]);
    const a = numericCardId('news', 'a:r');
    const b = numericCardId('news', 'b:r');
    expect(csv).toBe(`card_id,review_time,review_rating,review_state,review_duration\n${a},1000,1,0,12000\n${b},2000,3,1,5000\n`);
  });

  it('gives each card a stable integer id, distinct across decks', () => {
    const id = numericCardId('news', 'a:r');
    expect(Number.isSafeInteger(id)).toBe(true);
    expect(numericCardId('news', 'a:r')).toBe(id);
    expect(numericCardId('other', 'a:r')).not.toBe(id);
  });
});
