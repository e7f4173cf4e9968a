import { describe, expect, it } from 'vitest';

const T0 = new Date('2026-03-10T03:00:00Z'); // study day 2026-03-10 in Vientiane
import { installDeck } from '../../../src/storage/install.ts';
import { buryCard, suspendCard, unsuspendCard } from '../../../src/storage/card-actions.ts';
import { unburyBefore } from '../../../src/storage/unbury.ts';
import { recordReview, StaleCardError } from '../../../src/storage/reviews.ts';
import { undoEntry } from '../../../src/storage/undo.ts';
import { deckQueue } from '../../../src/storage/study.ts';
import { Queue } from '../../../src/schedule/queue.ts';
import { deckFrom, freshDb, PAIRS, readLog, SETTINGS, installWithCards } from './helpers.ts';

const on = (day: string, at = T0) => ({ at, day });


async function setup() {
  const db = await freshDb();
  await installWithCards(db, deckFrom(PAIRS), T0);
  const first = (await deckQueue(db, 'news', T0, SETTINGS)).card!;
  return { db, first };
}

describe('suspend and bury', () => {
  it('takes a suspended card out of every queue until it is brought back, state untouched', async () => {
    const { db, first } = await setup();
    await suspendCard(db, 'news', first.cardId, on('2026-03-10'));
    const q = await deckQueue(db, 'news', T0, SETTINGS);
    // Its next sibling, the cloze card, takes the pair's place.
    expect(q.card!.cardId).toBe(`${first.pairId}:c`);
    expect(q.counts.new).toBe(4);
    // Weeks later it is still out.
    const later = await deckQueue(db, 'news', new Date('2026-04-10T03:00:00Z'), SETTINGS);
    expect(later.card!.cardId).toBe(`${first.pairId}:c`);
    const back = (await unsuspendCard(db, 'news', first.cardId, on('2026-04-10')))!.card;
    expect(back).toMatchObject({ queue: Queue.New, sortKey: first.order, due: first.due, reps: 0 });
    expect((await readLog(db)).map((e) => [e.type, e.day])).toEqual([['suspend', '2026-03-10'], ['unsuspend', '2026-04-10']]);
    expect((await deckQueue(db, 'news', T0, SETTINGS)).card!.cardId).toBe(first.cardId);
  });

  it('hides a buried card for the rest of the study day only', async () => {
    const { db, first } = await setup();
    await buryCard(db, 'news', first.cardId, on('2026-03-10'));
    expect((await deckQueue(db, 'news', T0, SETTINGS)).card!.cardId).not.toBe(first.cardId);
    // Still the 10th at 03:59 the next morning (study day starts 04:00): nothing comes back.
    expect(await unburyBefore(db, 'news', '2026-03-10')).toBe(0);
    expect(await unburyBefore(db, 'news', '2026-03-11')).toBe(1);
    const card = (await db.get('cards', ['news', first.cardId]))!;
    expect(card.queue).toBe(Queue.New);
    expect(card.buriedDay).toBeUndefined();
  });

  it('takes a suspend or bury back exactly, unless the card moved on meanwhile', async () => {
    const { db, first } = await setup();
    const stored = async () => {
      const { logDays: _, logCount: __, ...card } = (await db.get('cards', ['news', first.cardId]))!;
      return card;
    };
    const suspended = (await suspendCard(db, 'news', first.cardId, on('2026-03-10')))!;
    await undoEntry(db, suspended.entryId, on('2026-03-10'));
    expect(await stored()).toEqual(first);
    expect((await deckQueue(db, 'news', T0, SETTINGS)).card!.cardId).toBe(first.cardId);

    const buried = (await buryCard(db, 'news', first.cardId, on('2026-03-10')))!;
    await undoEntry(db, buried.entryId, on('2026-03-10'));
    expect(await stored()).toEqual(first);

    // Over by itself first (a new study day): the undo takes back a burial that no longer holds, and nothing changes.
    const again = (await buryCard(db, 'news', first.cardId, on('2026-03-10')))!;
    await unburyBefore(db, 'news', '2026-03-11');
    await undoEntry(db, again.entryId, on('2026-03-11'));
    expect(await stored()).toEqual(first);

    // Rated meanwhile: the suspend is no longer the card's last change, and the undo is refused.
    const aside = (await suspendCard(db, 'news', first.cardId, on('2026-03-11')))!;
    await recordReview(db, { deckId: 'news', cardId: first.cardId, before: aside.card, grade: 3, at: T0, day: '2026-03-11', durationMs: 1000 });
    const now = await stored();
    await expect(undoEntry(db, aside.entryId, on('2026-03-11'))).rejects.toBeInstanceOf(StaleCardError);
    expect(await stored()).toEqual(now);
  });
});
