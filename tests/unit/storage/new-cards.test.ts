// The cards an earlier version wrote at install for sentences never studied
// are taken back once (storage/new-cards.ts compactNewCards): what the queue
// shows today stays, a studied sentence keeps its cards, every figure is the same.
import { describe, expect, it } from 'vitest';
import { compactNewCards } from '../../../src/storage/new-cards.ts';
import { deckQueue } from '../../../src/storage/study.ts';
import { recordReview } from '../../../src/storage/reviews.ts';
import { loadCardData } from '../../../src/storage/stats-data.ts';
import { COMPACTED_KEY } from '../../../src/storage/settings.ts';
import { deckFrom, freshDb, installWithCards, SETTINGS } from './helpers.ts';
import { expectConsistent } from '../history/consistency.ts';
import { importBackup } from '../../../src/storage/backup.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../../src/backup/format.ts';

const T0 = new Date('2026-03-10T03:00:00Z');
const MANY: [string, string][] = Array.from({ length: 300 }, (_, i) => [`ປະໂຫຍກທີ ${i} ສະບາຍດີ`, `Câu số ${i} xin chào`]);

describe('cards of sentences never studied, from an earlier version', () => {
  it('are taken back once, but for the front of the queue and the sentences studied, every figure the same', async () => {
    const db = await freshDb();
    const deck = deckFrom(MANY);
    // As an earlier version left it: every sentence's four cards written at install.
    await installWithCards(db, deck, T0);
    expect(await db.count('cards')).toBe(1200);
    const old = await freshDb();
    await installWithCards(old, deck, T0);
    const settings = { ...SETTINGS, newOrder: 'deck' as const, newPerDay: 5 };
    const first = await deckQueue(db, 'news', T0, settings);
    // A sentence far in the deck, studied (its cards stay, the new ones among them).
    const far = (await db.get('cards', ['news', `${deck.pairs[250]!.id}:r`]))!;
    await recordReview(db, { deckId: 'news', cardId: far.cardId, before: far, grade: 3, at: T0, day: '2026-03-10', durationMs: 2000 });
    const figures = (await loadCardData(db, '2026-03-10', () => 0)).decks[0]!.states;

    const unstored = await compactNewCards(db, settings.newPerDay);
    // The front kept: (5 + 10) × 2 sentences; and the one studied.
    expect(unstored).toBe(300 - 30 - 1);
    expect(await db.count('cards')).toBe((30 + 1) * 4);
    expect((await db.get('cards', ['news', far.cardId]))!.reps).toBe(1);
    expect((await db.get('tallies', 'news'))!.virtualPairs).toBe(269);
    expect((await loadCardData(db, '2026-03-10', () => 0)).decks[0]!.states).toEqual(figures);
    // The card on screen before is the one shown after.
    expect((await deckQueue(db, 'news', T0, settings)).card?.cardId).toBe(first.card?.cardId);
    expect(await db.get('settings', COMPACTED_KEY)).toBe(true);
    await expectConsistent(db, '2026-03-10');
    // Once: a second start takes nothing back.
    expect(await compactNewCards(db, settings.newPerDay)).toBe(0);
    // A backup of the earlier version brings its cards back, record for record; the next start takes them back again.
    const backup: Backup = {
      format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: T0.getTime(), settings: {},
      decks: await old.getAll('decks'), pairs: await old.getAll('pairs'), cards: await old.getAll('cards'), log: [], schedules: [], reviews: [],
    };
    await importBackup(db, backup, { at: T0, day: '2026-03-10' });
    expect(await db.count('cards')).toBe(1200);
    expect(await db.get('settings', COMPACTED_KEY)).toBeUndefined();
    expect(await compactNewCards(db, settings.newPerDay)).toBe(300 - 30 - 1);
    await expectConsistent(db, '2026-03-10');
  });
});
