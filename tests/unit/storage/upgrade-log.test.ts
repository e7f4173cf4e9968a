// Version 5 → 6: the log of states becomes the compact log. Every review is
// kept, every card stays exactly as it was (a restore entry where its
// reviews do not give its state), and a migration cut short changes nothing.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DB_VERSION, openDatabase, type Database } from '../../../src/storage/db.ts';
import { openPageDatabase } from '../../../src/storage/open-page.ts';
import { LEGACY } from '../../../src/storage/legacy-store.ts';
import { Queue } from '../../../src/schedule/queue.ts';
import { DEFAULT_SETTINGS, type StudySettings } from '../../../src/schedule/settings.ts';
import { buildVersion5 } from '../../shared/version5.ts';
import { copyDatabase, writeDatabase } from '../../shared/database-copy.ts';
import type { LegacyReviewEntry } from '../../../src/history/legacy.ts';
import { expectConsistent } from '../history/consistency.ts';
import { readLog, readReviews } from './helpers.ts';
import { readLogForFit } from '../../../src/storage/review-log.ts';
import { fsrsItems } from '../../../src/optimise/history.ts';
import { fsrsCsv } from '../../../src/backup/fsrs-csv.ts';

const NOW = Date.parse('2026-06-01T05:00:00Z');
const TODAY = '2026-06-01';

/** The version 5 database (tests/shared/version5.ts) and what it held. */
async function atVersion5(name: string, settings: StudySettings = DEFAULT_SETTINGS) {
  const odd = await buildVersion5(name, NOW, TODAY, settings);
  const v5 = await openPageDatabase({}, name, 5);
  const snapshot = {
    cards: await v5.getAll('cards'), days: await v5.getAll('days'), tallies: await v5.getAll('tallies'),
    pairs: await v5.getAll('pairs'), reviews: (await v5.getAll(LEGACY as 'log')) as unknown as LegacyReviewEntry[],
  };
  v5.close();
  return { snapshot, odd };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the migration to the compact log', () => {
  it('keeps every review and leaves every card exactly as it was', async () => {
    const name = `v6-${Math.random()}`;
    const { snapshot, odd } = await atVersion5(name);
    const db = await openPageDatabase({}, name);
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames]).not.toContain('reviews');
    // Cards: as they were, each now listing the days of its entries.
    expect((await db.getAll('cards')).map(({ logDays: _, logCount: __, ...c }) => c)).toEqual(snapshot.cards);
    expect(await db.getAll('days')).toEqual(snapshot.days);
    expect(await db.getAll('tallies')).toEqual(snapshot.tallies);
    // Every review, with what it said happened.
    const reviews = await readReviews(db);
    const legacy = [...snapshot.reviews].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
    expect(reviews.map((e) => [e.deckId, e.cardId, e.at, e.day, e.grade, e.durationMs, e.stateBefore])).toEqual(legacy.map((e) => [e.deckId, e.cardId, e.at, e.day, e.grade, e.durationMs, e.before.state]));
    // A restore entry exactly where replay would not give the card back (Off and retired cards: their state only).
    const restored = (await readLog(db)).filter((e) => e.type === 'restore').map((e) => e.cardId).sort();
    expect(restored).toEqual([...odd.keys()].filter((id) => odd.get(id)!.queue !== Queue.Off && odd.get(id)!.queue !== Queue.Retired).sort());
    // The optimiser's input and the revlog CSV from the new log are what the old log gave.
    const old = legacy.map((e) => ({ id: e.id, deckId: e.deckId, cardId: e.cardId, at: e.at, day: e.day, grade: e.grade, stateBefore: e.before.state as 0, durationMs: e.durationMs }));
    const fit = await readLogForFit(db);
    expect(fsrsItems(fit)).toEqual(fsrsItems(old));
    expect(fsrsCsv(fit)).toBe(fsrsCsv(old));
    await expectConsistent(db, TODAY);
    db.close();
  });

  it('with the learner\'s own settings, replays with them', async () => {
    const name = `v6-settings-${Math.random()}`;
    await atVersion5(name, { ...DEFAULT_SETTINGS, desiredRetention: 0.8 });
    const db = await openPageDatabase({}, name);
    // The synthetic reviews were made at 0.9: every studied card needs its state restored, and gets it.
    expect((await readLog(db)).filter((e) => e.type === 'restore').length).toBeGreaterThan(100);
    await expectConsistent(db, TODAY);
    expect((await db.getAll('schedules')).map((c) => [c.at, c.settings.desiredRetention])).toEqual([[0, 0.8]]);
  });

  it('needs its conversion\'s code, which a worker does not load: without it, the upgrade waits for the page', async () => {
    const name = `v6-worker-${Math.random()}`;
    const { snapshot } = await atVersion5(name);
    await expect(openDatabase({}, name)).rejects.toThrow();
    const old = await openDatabase({}, name, 5);
    expect(await old.count(LEGACY as 'log')).toBe(snapshot.reviews.length);
    old.close();
    expect((await openPageDatabase({}, name)).version).toBe(DB_VERSION);
  });

  it('cut short, changes nothing, and the next start does it all', async () => {
    const name = `v6-cut-${Math.random()}`;
    const { snapshot } = await atVersion5(name);
    // The 50th write of the upgrade fails (as when the phone is switched off): the upgrade is undone.
    const put = IDBObjectStore.prototype.put;
    let writes = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++writes === 50) throw new DOMException('cut', 'AbortError');
      return put.apply(this, args as Parameters<typeof put>);
    });
    await expect(openPageDatabase({}, name)).rejects.toThrow();
    vi.restoreAllMocks();
    const old = await openDatabase({}, name, 5);
    expect(await old.getAll('cards')).toEqual(snapshot.cards);
    expect(await old.count(LEGACY as 'log')).toBe(snapshot.reviews.length);
    expect([...old.objectStoreNames]).not.toContain('log');
    old.close();
    const db: Database = await openPageDatabase({}, name);
    expect(await readReviews(db)).toHaveLength(snapshot.reviews.length);
    await expectConsistent(db, TODAY);
  });

  it('copied as data into another database (as the crash test does into Chromium), is the same database', async () => {
    const name = `v5-copy-${Math.random()}`;
    await atVersion5(name);
    const copy = await copyDatabase(indexedDB, name);
    expect(copy.version).toBe(5);
    await writeDatabase({ ...copy, name: `${name}-again` });
    expect(await copyDatabase(indexedDB, `${name}-again`)).toEqual({ ...copy, name: `${name}-again` });
    expect(copy.stores.find((s) => s.name === 'settings')!.keys).toContain('study');
    expect(copy.stores.find((s) => s.name === 'cards')!.indexes.map((i) => i.name).sort()).toEqual(['interval', 'pair', 'queue']);
  });
});
