import { describe, expect, it } from 'vitest';
import { installDeck } from '../../../src/storage/install.ts';
import { setDeckKinds } from '../../../src/storage/deck-kinds.ts';
import { recordReview } from '../../../src/storage/reviews.ts';
import { deckQueue } from '../../../src/storage/study.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import { Queue } from '../../../src/schedule/queue.ts';
import { deckFrom, freshDb, PAIRS, SETTINGS, installWithCards } from './helpers.ts';

const T0 = new Date('2026-03-10T03:00:00Z');
const scheduler = createScheduler(SETTINGS);

describe('the kinds of card a deck studies', () => {
  it('installs recognition, cloze, production and dictation cards, in that order within a pair', async () => {
    const db = await freshDb();
    await installWithCards(db, deckFrom(PAIRS), T0);
    await setDeckKinds(db, 'news', ['recognition', 'production', 'cloze', 'dictation'], T0, 'deck');
    const pair = deckFrom(PAIRS).pairs[0]!;
    const cards = (await db.getAll('cards')).filter((c) => c.pairId === pair.id).sort((a, b) => a.order - b.order);
    expect(cards.map((c) => c.kind)).toEqual(['recognition', 'cloze', 'production', 'dictation']);
    expect(await db.count('cards')).toBe(PAIRS.length * 4);
    expect((await db.get('decks', 'news'))!.kinds).toEqual(['recognition', 'production', 'cloze', 'dictation']);
  });

  it('turned off, takes a kind\'s cards out of the queues with their progress; turned on, brings them back as they were', async () => {
    const db = await freshDb();
    await installWithCards(db, deckFrom(PAIRS), T0);
    await setDeckKinds(db, 'news', ['recognition', 'production', 'cloze', 'dictation'], T0, 'deck');
    // Study a cloze card: the second card of the first pair.
    const cloze = (await db.getAll('cards')).find((c) => c.kind === 'cloze' && c.order === 0.5)!;
    const q = await deckQueue(db, 'news', T0, SETTINGS);
    await recordReview(db, { deckId: 'news', cardId: cloze.cardId, before: cloze, grade: 3, at: T0, day: q.day, durationMs: 3000 });
    const studied = (await db.get('cards', ['news', cloze.cardId]))!;
    const others = (await db.getAll('cards')).filter((c) => c.kind !== 'cloze');

    await setDeckKinds(db, 'news', ['recognition', 'production', 'dictation'], T0, 'deck');
    const off = (await db.getAll('cards')).filter((c) => c.kind === 'cloze');
    expect(off.every((c) => c.queue === Queue.Off)).toBe(true);
    expect(off.find((c) => c.cardId === cloze.cardId)).toEqual({ ...studied, queue: Queue.Off });
    expect((await db.getAll('cards')).filter((c) => c.kind !== 'cloze')).toEqual(others);
    expect((await deckQueue(db, 'news', T0, SETTINGS)).counts.learning).toBe(0);

    await setDeckKinds(db, 'news', ['recognition', 'production', 'cloze', 'dictation'], T0, 'deck');
    expect(await db.get('cards', ['news', cloze.cardId])).toEqual(studied);
    expect((await db.getAll('cards')).filter((c) => c.kind !== 'cloze')).toEqual(others);
  });

  it('turned on for the first time, adds new cards for every pair, and a reinstall keeps the choice', async () => {
    const db = await freshDb();
    await installWithCards(db, deckFrom(PAIRS), T0);
    await setDeckKinds(db, 'news', ['recognition', 'production'], T0, 'deck');
    await installWithCards(db, deckFrom(PAIRS), T0);
    expect((await db.getAll('cards')).filter((c) => c.queue !== Queue.Off)).toHaveLength(PAIRS.length * 2);
    await db.delete('cards', ['news', `${deckFrom(PAIRS).pairs[0]!.id}:d`]);
    await setDeckKinds(db, 'news', ['recognition', 'production', 'dictation'], T0, 'deck');
    expect((await db.getAll('cards')).filter((c) => c.kind === 'dictation' && c.queue === Queue.New)).toHaveLength(PAIRS.length);
  });
});
