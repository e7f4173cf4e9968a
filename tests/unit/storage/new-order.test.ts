import { describe, expect, it } from 'vitest';
import { resetCard } from '../../../src/storage/card-actions.ts';
import { expectConsistent } from '../history/consistency.ts';
import { reorderNewCards } from '../../../src/storage/reorder.ts';
import { deckQueue } from '../../../src/storage/study.ts';
import { newSortKey } from '../../../src/schedule/new-order.ts';
import { deckFrom, freshDb, SETTINGS, installWithCards } from './helpers.ts';

const T0 = new Date('2026-03-10T03:00:00Z');
const MANY: [string, string][] = Array.from({ length: 40 }, (_, i) => [`ປະໂຫຍກທີ ${i} ສະບາຍດີ`, `Câu số ${i} xin chào`]);

async function introducedOrder(db: Awaited<ReturnType<typeof freshDb>>, mode: 'deck' | 'random') {
  const q = await deckQueue(db, 'news', T0, { ...SETTINGS, newOrder: mode, newPerDay: 40 });
  return q.card!;
}

describe('order of new cards', () => {
  it('follows the deck by default', async () => {
    const db = await freshDb();
    await installWithCards(db, deckFrom(MANY), T0);
    expect((await introducedOrder(db, 'deck')).order).toBe(0);
  });

  it('shuffles pairs stably, recognition before production, and switches back', async () => {
    const db = await freshDb();
    const deck = deckFrom(MANY);
    await installWithCards(db, deck, T0, undefined, 'random');
    const keys = deck.pairs.map((p, i) => newSortKey({ order: i * 2, pairId: p.id }, 'random'));
    // Not deck order, but the same shuffle on every install and device.
    expect([...keys].sort((a, b) => a - b)).not.toEqual(keys);
    expect(deck.pairs.map((p, i) => newSortKey({ order: i * 2, pairId: p.id }, 'random'))).toEqual(keys);
    // Each pair's other cards sort right after its recognition card, in their kinds' order.
    expect(newSortKey({ order: 7, pairId: deck.pairs[3]!.id }, 'random')).toBe(keys[3]! + 1);
    expect(newSortKey({ order: 6.5, pairId: deck.pairs[3]!.id }, 'random')).toBe(keys[3]! + 0.5);
    const first = await introducedOrder(db, 'random');
    const lowest = deck.pairs[keys.indexOf(Math.min(...keys))]!;
    expect(first.pairId).toBe(lowest.id);
    expect(first.kind).toBe('recognition');

    // Back to deck order: a sentence with a card reset (new again, with history) keeps its cards, re-keyed;
    // the others' cards go (never studied), and the next in deck order are written when the queue needs them.
    const reset = (await db.get('cards', ['news', `${deck.pairs[20]!.id}:r`]))!;
    await resetCard(db, 'news', reset.cardId, { at: T0, day: '2026-03-10' }, 'random');
    expect(await reorderNewCards(db, 'deck')).toBe(4);
    expect(await db.count('cards')).toBe(4);
    expect((await db.get('tallies', 'news'))!.virtualPairs).toBe(39);
    expect((await introducedOrder(db, 'deck')).order).toBe(0);
    await expectConsistent(db, '2026-03-10');
  });
});
