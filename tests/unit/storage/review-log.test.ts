// The log as the optimiser worker reads it (every entry, in batches, only
// what a fit needs), and the history size the settings screen shows, taken
// from the day summaries and tallies instead of the log: the two agree.
import { describe, expect, it } from 'vitest';
import { freshDb, installWithCards } from './helpers.ts';
import { importBackup } from '../../../src/storage/backup.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import { DEFAULT_SETTINGS } from '../../../src/schedule/settings.ts';
import { loadHistorySize, readLogForFit } from '../../../src/storage/review-log.ts';
import { historySize } from '../../../src/optimise/enough.ts';
import { reviewsOf, syntheticBackup } from '../../../scripts/fixtures/synthetic-backup.ts';
import { installDeck } from '../../../src/storage/install.ts';
import { recordReview } from '../../../src/storage/reviews.ts';
import { undoEntry } from '../../../src/storage/undo.ts';
import { deckQueue } from '../../../src/storage/study.ts';
import { cardHistories } from '../../../src/optimise/history.ts';
import { deckFrom, PAIRS, SETTINGS } from './helpers.ts';

describe('the review log for a fit', () => {
  it('reads every entry across batches, keeping what a fit needs, and sizes the history as the log does', async () => {
    const db = await freshDb();
    const backup = syntheticBackup({ pairs: 3000, reviews: 12_345, days: 200 }, 'news', Date.parse('2026-06-01T05:00:00Z'));
    await importBackup(db, backup, { at: new Date('2026-06-01T05:00:00Z'), day: '2026-06-01' });
    const seen: number[] = [];
    const log = await readLogForFit(db, (done) => seen.push(done));
    expect(log).toHaveLength(12_345);
    // A few batch records (study days) at a time: 30, 60, …, all of them.
    expect(seen.at(-1)).toBe(backup.log.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    const byId = new Map(reviewsOf(backup).map((e) => [e.id, e]));
    for (const e of log) {
      const { id, deckId, cardId, at, day, grade, stateBefore, durationMs } = byId.get(e.id)!;
      expect(e).toEqual({ id, deckId, cardId, at, day, grade, stateBefore, durationMs });
    }
    // Cards studied: every card the log touched is out of the new state (none was reset).
    expect(await loadHistorySize(db)).toEqual(historySize(log).have);
  });

  it('has no trace of an undone review: the fit never learns from a rating taken back', async () => {
    const db = await freshDb();
    const t0 = new Date('2026-03-10T03:00:00Z');
    await installWithCards(db, deckFrom(PAIRS), t0);
    const scheduler = createScheduler(SETTINGS);
    const rate = async (at: Date, grade: 1 | 3) => {
      const q = await deckQueue(db, 'news', at, SETTINGS);
      return recordReview(db, { deckId: 'news', cardId: q.card!.cardId, before: q.card!, grade, at, day: q.day, durationMs: 1000 });
    };
    const first = await rate(t0, 3);
    const mistaken = await rate(new Date(t0.getTime() + 60_000), 1);
    await undoEntry(db, mistaken.id, { at: t0, day: '2026-03-10' });
    const log = await readLogForFit(db);
    expect(log.map((e) => e.id)).toEqual([first.id]);
    expect(cardHistories(log).map((h) => h.reviews)).toEqual([[{ rating: 3, deltaT: 0 }]]);
  });
});
