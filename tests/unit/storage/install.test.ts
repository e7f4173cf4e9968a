import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { installDeck } from '../../../src/storage/install.ts';
import { recordReview } from '../../../src/storage/reviews.ts';
import { Queue } from '../../../src/schedule/queue.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import { emptyState } from '../../../src/schedule/card-state.ts';
import { deckFrom, freshDb, installWithCards, PAIRS, SETTINGS } from './helpers.ts';
import { deckQueue } from '../../../src/storage/study.ts';
import { loadCardData } from '../../../src/storage/stats-data.ts';
import { newSortKey } from '../../../src/schedule/new-order.ts';
import { expectConsistent } from '../history/consistency.ts';
import { NEW_STATE } from '../../../src/history/replay.ts';
import { readReviews } from './helpers.ts';

const T0 = new Date('2026-03-10T03:00:00Z'); // 10:00 in Vientiane

describe('installing a deck', () => {
  it('stores every pair and no card for a sentence never studied: the tally counts its new cards, the queue writes the next few', async () => {
    const db = await freshDb();
    const progress: [number, number][] = [];
    await installDeck(db, deckFrom(PAIRS), T0, { onProgress: (done, total) => progress.push([done, total]) });
    expect(await db.count('pairs')).toBe(4);
    expect(await db.count('cards')).toBe(0);
    expect(progress).toEqual([[4, 4]]);
    expect((await db.get('decks', 'news'))!.contentHash).toBe(deckFrom(PAIRS).contentHash);
    // Four kinds a sentence: 16 new cards in the statistics, none of them stored.
    expect((await db.get('tallies', 'news'))!.virtualPairs).toBe(4);
    expect((await loadCardData(db, '2026-03-10', () => 0)).decks[0]!.states.new).toBe(16);
    // The queue needs new cards: it writes them, in deck order, and shows the first.
    const queue = await deckQueue(db, 'news', T0, SETTINGS);
    expect(queue.counts.new).toBe(4);
    expect(queue.card?.cardId).toBe(`${deckFrom(PAIRS).pairs[0]!.id}:r`);
    const cards = await db.getAll('cards');
    expect(cards).toHaveLength(16);
    expect(cards.every((c) => c.state === State.New && c.queue === Queue.New)).toBe(true);
    const byOrder = [...cards].sort((a, b) => a.order - b.order).map((c) => [c.order, c.kind]);
    expect(byOrder.slice(0, 5)).toEqual([[0, 'recognition'], [0.5, 'cloze'], [1, 'production'], [1.5, 'dictation'], [2, 'recognition']]);
    expect((await loadCardData(db, '2026-03-10', () => 0)).decks[0]!.states.new).toBe(16);
    await expectConsistent(db, '2026-03-10');
  });

  it('writes the cards of a few days\' new sentences ahead of the queue, in the learner\'s order, from where it stopped', async () => {
    const db = await freshDb();
    const many: [string, string][] = Array.from({ length: 700 }, (_, i) => [`ປະໂຫຍກ ${i} ສະບາຍດີ`, `Câu số ${i} xin chào`]);
    const deck = deckFrom(many);
    await installDeck(db, deck, T0);
    const settings = { ...SETTINGS, newPerDay: 5, newOrder: 'deck' as const };
    await deckQueue(db, 'news', T0, settings);
    // The day's five and ten ahead: 15 sentences, 60 cards, the first in deck order.
    const stored = () => db.getAll('cards').then((cs) => [...new Set(cs.map((c) => c.pairId))]);
    expect(await stored()).toEqual(expect.arrayContaining(deck.pairs.slice(0, 15).map((p) => p.id)));
    expect(await db.count('cards')).toBe(60);
    expect((await db.get('decks', 'news'))!.cardsThrough).toBe(14);
    // Read again with enough stored: nothing more is written.
    await deckQueue(db, 'news', T0, settings);
    expect(await db.count('cards')).toBe(60);
    // Each pair but one studied today (the sibling rule holds their others back): the next are written, from the mark on.
    for (const c of (await db.getAll('cards')).filter((c) => c.kind === 'recognition').sort((a, b) => a.order - b.order).slice(0, 13)) {
      await recordReview(db, { deckId: 'news', cardId: c.cardId, before: c, grade: 3, at: T0, day: '2026-03-10', durationMs: 1000 });
    }
    await deckQueue(db, 'news', T0, { ...settings, newPerDay: 20 });
    expect((await stored()).sort()).toEqual(deck.pairs.slice(0, 15 + 30).map((p) => p.id).sort());
    expect((await db.get('decks', 'news'))!.cardsThrough).toBe(44);
    // Random order: the lowest of the stable shuffle's ranks, wherever they are in the deck.
    const other = await freshDb();
    await installDeck(other, deck, T0, { newOrder: 'random' });
    await deckQueue(other, 'news', T0, { ...settings, newOrder: 'random' });
    const rank = (pairId: string) => newSortKey({ pairId, order: 0 }, 'random');
    const lowest = deck.pairs.map((p) => p.id).sort((a, b) => rank(a) - rank(b)).slice(0, 15);
    expect((await other.getAll('cards').then((cs) => [...new Set(cs.map((c) => c.pairId))])).sort()).toEqual(lowest.sort());
    await expectConsistent(db, '2026-03-10');
    await expectConsistent(other, '2026-03-10');
  });

  it('keeps progress and history through an update that corrects text, adds and removes pairs', async () => {
    const db = await freshDb();
    await installWithCards(db, deckFrom(PAIRS), T0);
    const first = deckFrom(PAIRS).pairs[0]!;
    const card = (await db.get('cards', ['news', `${first.id}:r`]))!;
    const after = createScheduler(SETTINGS).rate(card, T0, 3);
    await recordReview(db, { deckId: 'news', cardId: card.cardId, before: card, grade: 3, at: T0, day: '2026-03-10', durationMs: 4000 });

    const updated: [string, string][] = [[PAIRS[0]![0], 'Xin chào ngài'], PAIRS[1]!, PAIRS[3]!, ['ຄົນລາວ', 'Người Lào']];
    await installDeck(db, deckFrom(updated), T0);

    const kept = (await db.get('cards', ['news', `${first.id}:r`]))!;
    expect(kept).toMatchObject({ reps: after.reps, due: after.due, state: after.state, stability: after.stability });
    expect((await db.get('pairs', ['news', first.id]))!.vi).toBe('Xin chào ngài');
    expect(await readReviews(db)).toHaveLength(1);
    // The removed pair (index 2) is retired with its cards, not deleted.
    const removed = deckFrom(PAIRS).pairs[2]!;
    expect((await db.get('pairs', ['news', removed.id]))!.retired).toBe(true);
    expect((await db.get('cards', ['news', `${removed.id}:p`]))!.queue).toBe(Queue.Retired);
    // The pair added has no cards (never studied), counted as new.
    expect(await db.count('cards')).toBe(16);
    expect((await db.get('tallies', 'news'))!.virtualPairs).toBe(1);
    await expectConsistent(db, '2026-03-10');
    // The pair that moved up keeps its place in deck order.
    const moved = deckFrom(PAIRS).pairs[3]!;
    expect((await db.get('cards', ['news', `${moved.id}:r`]))!.sortKey).toBe(4);
  });

  it('brings a retired pair back with its state when it returns', async () => {
    const db = await freshDb();
    await installWithCards(db, deckFrom(PAIRS), T0);
    await installDeck(db, deckFrom(PAIRS.slice(0, 2)), T0);
    await installDeck(db, deckFrom(PAIRS), T0);
    const back = deckFrom(PAIRS).pairs[3]!;
    expect((await db.get('pairs', ['news', back.id]))!.retired).toBe(false);
    expect((await db.get('cards', ['news', `${back.id}:r`]))!.queue).toBe(Queue.New);
  });

  it('installs a large deck in chunks, reporting each', async () => {
    const db = await freshDb();
    const many: [string, string][] = Array.from({ length: 1200 }, (_, i) => [`ປະໂຫຍກ ${i} ສະບາຍດີ`, `Câu số ${i} xin chào`]);
    const progress: number[] = [];
    await installDeck(db, deckFrom(many), T0, { onProgress: (done) => progress.push(done) });
    expect(progress).toEqual([500, 1000, 1200]);
    expect(await db.count('pairs')).toBe(1200);
    expect(await db.count('cards')).toBe(0);
    expect((await db.get('tallies', 'news'))!.virtualPairs).toBe(1200);
  });

  it('counts each sentence once and never overwrites a card studied while another tab installs the same deck', async () => {
    const db = await freshDb();
    const deck = deckFrom(Array.from({ length: 1200 }, (_, i): [string, string] => [`ປະໂຫຍກ ${i} ສະບາຍດີ`, `Câu số ${i} xin chào`]));
    let second: Promise<void> | undefined;
    // Tab A installs; tab B starts its install after A's first chunk (so B has not seen the
    // last chunks' sentences); once A is done, while B goes on, the queue writes the first cards and the learner rates one.
    await installDeck(db, deck, T0, {
      onProgress: (done) => {
        if (done === 500) second = installDeck(db, deck, T0);
      },
    });
    const studied = deckQueue(db, 'news', T0, SETTINGS).then(async ({ card }) => {
      await recordReview(db, { deckId: 'news', cardId: card!.cardId, before: card!, grade: 3, at: T0, day: '2026-03-10', durationMs: 4000 });
      return card!.cardId;
    });
    const [, cardId] = await Promise.all([second, studied]);
    expect((await db.get('cards', ['news', cardId!]))!.reps).toBe(1);
    expect(await db.count('pairs')).toBe(1200);
    await expectConsistent(db, '2026-03-10');
  });
});
