import { describe, expect, it } from 'vitest';
import { DB_VERSION, openDatabase } from '../../../src/storage/db.ts';
import { installDeck } from '../../../src/storage/install.ts';
import { recordReview } from '../../../src/storage/reviews.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import { deckFrom, PAIRS, SETTINGS } from './helpers.ts';

const T0 = new Date('2026-03-10T03:00:00Z');

async function filledAtVersion1(name: string) {
  const v1 = await openDatabase({}, name, 1);
  await installDeck(v1, deckFrom(PAIRS), T0);
  const card = (await v1.getAll('cards'))[0]!;
  await recordReview(v1, { deckId: 'news', cardId: card.cardId, before: card, after: createScheduler(SETTINGS).rate(card, T0, 3), grade: 3, at: T0, day: '2026-03-10', durationMs: 3000 });
  await v1.put('settings', { ...SETTINGS, newPerDay: 7 }, 'study');
  const snapshot = {
    decks: await v1.getAll('decks'), pairs: await v1.getAll('pairs'), cards: await v1.getAll('cards'),
    reviews: await v1.getAll('reviews'), settings: await v1.get('settings', 'study'),
  };
  return { v1, snapshot };
}

describe('database migrations', () => {
  it('is at version 2', () => {
    expect(DB_VERSION).toBe(2);
  });

  it('1 → 2 keeps every record and adds the per-deck day index', async () => {
    const name = `migrate-${Math.random()}`;
    const { v1, snapshot } = await filledAtVersion1(name);
    v1.close();
    const v2 = await openDatabase({}, name);
    expect(v2.version).toBe(2);
    expect({
      decks: await v2.getAll('decks'), pairs: await v2.getAll('pairs'), cards: await v2.getAll('cards'),
      reviews: await v2.getAll('reviews'), settings: await v2.get('settings', 'study'),
    }).toEqual(snapshot);
    expect(await v2.getAllFromIndex('reviews', 'deck-day', ['news', '2026-03-10'])).toEqual(snapshot.reviews);
  });

  it('closes an old connection that blocks an upgrade and tells its tab to reload', async () => {
    const name = `blocking-${Math.random()}`;
    let told = 0;
    const old = await openDatabase({ onVersionChange: () => told++ }, name, 1);
    await old.put('settings', 1, 'marker');
    const upgraded = await openDatabase({}, name);
    expect(told).toBe(1);
    expect(upgraded.version).toBe(2);
    expect(await upgraded.get('settings', 'marker')).toBe(1);
    // The old connection is closed: it can no longer write half of anything.
    expect(() => old.transaction('settings', 'readwrite')).toThrow();
  });
});
