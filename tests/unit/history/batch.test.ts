import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appendEntries, checkBatch, emptyBatch, entriesOf, eraseDeck, parseEntryId } from '../../../src/history/batch.ts';
import { byTime, EXERCISE_ERRORS, type NewEntry } from '../../../src/history/entry.ts';
import { emptyState } from '../../../src/schedule/card-state.ts';

const T0 = Date.UTC(2026, 2, 10, 3);
const cardIds = ['p1:r', 'p1:p', 'p2:c', 'p2:d'];

const toneCode = fc.array(fc.tuple(fc.nat(5), fc.nat(5)), { minLength: 1, maxLength: 12 }).map((pairs) => pairs.flat().join(''));
const review = fc.record({
  type: fc.constant('review' as const),
  grade: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>,
  durationMs: fc.integer({ min: 0, max: 60_000 }),
  stateBefore: fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>,
  matureBefore: fc.boolean(),
  leech: fc.option(fc.constant(true), { nil: undefined }),
  newKey: fc.option(fc.double({ min: 0, max: 1e6, noNaN: true }), { nil: undefined }),
  // The interval the learner's week chose: in the flags up to 2,046 days, beside them beyond.
  days: fc.option(fc.oneof(fc.integer({ min: 0, max: 120 }), fc.integer({ min: 2040, max: 40_000 })), { nil: undefined }),
  exercise: fc.option(fc.record({
    kind: fc.constantFrom('recognition', 'production', 'cloze', 'dictation') as fc.Arbitrary<'cloze'>,
    mode: fc.constantFrom('choice', 'type', 'self') as fc.Arbitrary<'type'>,
    errors: fc.subarray([...EXERCISE_ERRORS]),
    suggested: fc.option(fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>, { nil: undefined }),
    given: fc.option(fc.string(), { nil: undefined }),
    toneSlips: fc.option(toneCode, { nil: undefined }),
    spoken: fc.option(toneCode, { nil: undefined }),
  }, { requiredKeys: ['kind', 'mode', 'errors'] }), { nil: undefined }),
}, { requiredKeys: ['type', 'grade', 'durationMs', 'stateBefore', 'matureBefore'] });
const other = fc.oneof(
  fc.constantFrom({ type: 'reset' as const }, { type: 'suspend' as const }, { type: 'unsuspend' as const }, { type: 'bury' as const }),
  fc.record({ type: fc.constant('undo' as const), of: fc.constant('dev1/20522/0') }),
  fc.record({ type: fc.constant('move' as const), days: fc.oneof(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 2040, max: 40_000 })) }),
  fc.record({ type: fc.constant('restore' as const), state: fc.constant(emptyState(new Date(T0))), suspended: fc.option(fc.constant(true), { nil: undefined }) }, { requiredKeys: ['type', 'state'] }),
);
const entry: fc.Arbitrary<NewEntry> = fc.record({
  deckId: fc.constantFrom('news', 'own-mine'),
  cardId: fc.constantFrom(...cardIds),
  at: fc.integer({ min: T0 - 3_600_000, max: T0 + 86_400_000 }),
  body: fc.oneof(review, other),
}).map(({ body, ...rest }) => ({ ...rest, ...body }) as NewEntry);

/** What decoding gives back: the entry without the fields it leaves out when absent. */
const canonical = (e: NewEntry) => JSON.parse(JSON.stringify(e));

describe('log batches', () => {
  it('give back every entry as appended, with ids naming their place, appended one at a time or together', () => {
    fc.assert(fc.property(fc.array(entry, { maxLength: 40 }), (entries) => {
      const start = emptyBatch('2026-03-10', 'dev1', T0);
      const whole = appendEntries(start, entries);
      let one = start;
      for (const e of entries) one = appendEntries(one, [e]).batch;
      expect(one).toEqual(whole.batch);
      const back = entriesOf(JSON.parse(JSON.stringify(whole.batch)));
      expect(back.map(({ id: _, day: __, device: ___, ...e }) => e)).toEqual(entries.map(canonical));
      expect(back.map((e) => e.id)).toEqual(whole.ids);
      whole.ids.forEach((id, i) => expect(parseEntryId(id)).toEqual({ device: 'dev1', dayNo: whole.batch.dayNo, seq: i }));
      expect(back.every((e) => e.day === '2026-03-10' && e.device === 'dev1')).toBe(true);
      expect(checkBatch(whole.batch)).toBeNull();
      // One card's entries alone are the same as filtering all of them.
      expect(entriesOf(whole.batch, 'news\u0000p1:r')).toEqual(back.filter((e) => e.deckId === 'news' && e.cardId === 'p1:r'));
    }), { numRuns: 300 });
  });

  it('erase a deck\'s entries where they stand: the others keep their ids', () => {
    fc.assert(fc.property(fc.array(entry, { maxLength: 30 }), (entries) => {
      const { batch } = appendEntries(emptyBatch('2026-03-10', 'dev1', T0), entries);
      const kept = entriesOf(batch).filter((e) => e.deckId !== 'news');
      const erased = eraseDeck(batch, 'news');
      expect(entriesOf(erased)).toEqual(kept);
      expect(erased.cards.some((k) => k.startsWith('news\u0000'))).toBe(false);
      expect(checkBatch(erased)).toBeNull();
    }), { numRuns: 200 });
  });

  it('are refused when damaged, naming the field', () => {
    const { batch } = appendEntries(emptyBatch('2026-03-10', 'dev1', T0), [{ type: 'review', deckId: 'news', cardId: 'p1:r', at: T0, grade: 3, durationMs: 1, stateBefore: 0, matureBefore: false }]);
    expect(checkBatch({ ...batch, rows: [...batch.rows, 1] })).toBe('rows');
    expect(checkBatch({ ...batch, rows: [5, 0, 3 << 3, 0] })).toBe('rows');
    expect(checkBatch({ ...batch, rows: [0, 0, 0, 0] })).toBe('rows');
    expect(checkBatch({ ...batch, device: 'a/b' })).toBe('device');
    expect(checkBatch({ ...batch, rows: [0, 0, 1, 0] })).toBe('extra');
    expect(checkBatch({ ...batch, cards: ['no separator'] })).toBe('cards');
    expect(checkBatch(null)).toBe('(record)');
  });

  it('take about 15 bytes of JSON an entry for a day of reviews', () => {
    const entries: NewEntry[] = Array.from({ length: 300 }, (_, i) => ({ type: 'review', deckId: 'news', cardId: `${(i % 150).toString(36).padStart(11, 'x')}:r`, at: T0 + i * 20_000, grade: 3, durationMs: 4321, stateBefore: 2, matureBefore: false }));
    const { batch } = appendEntries(emptyBatch('2026-03-10', 'dev1', T0), entries);
    const bytes = JSON.stringify(batch.rows).length / entries.length;
    expect(bytes).toBeLessThan(25);
  });
});

describe('a new card', () => {
  it('is ts-fsrs\'s empty card, written out', async () => {
    const { newState } = await import('../../../src/history/replay.ts');
    expect(newState(T0)).toEqual(emptyState(new Date(T0)));
  });
});

describe('replay order', () => {
  it('puts a batch\'s entries of one moment in their order of writing, the 10th after the 9th', () => {
    const at = 1_773_111_600_000;
    const ids = ['abc/20522/10', 'abc/20522/9', 'abc/20522/2', 'abd/20522/1', 'abc/20521/11'];
    expect(ids.map((id) => ({ id, at })).sort(byTime).map((e) => e.id)).toEqual(['abc/20521/11', 'abc/20522/2', 'abc/20522/9', 'abc/20522/10', 'abd/20522/1']);
  });
});
