// New FSRS parameters: every studied card's memory follows them, by replay
// of its log; due dates stay; a rating made while the rebuild runs is kept;
// a rebuild that did not finish is still due at the next start.
import { describe, expect, it } from 'vitest';
import { installDeck } from '../../../src/storage/install.ts';
import { recordReview } from '../../../src/storage/reviews.ts';
import { deckQueue } from '../../../src/storage/study.ts';
import { rememberAll } from '../../../src/storage/rememory.ts';
import { loadSettings, REMEMORY_PENDING_KEY } from '../../../src/storage/settings.ts';
import { saveSettings } from '../../../src/storage/save-settings.ts';
import type { Database } from '../../../src/storage/db.ts';
import { deckFrom, freshDb, PAIRS, readReviews, SETTINGS, installWithCards } from './helpers.ts';
import { expectConsistent, readStores } from '../history/consistency.ts';
import { inconsistencies } from '../../shared/consistency.ts';
import { entriesOf } from '../../../src/history/batch.ts';
import { State } from 'ts-fsrs';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import type { CardState } from '../../../src/schedule/card-state.ts';
import { NEW_STATE } from '../../../src/history/replay.ts';

const T0 = Date.parse('2026-03-10T03:00:00Z');
const DAY = 86_400_000;
const FITTED = [0.3, 1.2, 3.1, 16, 7.1, 0.5, 1.4, 0.01, 1.5, 0.15, 1.0, 1.9, 0.11, 0.3, 2.3, 0.24, 2.9, 0.5, 0.7, 0.1, 0.2];

async function studied(): Promise<Database> {
  const db = await freshDb();
  await installWithCards(db, deckFrom(PAIRS), new Date(T0));
  for (let day = 0; day < 6; day++) {
    for (let i = 0; i < 4; i++) {
      const at = new Date(T0 + day * DAY + i * 60_000);
      const q = await deckQueue(db, 'news', at, SETTINGS);
      if (!q.card) break;
      await recordReview(db, { deckId: 'news', cardId: q.card.cardId, before: q.card, grade: ((day + i) % 3 + 2) as 2 | 3 | 4, at, day: q.day, durationMs: 2000 });
    }
  }
  return db;
}

const schedule = (c: { cardId: string; due: number; scheduledDays: number; reps: number; state: number; queue: number }) => [c.cardId, c.due, c.scheduledDays, c.reps, c.state, c.queue];

describe('new parameters', () => {
  it('bring every studied card\'s memory in line by replay, its due date kept, and the rebuild is due until done', async () => {
    const db = await studied();
    const before = await db.getAll('cards');
    const at = new Date(T0 + 7 * DAY);
    expect(await saveSettings(db, { ...(await loadSettings(db)), fsrsParameters: FITTED }, at)).toEqual({ memory: true });
    expect(await db.get('settings', REMEMORY_PENDING_KEY)).toBeDefined();
    // Until rebuilt, the stored memory is the old parameters': not what replay gives.
    expect(inconsistencies(await readStores(db), '2026-03-17').length).toBeGreaterThan(0);
    const rewritten = await rememberAll(db, '2026-03-17', 'deck');
    expect(rewritten).toBe(before.filter((c) => c.reps > 0).length);
    await expectConsistent(db, '2026-03-17');
    const after = await db.getAll('cards');
    expect(after.map(schedule)).toEqual(before.map(schedule));
    expect(after.filter((c, i) => c.stability !== before[i]!.stability)).toHaveLength(rewritten);
    expect(await db.get('settings', REMEMORY_PENDING_KEY)).toBeUndefined();
    // A change of retention alone is no change of memory.
    expect(await saveSettings(db, { ...(await loadSettings(db)), desiredRetention: 0.85 }, new Date(at.getTime() + 1000))).toEqual({ memory: false });
    expect(await db.get('settings', REMEMORY_PENDING_KEY)).toBeUndefined();
  });

  it('move the due dates of cards in review too when the learner asks to reschedule, to what the new parameters give', async () => {
    const db = await studied();
    const before = await db.getAll('cards');
    const at = new Date(T0 + 7 * DAY);
    const settings = { ...(await loadSettings(db)), fsrsParameters: FITTED };
    await saveSettings(db, settings, at, { reschedule: true });
    await rememberAll(db, '2026-03-17', 'deck');
    await expectConsistent(db, '2026-03-17');
    const after = await db.getAll('cards');
    const moved = after.filter((c, i) => c.due !== before[i]!.due);
    expect(moved.length).toBeGreaterThan(0);
    // Only cards in review move; each to the due date the new parameters give from its reviews.
    expect(moved.every((c) => c.state === State.Review)).toBe(true);
    const scheduler = createScheduler(settings);
    const reviews = await readReviews(db);
    for (const c of moved) {
      let state: CardState = NEW_STATE;
      for (const e of reviews.filter((r) => r.cardId === c.cardId)) state = scheduler.rate(state, new Date(e.at), e.grade);
      expect({ due: c.due, scheduledDays: c.scheduledDays }).toEqual({ due: state.due, scheduledDays: state.scheduledDays });
    }
    // Learning cards keep their steps.
    expect(after.filter((c, i) => c.state !== State.Review && c.due !== before[i]!.due)).toEqual([]);
  });

  it('keep a rating made while the rebuild runs, of a card it has not reached', async () => {
    const db = await studied();
    const at = new Date(T0 + 7 * DAY);
    await saveSettings(db, { ...(await loadSettings(db)), fsrsParameters: FITTED }, at);
    // The card the rebuild reaches last: the last to appear in the log (it goes in the log's order).
    const lastReached = [...new Set((await db.getAll('log')).flatMap((b) => entriesOf(b)).map((e) => e.cardId))].at(-1)!;
    let rated = false;
    const reviews = (await readReviews(db)).length;
    // One card per transaction; after the first, the learner rates the last one (read with the log, not yet rebuilt).
    await rememberAll(db, '2026-03-17', 'deck', async () => {
      if (rated) return;
      rated = true;
      const last = (await db.get('cards', ['news', lastReached]))!;
      await recordReview(db, { deckId: 'news', cardId: last.cardId, before: last, grade: 3, at: new Date(at.getTime() + 5000), day: '2026-03-17', durationMs: 1000 });
    }, 1);
    expect(rated).toBe(true);
    expect(await readReviews(db)).toHaveLength(reviews + 1);
    await expectConsistent(db, '2026-03-17');
  });
});
