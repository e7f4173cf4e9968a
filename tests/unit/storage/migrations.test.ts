import { describe, expect, it } from 'vitest';
import { DB_VERSION, openDatabase } from '../../../src/storage/db.ts';
import { openPageDatabase } from '../../../src/storage/open-page.ts';
import { storedFigures } from '../../../src/storage/vocab.ts';
import { installDeck } from '../../../src/storage/install.ts';
import { pickState } from '../../../src/schedule/card-state.ts';
import type { Database } from '../../../src/storage/db.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import { deckFrom, PAIRS, SETTINGS, installWithCards } from './helpers.ts';
import { tallyOf } from '../../../src/stats/tallies.ts';
import { LEGACY } from '../../../src/storage/legacy-store.ts';

const T0 = new Date('2026-03-10T03:00:00Z');

/** A review written the way version 1 wrote it: card and log entry, nothing else. */
async function reviewAtVersion1(db: Database, at: Date, day: string, grade: 1 | 2 | 3 | 4, durationMs: number) {
  const card = (await db.getAll('cards')).find((c) => c.reps === 0)!;
  const after = createScheduler(SETTINGS).rate(card, at, grade);
  await db.put('cards', { ...card, ...after, queue: 1, sortKey: after.due });
  await db.put(LEGACY as 'log', { id: `r-${day}`, deckId: 'news', cardId: card.cardId, pairId: card.pairId, grade, at: at.getTime(), day, durationMs, before: pickState(card), after } as never);
}

async function filledAtVersion1(name: string) {
  // The deck's records as installDeck makes them (today's code writes stores version 1 lacks), copied in.
  const today = await openDatabase({}, `${name}-today`);
  await installWithCards(today, deckFrom(PAIRS), T0);
  const v1 = await openDatabase({}, name, 1);
  for (const store of ['decks', 'pairs', 'cards'] as const) for (const r of await today.getAll(store)) await v1.put(store, r as never);
  today.close();
  await reviewAtVersion1(v1, T0, '2026-03-10', 3, 3000);
  await v1.put('settings', { ...SETTINGS, newPerDay: 7 }, 'study');
  const snapshot = {
    decks: await v1.getAll('decks'), pairs: await v1.getAll('pairs'), cards: await v1.getAll('cards'),
    reviews: await v1.getAll(LEGACY as 'log'), settings: await v1.get('settings', 'study'),
  };
  return { v1, snapshot };
}

describe('database migrations', () => {
  it('is at version 7', () => {
    expect(DB_VERSION).toBe(7);
  });

  it('1 → 2 keeps every record and adds the per-deck day index', async () => {
    const name = `migrate-${Math.random()}`;
    const { v1, snapshot } = await filledAtVersion1(name);
    v1.close();
    const v2 = await openPageDatabase({}, name, 2);
    expect(v2.version).toBe(2);
    expect({
      decks: await v2.getAll('decks'), pairs: await v2.getAll('pairs'), cards: await v2.getAll('cards'),
      reviews: await v2.getAll(LEGACY as 'log'), settings: await v2.get('settings', 'study'),
    }).toEqual(snapshot);
    expect(await v2.getAllFromIndex(LEGACY as 'log', 'deck-day' as never, ['news', '2026-03-10'] as never)).toEqual(snapshot.reviews);
  });

  it('closes an old connection that blocks an upgrade and tells its tab to reload', async () => {
    const name = `blocking-${Math.random()}`;
    let told = 0;
    const old = await openDatabase({ onVersionChange: () => told++ }, name, 1);
    await old.put('settings', 1, 'marker');
    const upgraded = await openPageDatabase({}, name);
    expect(told).toBe(1);
    expect(upgraded.version).toBe(DB_VERSION);
    expect(await upgraded.get('settings', 'marker')).toBe(1);
    // The old connection is closed: it can no longer write half of anything.
    expect(() => old.transaction('settings', 'readwrite')).toThrow();
  });

  it('2 → 3 keeps every record and sums the existing log into day summaries', async () => {
    const name = `migrate3-${Math.random()}`;
    const { v1, snapshot } = await filledAtVersion1(name);
    // A second review on another day, so there are two summaries.
    await reviewAtVersion1(v1, new Date('2026-03-12T03:00:00Z'), '2026-03-12', 1, 9000);
    v1.close();
    const v3 = await openPageDatabase({}, name, 3);
    expect(v3.version).toBe(3);
    expect(await v3.count(LEGACY as 'log')).toBe(snapshot.reviews.length + 1);
    expect(await v3.getAll('days')).toEqual([
      { deckId: 'news', day: '2026-03-10', reviews: 1, again: 0, introduced: 1, durationMs: 3000, young: { pass: 0, fail: 0 }, mature: { pass: 0, fail: 0 } },
      { deckId: 'news', day: '2026-03-12', reviews: 1, again: 1, introduced: 1, durationMs: 9000, young: { pass: 0, fail: 0 }, mature: { pass: 0, fail: 0 } },
    ]);
  });

  it('3 → 4 counts the existing cards into tallies, as a recount from the cards would', async () => {
    const name = `migrate4-${Math.random()}`;
    const { v1 } = await filledAtVersion1(name);
    // A mature card and a suspended one, written as version 3 wrote them (no tallies).
    const [a, b] = await v1.getAll('cards');
    await v1.put('cards', { ...a!, state: 2, queue: 2, scheduledDays: 40, due: T0.getTime() + 86_400_000, sortKey: T0.getTime() + 86_400_000 });
    await v1.put('cards', { ...b!, queue: -1 });
    v1.close();
    const v4 = await openPageDatabase({}, name, 4);
    expect(v4.version).toBe(4);
    const cards = await v4.getAll('cards');
    expect(await v4.getAll('tallies')).toEqual([tallyOf('news', cards)]);
    expect((await v4.get('tallies', 'news'))).toMatchObject({ knownPairs: 1, states: { mature: 1, suspended: 1, young: 0 } });
  });

  it('4 → 5 keeps every record and adds the word figures\' cache, empty until first needed', async () => {
    const name = `migrate5-${Math.random()}`;
    const { v1 } = await filledAtVersion1(name);
    const before = { pairs: await v1.getAll('pairs'), cards: await v1.getAll('cards') };
    v1.close();
    const v5 = await openPageDatabase({}, name, 5);
    expect(v5.version).toBe(5);
    expect({ pairs: await v5.getAll('pairs'), cards: await v5.getAll('cards') }).toEqual(before);
    expect(await v5.getAll('vocab')).toEqual([]);
    expect(await storedFigures(v5)).toEqual({ figures: null, current: false });
  });
});
