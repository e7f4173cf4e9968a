import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { installDeck } from '../../../src/storage/install.ts';
import { recordReview, StaleCardError } from '../../../src/storage/reviews.ts';
import { undoEntry } from '../../../src/storage/undo.ts';
import { deckQueue } from '../../../src/storage/study.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import { Queue } from '../../../src/schedule/queue.ts';
import type { Database } from '../../../src/storage/db.ts';
import { deckFrom, freshDb, PAIRS, readLog, readReviews, SETTINGS, installWithCards } from './helpers.ts';

const T0 = new Date('2026-03-10T03:00:00Z'); // 10:00 in Vientiane, study day 2026-03-10
const scheduler = createScheduler(SETTINGS);

async function rateNext(db: Database, now: Date, grade: 1 | 2 | 3 | 4, settings = SETTINGS) {
  const q = await deckQueue(db, 'news', now, settings);
  const card = q.card!;
  return recordReview(db, { deckId: 'news', cardId: card.cardId, before: card, grade, at: now, day: q.day, durationMs: 5000 });
}

async function setup() {
  const db = await freshDb();
  await installWithCards(db, deckFrom(PAIRS), T0);
  return db;
}

describe('reviews', () => {
  it('writes the card and its log entry together', async () => {
    const db = await setup();
    const entry = await rateNext(db, T0, 3);
    const card = (await db.get('cards', ['news', entry.cardId]))!;
    expect(card).toMatchObject({ state: State.Learning, reps: 1, queue: Queue.Learning, sortKey: card.due });
    expect(card.due - T0.getTime()).toBe(10 * 60_000); // Good on a new card: the 10 m learning step
    expect(await readLog(db)).toEqual([entry]);
    expect(entry).toMatchObject({ type: 'review', grade: 3, day: '2026-03-10', durationMs: 5000, at: T0.getTime(), stateBefore: State.New });
    expect(card.logDays).toEqual([20522]);
  });

  it('caps the recorded time at 60 s', async () => {
    const db = await setup();
    const q = await deckQueue(db, 'news', T0, SETTINGS);
    const entry = await recordReview(db, { deckId: 'news', cardId: q.card!.cardId, before: q.card!, grade: 3, at: T0, day: q.day, durationMs: 600_000 });
    expect(entry.durationMs).toBe(60_000);
  });

  it('refuses a review of a card that changed since it was shown, writing nothing', async () => {
    const db = await setup();
    const q = await deckQueue(db, 'news', T0, SETTINGS);
    await recordReview(db, { deckId: 'news', cardId: q.card!.cardId, before: q.card!, grade: 3, at: T0, day: q.day, durationMs: 1 });
    await expect(recordReview(db, { deckId: 'news', cardId: q.card!.cardId, before: q.card!, grade: 3, at: T0, day: q.day, durationMs: 1 }))
      .rejects.toBeInstanceOf(StaleCardError);
    expect(await readLog(db)).toHaveLength(1);
  });

  it('undoes several ratings, restoring the exact states and the day’s counts', async () => {
    const db = await setup();
    const initial = await db.getAll('cards');
    const before = await deckQueue(db, 'news', T0, SETTINGS);
    const e1 = await rateNext(db, T0, 3);
    const e2 = await rateNext(db, new Date(T0.getTime() + 60_000), 1);
    expect((await deckQueue(db, 'news', T0, SETTINGS)).counts.new).toBe(before.counts.new - 2);
    expect(await db.get('days', ['news', '2026-03-10'])).toMatchObject({ reviews: 2, again: 1, introduced: 2, durationMs: 10_000 });
    const later = { at: new Date(T0.getTime() + 120_000), day: '2026-03-10' };
    await undoEntry(db, e2.id, later);
    await undoEntry(db, e1.id, later);
    // Exactly as they were (the two cards now list the day their entries are on).
    expect((await db.getAll('cards')).map(({ logDays: _, logCount: __, ...c }) => c)).toEqual(initial);
    expect(await db.get('days', ['news', '2026-03-10'])).toMatchObject({ reviews: 0, again: 0, introduced: 0, durationMs: 0 });
    // Undone, not deleted: the log keeps both reviews and their undos (another device may have seen them).
    expect((await readLog(db)).map((e) => e.type)).toEqual(['review', 'review', 'undo', 'undo']);
    expect(await readReviews(db)).toEqual([]);
    await expect(undoEntry(db, e1.id, later)).rejects.toBeInstanceOf(StaleCardError);
    expect((await deckQueue(db, 'news', T0, SETTINGS)).counts).toEqual(before.counts);
  });
});

