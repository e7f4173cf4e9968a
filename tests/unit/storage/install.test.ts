import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { installDeck } from '../../../src/storage/install.ts';
import { recordReview } from '../../../src/storage/reviews.ts';
import { Queue } from '../../../src/schedule/queue.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import { emptyState } from '../../../src/schedule/card-state.ts';
import { deckFrom, freshDb, PAIRS, SETTINGS } from './helpers.ts';
import { NEW_STATE } from '../../../src/history/replay.ts';
import { readReviews } from './helpers.ts';

const T0 = new Date('2026-03-10T03:00:00Z'); // 10:00 in Vientiane

describe('installing a deck', () => {
  it('stores every pair and a new card of each kind per pair, in deck order, with progress', async () => {
    const db = await freshDb();
    const progress: [number, number][] = [];
    await installDeck(db, deckFrom(PAIRS), T0, (done, total) => progress.push([done, total]));
    expect(await db.count('pairs')).toBe(4);
    const cards = await db.getAll('cards');
    expect(cards).toHaveLength(16);
    expect(cards.every((c) => c.state === State.New && c.queue === Queue.New)).toBe(true);
    const byOrder = [...cards].sort((a, b) => a.order - b.order).map((c) => [c.order, c.kind]);
    expect(byOrder.slice(0, 5)).toEqual([[0, 'recognition'], [0.5, 'cloze'], [1, 'production'], [1.5, 'dictation'], [2, 'recognition']]);
    expect(progress).toEqual([[4, 4]]);
    expect((await db.get('decks', 'news'))!.contentHash).toBe(deckFrom(PAIRS).contentHash);
  });

  it('keeps progress and history through an update that corrects text, adds and removes pairs', async () => {
    const db = await freshDb();
    await installDeck(db, deckFrom(PAIRS), T0);
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
    expect(await db.count('cards')).toBe(20);
    // The pair that moved up keeps its place in deck order.
    const moved = deckFrom(PAIRS).pairs[3]!;
    expect((await db.get('cards', ['news', `${moved.id}:r`]))!.sortKey).toBe(4);
  });

  it('brings a retired pair back with its state when it returns', async () => {
    const db = await freshDb();
    await installDeck(db, deckFrom(PAIRS), T0);
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
    await installDeck(db, deckFrom(many), T0, (done) => progress.push(done));
    expect(progress).toEqual([500, 1000, 1200]);
    expect(await db.count('cards')).toBe(4800);
  });

  it('never overwrites a card another tab installed and the learner studied meanwhile', async () => {
    const db = await freshDb();
    const deck = deckFrom(Array.from({ length: 1200 }, (_, i): [string, string] => [`ປະໂຫຍກ ${i} ສະບາຍດີ`, `Câu số ${i} xin chào`]));
    const studied = `${deck.pairs[1100]!.id}:r`;
    let second: Promise<void> | undefined;
    let after: ReturnType<ReturnType<typeof createScheduler>['rate']> | undefined;
    let review: Promise<unknown> | undefined;
    // Tab A installs; tab B starts its install after A's first chunk (so B has not seen the
    // last chunk's cards), and the learner studies a last-chunk card as soon as A wrote it.
    await installDeck(db, deck, T0, (done) => {
      if (done === 500) second = installDeck(db, deck, T0);
      if (done === 1200) {
        // At once, as a tap would: the card is new, so its state is known without reading it.
        const before = NEW_STATE;
        after = createScheduler(SETTINGS).rate(before, T0, 3);
        review = recordReview(db, { deckId: 'news', cardId: studied, before, grade: 3, at: T0, day: '2026-03-10', durationMs: 4000 });
      }
    });
    await Promise.all([second, review]);
    expect(await db.count('cards')).toBe(4800);
    expect(await db.get('cards', ['news', studied])).toMatchObject({ reps: after!.reps, due: after!.due, state: after!.state });
  });
});
