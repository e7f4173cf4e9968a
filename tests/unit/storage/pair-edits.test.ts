import { describe, expect, it } from 'vitest';
import { installDeck } from '../../../src/storage/install.ts';
import { addPair, editPair, MY_DECK } from '../../../src/storage/pair-edits.ts';
import { recordReview } from '../../../src/storage/reviews.ts';
import { deckQueue } from '../../../src/storage/study.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import { Queue } from '../../../src/schedule/queue.ts';
import { checkPair } from '../../../src/import/check-pair.ts';
import { deckFrom, freshDb, PAIRS, SETTINGS, installWithCards } from './helpers.ts';

const T0 = new Date('2026-03-10T03:00:00Z');
const scheduler = createScheduler(SETTINGS);
const typed = (lo: string, vi: string) => {
  const c = checkPair({ lo, vi });
  if (!c.ok) throw new Error(c.problems.join());
  return c.pair;
};

describe('pairs added by hand', () => {
  it('creates "My sentences" with the first, adds at the end with new cards, and refuses the same Lao twice', async () => {
    const db = await freshDb();
    expect(await addPair(db, MY_DECK, typed('ສະບາຍດີ', 'Xin chào'), T0, 'deck')).toBe('added');
    expect(await addPair(db, MY_DECK, typed('ຂອບໃຈ', 'Cảm ơn'), T0, 'deck')).toBe('added');
    expect(await addPair(db, MY_DECK, typed('ສະບາຍດີ', 'Chào bạn'), T0, 'deck')).toBe('exists');
    expect(await db.get('decks', MY_DECK.id)).toMatchObject({ title: MY_DECK.title, pairs: 2 });
    const pairs = await db.getAllFromIndex('pairs', 'order');
    expect(pairs.map((p) => [p.vi, p.order])).toEqual([['Xin chào', 0], ['Cảm ơn', 1]]);
    const cards = await db.getAll('cards');
    expect(cards).toHaveLength(8);
    expect(cards.every((c) => c.queue === Queue.New)).toBe(true);
    // Studied like any deck: the first card added comes first.
    const q = await deckQueue(db, MY_DECK.id, T0, SETTINGS);
    expect(q.card!.pairId).toBe(pairs[0]!.pairId);
  });
});

describe('editing a pair', () => {
  it('keeps its id and its cards\' progress, whichever side changes, and goes back to the deck\'s text', async () => {
    const db = await freshDb();
    await installWithCards(db, deckFrom(PAIRS), T0);
    const q = await deckQueue(db, 'news', T0, SETTINGS);
    const card = q.card!;
    await recordReview(db, { deckId: 'news', cardId: card.cardId, before: card, grade: 3, at: T0, day: q.day, durationMs: 4000 });
    const studied = (await db.get('cards', ['news', card.cardId]))!;
    const original = (await db.get('pairs', ['news', card.pairId]))!;

    const edited = await editPair(db, 'news', card.pairId, { lo: `${original.lo} ແກ້`, vi: `${original.vi} (sửa)` }, new Date());
    expect(edited).toMatchObject({ pairId: card.pairId, edited: true, original: { lo: original.lo, vi: original.vi } });
    expect(await db.get('cards', ['news', card.cardId])).toEqual(studied);

    const back = await editPair(db, 'news', card.pairId, { lo: original.lo, vi: original.vi }, new Date());
    expect(back).toEqual(original);
  });

  it('keeps the learner\'s text when a shipped deck is updated, and the deck\'s new text as the way back; a learner\'s own import replaces it', async () => {
    const db = await freshDb();
    await installWithCards(db, deckFrom(PAIRS), T0, undefined, 'deck', true);
    const pair = deckFrom(PAIRS).pairs[1]!;
    await editPair(db, 'news', pair.id, { lo: pair.lo, vi: 'Cảm ơn rất nhiều' }, new Date());
    const updated: [string, string][] = PAIRS.map(([lo, vi], i) => [lo, i === 1 ? 'Cám ơn nhiều' : vi]);
    await installWithCards(db, deckFrom(updated), T0, undefined, 'deck', true);
    expect(await db.get('pairs', ['news', pair.id])).toMatchObject({ vi: 'Cảm ơn rất nhiều', edited: true, original: { vi: 'Cám ơn nhiều' } });
    await installWithCards(db, deckFrom(updated), T0, undefined, 'deck', false);
    const replaced = (await db.get('pairs', ['news', pair.id]))!;
    expect(replaced.vi).toBe('Cám ơn nhiều');
    expect(replaced.edited).toBeUndefined();
  });
});