describe('the queue', () => {
  it('shows new cards in deck order, recognition first', async () => {
    const db = await setup();
    const q = await deckQueue(db, 'news', T0, SETTINGS);
    expect(q.card).toMatchObject({ order: 0, kind: 'recognition' });
    // Four pairs: one card of each is new today; the siblings wait.
    expect(q.counts).toEqual({ new: 4, learning: 0, due: 0 });
  });

  it('never shows both cards of a pair on the same day', async () => {
    const db = await setup();
    const seen: string[] = [];
    let now = T0;
    for (let i = 0; i < 12; i++) {
      const q = await deckQueue(db, 'news', now, SETTINGS);
      if (!q.card) break;
      seen.push(q.card.cardId);
      await rateNext(db, now, 4); // Easy: straight to review, days away
      now = new Date(now.getTime() + 60_000);
    }
    expect(seen).toHaveLength(4);
    expect(new Set(seen.map((id) => id.split(':')[0])).size).toBe(4);
    expect(seen.every((id) => id.endsWith(':r'))).toBe(true);
    const done = await deckQueue(db, 'news', now, SETTINGS);
    expect(done.card).toBeNull();
    // Tomorrow at 04:00 Vientiane (21:00 UTC) the production cards are new.
    expect(done.nextDue).toBe(new Date('2026-03-10T21:00:00Z').getTime());
  });

  it('limits new cards per study day, counting from the log', async () => {
    const db = await setup();
    const limited = { ...SETTINGS, newPerDay: 2 };
    await rateNext(db, T0, 4, limited);
    await rateNext(db, T0, 4, limited);
    const q = await deckQueue(db, 'news', T0, limited);
    expect(q.counts.new).toBe(0);
    expect(q.card).toBeNull();
    // 03:59 local the next morning is still the same study day; 04:00 is a new one.
    const late = await deckQueue(db, 'news', new Date('2026-03-10T20:59:00Z'), limited);
    expect(late.counts.new).toBe(0);
    const morning = await deckQueue(db, 'news', new Date('2026-03-10T21:00:00Z'), limited);
    expect(morning.counts.new).toBe(2);
  });

  it('shows a review on the day it falls due, from the start of that study day', async () => {
    const db = await setup();
    const entry = await rateNext(db, T0, 4);
    const card = (await db.get('cards', ['news', entry.cardId]))!;
    const due = new Date(card.due);
    const days = card.scheduledDays;
    expect(days).toBeGreaterThanOrEqual(1);
    // The study day before it is due: not yet. The study day it is due, at 04:00 local: due, even if its hour is later.
    const dueDayStart = new Date(Date.UTC(due.getUTCFullYear(), due.getUTCMonth(), due.getUTCDate(), 21) - (due.getUTCHours() >= 21 ? 0 : 86_400_000));
    const before = await deckQueue(db, 'news', new Date(dueDayStart.getTime() - 60_000), { ...SETTINGS, newPerDay: 0 });
    expect(before.counts.due).toBe(0);
    const on = await deckQueue(db, 'news', dueDayStart, { ...SETTINGS, newPerDay: 0 });
    expect(on.counts.due).toBe(1);
    expect(on.card!.cardId).toBe(entry.cardId);
  });

  it('keeps a day’s limits when the time zone or the clock changes', async () => {
    const db = await setup();
    const limited = { ...SETTINGS, newPerDay: 2 };
    await rateNext(db, T0, 4, limited);
    await rateNext(db, T0, 4, limited);
    const zone = process.env.TZ;
    try {
      // Flying to Tokyo (UTC+9) the same afternoon: still the 10th, limit still reached.
      process.env.TZ = 'Asia/Tokyo';
      expect((await deckQueue(db, 'news', new Date('2026-03-10T06:00:00Z'), limited)).counts.new).toBe(0);
    } finally {
      process.env.TZ = zone;
    }
    // The phone's clock set back an hour: the same study day, nothing counted twice or lost.
    const back = await deckQueue(db, 'news', new Date(T0.getTime() - 3_600_000), limited);
    expect(back.counts.new).toBe(0);
    expect(await readReviews(db)).toHaveLength(2);
  });
});
