// Leeches: the rule (Anki's: the Nth lapse, then every N/2), the suspension in
// the review's own transaction, and undo taking both back.
import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { becameLeech, isLeech } from '../../../src/schedule/leech.ts';
import { installDeck } from '../../../src/storage/install.ts';
import { recordReview } from '../../../src/storage/reviews.ts';
import { undoEntry } from '../../../src/storage/undo.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import { Queue } from '../../../src/schedule/queue.ts';
import { studyDayOf } from '../../../src/schedule/study-day.ts';
import { searchPairs } from '../../../src/storage/browse.ts';
import { tallyOf } from '../../../src/stats/tallies.ts';
import { deckFrom, freshDb, PAIRS, putCardState, SETTINGS, installWithCards } from './helpers.ts';

const T0 = new Date('2026-03-10T03:00:00Z');
const DAY = 86_400_000;

describe('the leech rule', () => {
  it('flags the 8th lapse, then every 4th, and never with the threshold at 0', () => {
    const flagged = Array.from({ length: 20 }, (_, n) => n + 1).filter((n) => becameLeech({ lapses: n - 1 }, { lapses: n }, 8));
    expect(flagged).toEqual([8, 12, 16, 20]);
    expect(becameLeech({ lapses: 8 }, { lapses: 8 }, 8)).toBe(false); // a review that was no lapse
    expect(becameLeech({ lapses: 7 }, { lapses: 8 }, 0)).toBe(false);
    expect([isLeech({ lapses: 7 }, 8), isLeech({ lapses: 8 }, 8), isLeech({ lapses: 30 }, 0)]).toEqual([false, true, false]);
  });
});

describe('a card that becomes a leech', () => {
  it('is suspended with its review, shown by the leech filter, and undo brings it back as it was', async () => {
    const db = await freshDb();
    await installWithCards(db, deckFrom(PAIRS), T0);
    const scheduler = createScheduler(SETTINGS);
    const stored = (await db.getAll('cards'))[0]!;
    // Seven lapses behind it, due now.
    const card = { ...stored, state: State.Review, queue: Queue.Review, stability: 2, difficulty: 8, reps: 20, lapses: 7, scheduledDays: 2, elapsedDays: 2, due: T0.getTime(), sortKey: T0.getTime(), lastReview: T0.getTime() - 2 * DAY };
    await putCardState(db, card, new Date(T0.getTime() - DAY), '2026-03-09');
    const after = scheduler.rate(card, T0, 1);
    expect(after.lapses).toBe(8);
    expect(becameLeech(card, after, SETTINGS.leechLapses)).toBe(true);
    const entry = await recordReview(db, { deckId: 'news', cardId: card.cardId, before: card, grade: 1, at: T0, day: studyDayOf(T0, SETTINGS), durationMs: 1000, suspend: true });
    expect(await db.get('cards', ['news', card.cardId])).toMatchObject({ queue: Queue.Suspended, lapses: 8 });
    expect((await searchPairs(db, '', 50, 8)).map((f) => f.pair.pairId)).toEqual([card.pairId]);
    expect(await searchPairs(db, '', 50, 9)).toEqual([]);

    const back = await undoEntry(db, entry.id, { at: T0, day: studyDayOf(T0, SETTINGS) });
    expect(back).toMatchObject({ queue: Queue.Review, lapses: 7 });
    expect(await searchPairs(db, '', 50, 8)).toEqual([]);
    // The tallies followed both ways.
    const { wordChanges: _, ...tally } = (await db.get('tallies', 'news'))!;
    expect(tally).toEqual(tallyOf('news', await db.getAll('cards')));
  });
});
