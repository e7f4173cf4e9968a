// The log as the optimiser worker reads it (every entry, in batches, only
// what a fit needs), and the history size the settings screen shows, taken
// from the day summaries and tallies instead of the log: the two agree.
import { describe, expect, it } from 'vitest';
import { freshDb } from './helpers.ts';
import { importBackup } from '../../../src/storage/backup.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import { DEFAULT_SETTINGS } from '../../../src/schedule/settings.ts';
import { loadHistorySize, readLogForFit } from '../../../src/storage/review-log.ts';
import { historySize } from '../../../src/optimise/enough.ts';
import { syntheticBackup } from '../../../scripts/fixtures/synthetic-backup.ts';

describe('the review log for a fit', () => {
  it('reads every entry across batches, keeping what a fit needs, and sizes the history as the log does', async () => {
    const db = await freshDb();
    const backup = syntheticBackup({ pairs: 3000, reviews: 12_345, days: 200 }, 'news', Date.parse('2026-06-01T05:00:00Z'));
    await importBackup(db, backup, createScheduler(DEFAULT_SETTINGS));
    const seen: number[] = [];
    const log = await readLogForFit(db, (done) => seen.push(done));
    expect(log).toHaveLength(12_345);
    expect(seen).toEqual([5000, 10_000, 12_345]);
    const byId = new Map(backup.reviews.map((e) => [e.id, e]));
    for (const e of log) {
      const original = byId.get(e.id)!;
      expect(e).toEqual({ id: original.id, deckId: original.deckId, cardId: original.cardId, at: original.at, day: original.day, grade: original.grade, before: { state: original.before.state } });
    }
    // Cards studied: every card the log touched is out of the new state (none was reset).
    expect(await loadHistorySize(db)).toEqual(historySize(log).have);
  });
});
