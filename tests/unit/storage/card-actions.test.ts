import { describe, expect, it } from 'vitest';
import { installDeck } from '../../../src/storage/install.ts';
import { buryCard, suspendCard, unburyBefore, undoSetAside, unsuspendCard } from '../../../src/storage/card-actions.ts';
import { StaleCardError } from '../../../src/storage/reviews.ts';
import { deckQueue } from '../../../src/storage/study.ts';
import { Queue } from '../../../src/schedule/queue.ts';
import { deckFrom, freshDb, PAIRS, SETTINGS } from './helpers.ts';

const T0 = new Date('2026-03-10T03:00:00Z'); // study day 2026-03-10 in Vientiane

async function setup() {
  const db = await freshDb();
  await installDeck(db, deckFrom(PAIRS), T0);
  const first = (await deckQueue(db, 'news', T0, SETTINGS)).card!;
  return { db, first };
}

describe('suspend and bury', () => {
  it('takes a suspended card out of every queue until it is brought back, state untouched', async () => {
    const { db, first } = await setup();
    await suspendCard(db, 'news', first.cardId);
    const q = await deckQueue(db, 'news', T0, SETTINGS);
    // Its next sibling, the cloze card, takes the pair's place.
    expect(q.card!.cardId).toBe(`${first.pairId}:c`);
    expect(q.counts.new).toBe(4);
    // Weeks later it is still out.
    const later = await deckQueue(db, 'news', new Date('2026-04-10T03:00:00Z'), SETTINGS);
    expect(later.card!.cardId).toBe(`${first.pairId}:c`);
    const back = (await unsuspendCard(db, 'news', first.cardId))!;
    expect(back).toMatchObject({ queue: Queue.New, sortKey: first.order, due: first.due, reps: 0 });
    expect((await deckQueue(db, 'news', T0, SETTINGS)).card!.cardId).toBe(first.cardId);
  });

  it('hides a buried card for the rest of the study day only', async () => {
    const { db, first } = await setup();
    await buryCard(db, 'news', first.cardId, '2026-03-10');
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
    const suspended = (await suspendCard(db, 'news', first.cardId))!;
    await undoSetAside(db, first, suspended);
    expect(await db.get('cards', ['news', first.cardId])).toEqual(first);
    expect((await deckQueue(db, 'news', T0, SETTINGS)).card!.cardId).toBe(first.cardId);

    const buried = (await buryCard(db, 'news', first.cardId, '2026-03-10'))!;
    await undoSetAside(db, first, buried);
    expect(await db.get('cards', ['news', first.cardId])).toEqual(first);

    // Brought back by other means first (a new study day): the undo is refused, nothing changes.
    const again = (await buryCard(db, 'news', first.cardId, '2026-03-10'))!;
    await unburyBefore(db, 'news', '2026-03-11');
    const now = await db.get('cards', ['news', first.cardId]);
    await expect(undoSetAside(db, first, again)).rejects.toBeInstanceOf(StaleCardError);
    expect(await db.get('cards', ['news', first.cardId])).toEqual(now);
  });
});
