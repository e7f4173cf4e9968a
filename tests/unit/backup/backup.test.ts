import { describe, expect, it } from 'vitest';
import { backupFileName, type Backup } from '../../../src/backup/format.ts';
import { gzip, readBackupFile } from '../../../src/backup/file.ts';
import { entriesOf } from '../../../src/history/batch.ts';
import { backupFile, importBackup } from '../../../src/storage/backup.ts';
import { deleteDeck } from '../../../src/storage/deck-actions.ts';
import { loadDayData } from '../../../src/storage/stats-data.ts';
import { readLogForFit } from '../../../src/storage/review-log.ts';
import { refreshVocab } from '../../../src/storage/vocab.ts';
import { fsrsCsv } from '../../../src/backup/fsrs-csv.ts';
import { fsrsItems } from '../../../src/optimise/history.ts';
import { installDeck } from '../../../src/storage/install.ts';
import { recordReview } from '../../../src/storage/reviews.ts';
import { deckQueue } from '../../../src/storage/study.ts';
import type { Grade4 } from '../../../src/schedule/scheduler.ts';
import { DEFAULT_SETTINGS } from '../../../src/schedule/settings.ts';
import { Queue } from '../../../src/schedule/queue.ts';
import { studyDayOf } from '../../../src/schedule/study-day.ts';
import { openDatabase, type Database } from '../../../src/storage/db.ts';
import { saveSettings } from '../../../src/storage/save-settings.ts';
import { deckFrom, freshDb, PAIRS, readLog, readReviews, installWithCards } from '../storage/helpers.ts';
import { expectConsistent } from '../history/consistency.ts';
import { reviewsOf, syntheticBackup } from '../../../scripts/fixtures/synthetic-backup.ts';

// Fuzz on, as learners have it: replay must still give exactly the stored states.
const SETTINGS = DEFAULT_SETTINGS;
const T0 = new Date('2026-03-10T03:00:00Z');
const HOUR = 3_600_000;
const NOW = { at: new Date(T0.getTime() + 300 * HOUR), day: '2026-03-22' };

async function studied(grades: [number, Grade4][]): Promise<Database> {
  const db = await freshDb(SETTINGS);
  await installWithCards(db, deckFrom(PAIRS), T0);
  for (const [hours, grade] of grades) {
    const at = new Date(T0.getTime() + hours * HOUR);
    const q = await deckQueue(db, 'news', at, SETTINGS);
    if (!q.card) continue;
    await recordReview(db, { deckId: 'news', cardId: q.card.cardId, before: q.card, grade, at, day: studyDayOf(at, SETTINGS), durationMs: 4000 });
  }
  return db;
}

/** What a backup carries (the schedule changes aside: a fresh device has its own). */
async function everything(db: Database) {
  return { cards: await db.getAll('cards'), log: await db.getAll('log'), days: await db.getAll('days'), pairs: await db.getAll('pairs'), decks: await db.getAll('decks') };
}

async function fileOf(db: Database): Promise<Uint8Array<ArrayBuffer>> {
  return new Uint8Array(await (await backupFile(db, T0)).arrayBuffer());
}

async function load(bytes: Uint8Array<ArrayBuffer>): Promise<Backup> {
  const read = await readBackupFile(bytes);
  if (!read.ok) throw new Error(JSON.stringify(read.problem));
  return read.backup;
}

const HISTORY: [number, Grade4][] = [[0, 3], [0.1, 1], [0.2, 4], [30, 3], [30.2, 3], [60, 2], [100, 3], [200, 1], [200.3, 3]];

describe('backups', () => {
  it('export, a cleared browser, import: everything is back record for record, next due dates identical', async () => {
    const db = await studied(HISTORY);
    const before = await everything(db);
    const restored = await freshDb(SETTINGS);
    const backup = await load(await fileOf(db));
    // The compact log as stored, and this device's name left out (a phone restored from it is another device).
    expect(backup.log).toEqual(before.log);
    expect(backup.settings.device).toBeUndefined();
    const result = await importBackup(restored, backup, NOW);
    expect(result.reviewsAdded).toBe((await readReviews(db)).length);
    expect(await everything(restored)).toEqual(before);
    await expectConsistent(restored, NOW.day);
    const due = (d: Database) => deckQueue(d, 'news', NOW.at, SETTINGS);
    expect((await due(restored)).counts).toEqual((await due(db)).counts);
  });

  it('importing the same file twice changes nothing', async () => {
    const db = await studied(HISTORY);
    const file = await fileOf(db);
    const copy = await freshDb(SETTINGS);
    await importBackup(copy, await load(file), NOW);
    const once = await everything(copy);
    expect(await importBackup(copy, await load(file), NOW)).toEqual({ reviewsAdded: 0, cardsUpdated: 0 });
    expect(await everything(copy)).toEqual(once);
  });

  it('merges two devices’ histories into their union, each card the replay of both', async () => {
    const phone = await studied([[0, 3], [0.2, 3], [30, 4]]);
    const tablet = await studied([[1, 1], [1.2, 3], [50, 3], [80, 2]]);
    const [a, b] = [await load(await fileOf(phone)), await load(await fileOf(tablet))];
    const merged = await freshDb(SETTINGS);
    await importBackup(merged, a, NOW);
    await importBackup(merged, b, NOW);
    const log = await readLog(merged);
    expect(log.map((e) => e.id).sort()).toEqual([...a.log, ...b.log].flatMap((x) => entriesOf(x)).map((e) => e.id).sort());
    await expectConsistent(merged, NOW.day);
    // Both devices studied the first card: its merged log has both histories, in time order.
    const first = (await merged.getAll('cards')).find((c) => c.order === 0)!;
    expect(new Set(log.filter((e) => e.cardId === first.cardId).map((e) => e.device)).size).toBe(2);
    expect((await merged.getAll('days')).reduce((n, d) => n + d.reviews, 0)).toBe(log.length);
    // And importing both again changes nothing.
    expect(await importBackup(merged, b, NOW)).toEqual({ reviewsAdded: 0, cardsUpdated: 0 });
    expect(await importBackup(merged, a, NOW)).toEqual({ reviewsAdded: 0, cardsUpdated: 0 });
  });

  it('refuses foreign, truncated and corrupted files with a reason, changing nothing', async () => {
    const db = await studied(HISTORY);
    const good = await fileOf(db);
    const gz = async (text: string) => new Uint8Array(await (await gzip(text)).arrayBuffer());
    const backup = await load(good);
    const bad = JSON.parse(JSON.stringify(backup)) as Backup;
    bad.log[2]!.rows[2] = 7 << 3;
    const cases: [Uint8Array<ArrayBuffer>, unknown][] = [
      [new TextEncoder().encode('ສະບາຍດີ\tXin chào\n'), { kind: 'not-gzip' }],
      [good.slice(0, good.length - 40), { kind: 'not-gzip' }],
      [await gz('{"format": "lovi-backup", "version": 2, "decks": ['), { kind: 'not-json' }],
      [await gz('{"hello": "world"}'), { kind: 'not-lovi' }],
      [await gz(JSON.stringify({ ...backup, version: 3 })), { kind: 'too-new', version: 3 }],
      [await gz(JSON.stringify(bad)), { kind: 'bad-record', store: 'log', index: 2, field: 'rows' }],
    ];
    for (const [bytes, problem] of cases) expect(await readBackupFile(bytes)).toEqual({ ok: false, problem });
  });

  it('adds a batch the file lists twice once, as if listed once', async () => {
    const source = await studied(HISTORY);
    const backup = await load(await fileOf(source));
    const doubled: Backup = { ...backup, log: [...backup.log, ...backup.log.slice(0, 2)] };
    const once = await freshDb(SETTINGS);
    const twice = await freshDb(SETTINGS);
    expect(await importBackup(twice, doubled, NOW)).toEqual(await importBackup(once, backup, NOW));
    expect(await everything(twice)).toEqual(await everything(once));
  });

  it('keeps its own copy of a batch a hand-edited file changes without adding to it', async () => {
    const source = await studied(HISTORY);
    const backup = await load(await fileOf(source));
    const target = await freshDb(SETTINGS);
    await importBackup(target, backup, NOW);
    const before = await everything(target);
    // The same batch, its entries moved to another deck: not longer, so not news.
    const moved: Backup = { ...backup, log: [{ ...backup.log[0]!, cards: backup.log[0]!.cards.map((k) => k.replace(/^news/, 'other')) }] };
    expect(await importBackup(target, moved, NOW)).toEqual({ reviewsAdded: 0, cardsUpdated: 0 });
    expect(await everything(target)).toEqual(before);
  });

  it('never lets a file\'s batch overwrite entries this device has that it contradicts (two devices of one name)', async () => {
    const phone = await studied(HISTORY);
    const name = await phone.get('settings', 'device');
    // Another device that (against all odds, or by a hand-edited file) has the same name, and studied the same days.
    const twin = await openDatabase({}, `twin-${Math.random()}`);
    await twin.put('settings', name, 'device');
    await saveSettings(twin, SETTINGS, new Date(0));
    await installWithCards(twin, deckFrom(PAIRS), T0);
    for (const [hours, grade] of [...HISTORY, [0.3, 2] as [number, Grade4], [0.4, 2] as [number, Grade4]]) {
      const at = new Date(T0.getTime() + hours * HOUR);
      const q = await deckQueue(twin, 'news', at, SETTINGS);
      if (q.card) await recordReview(twin, { deckId: 'news', cardId: q.card.cardId, before: q.card, grade: grade === 3 ? 2 : 3, at, day: studyDayOf(at, SETTINGS), durationMs: 4000 });
    }
    const before = await everything(phone);
    const result = await importBackup(phone, await load(await fileOf(twin)), NOW);
    expect(result.diverged).toBeGreaterThan(0);
    expect((await everything(phone)).log).toEqual(before.log);
    await expectConsistent(phone, NOW.day);
  });

  it('replays this device\'s cards with a file\'s log of a deck the other device deleted, its history kept', async () => {
    const phone = await studied([[0, 3], [0.2, 3]]);
    const tablet = await studied([[1, 1], [1.2, 3], [30, 4]]);
    await deleteDeck(tablet, 'news', false, new Date());
    const backup = await load(await fileOf(tablet));
    expect(backup.cards.filter((c) => c.deckId === 'news')).toEqual([]);
    const result = await importBackup(phone, backup, NOW);
    expect(result.cardsUpdated).toBeGreaterThan(0);
    await expectConsistent(phone, NOW.day);
  });

  it('names files by date', () => {
    expect(backupFileName('2026-03-10')).toBe('lovi-backup-2026-03-10.json.gz');
  });
});

describe('backups of the version before the compact history', () => {
  const NOW_V1 = { at: new Date('2026-06-01T05:00:00Z'), day: '2026-06-01' };

  it('import to the same cards and the same reviews, twice changing nothing', async () => {
    const v1 = syntheticBackup({ pairs: 40, reviews: 300, days: 30 }, 'news', NOW_V1.at.getTime(), 1);
    expect(v1.log).toEqual([]);
    // The settings the file's states were made with (FSRS's defaults): every card is the replay of its reviews, no restore needed.
    const db = await freshDb(DEFAULT_SETTINGS);
    const result = await importBackup(db, v1, NOW_V1);
    expect(result.reviewsAdded).toBe(300);
    const cards = await db.getAll('cards');
    for (const c of v1.cards) expect(cards.find((x) => x.cardId === c.cardId)).toMatchObject(c);
    const reviews = await readReviews(db);
    expect(reviews.map((e) => [e.cardId, e.at, e.grade, e.day, e.stateBefore])).toEqual(v1.reviews.map((e) => [e.cardId, e.at, e.grade, e.day, e.before.state]));
    expect((await readLog(db)).filter((e) => e.type === 'restore')).toEqual([]);
    await expectConsistent(db, NOW_V1.day);
    const once = await everything(db);
    expect(await importBackup(db, v1, NOW_V1)).toEqual({ reviewsAdded: 0, cardsUpdated: 0 });
    expect(await everything(db)).toEqual(once);
  });

  it('keep a card\'s state that its reviews do not give (other settings then, a suspension) by a restore entry', async () => {
    const v1 = syntheticBackup({ pairs: 10, reviews: 60, days: 10 }, 'news', NOW_V1.at.getTime(), 1);
    const studiedCard = v1.cards.find((c) => c.reps > 0)!;
    const odd = { ...studiedCard, stability: studiedCard.stability * 2, queue: Queue.Suspended };
    const file: Backup = { ...v1, cards: v1.cards.map((c) => (c.cardId === odd.cardId ? odd : c)) };
    const db = await freshDb(DEFAULT_SETTINGS);
    await importBackup(db, file, NOW_V1);
    expect(await db.get('cards', ['news', odd.cardId])).toMatchObject({ stability: odd.stability, queue: -1 });
    expect((await readLog(db)).filter((e) => e.type === 'restore').map((e) => e.cardId)).toEqual([odd.cardId]);
    await expectConsistent(db, NOW_V1.day);
  });

  it('read the same way as this version\'s, the version-2 file of the same history, every figure the same', async () => {
    const at = NOW_V1.at.getTime();
    const [v1, v2] = [syntheticBackup({ pairs: 40, reviews: 300, days: 30 }, 'news', at, 1), syntheticBackup({ pairs: 40, reviews: 300, days: 30 }, 'news', at, 2)];
    const [a, b] = [await freshDb(DEFAULT_SETTINGS), await freshDb(DEFAULT_SETTINGS)];
    await importBackup(a, v1, NOW_V1);
    await importBackup(b, v2, NOW_V1);
    const stripped = async (db: Database) => (await db.getAll('cards')).map(({ logDays: _, logCount: __, ...c }) => c);
    expect(await stripped(a)).toEqual(await stripped(b));
    expect(await a.getAll('days')).toEqual(await b.getAll('days'));
    expect((await readReviews(a)).map(({ id: _, device: __, ...e }) => e)).toEqual(reviewsOf(v2).map(({ id: _, device: __, ...e }) => e));
    // The same figures from either: statistics, tallies, the optimiser's input, the revlog CSV, the word figures.
    expect(await loadDayData(a, NOW_V1.day)).toEqual(await loadDayData(b, NOW_V1.day));
    const tallies = async (db: Database) => (await db.getAll('tallies')).map(({ wordChanges: _, ...t }) => t);
    expect(await tallies(a)).toEqual(await tallies(b));
    const fit = async (db: Database) => (await readLogForFit(db)).map(({ id: _, ...e }) => e);
    expect(await fit(a)).toEqual(await fit(b));
    expect(fsrsCsv(await readLogForFit(a))).toBe(fsrsCsv(await readLogForFit(b)));
    expect(fsrsItems(await readLogForFit(a))).toEqual(fsrsItems(await readLogForFit(b)));
    expect((await refreshVocab(a, NOW_V1.day)).decks).toEqual((await refreshVocab(b, NOW_V1.day)).decks);
  });
});

describe('a learner\'s decks and edits in backups', () => {
  it('brings a learner\'s deck and a pair edited on the other device, but keeps an edit made here', async () => {
    const { addPair, editPair, MY_DECK } = await import('../../../src/storage/pair-edits.ts');
    const { checkPair } = await import('../../../src/import/check-pair.ts');
    const phone = await studied([[0, 3]]);
    const typed = checkPair({ lo: 'ຂ້ອຍຮຽນທຸກມື້', vi: 'Tôi học mỗi ngày' });
    if (!typed.ok) throw new Error('typed pair refused');
    await addPair(phone, MY_DECK, typed.pair, T0, 'deck');
    const [first, second] = deckFrom(PAIRS).pairs;
    await editPair(phone, 'news', first!.id, { lo: first!.lo, vi: 'Xin chào ngài' }, new Date());
    await editPair(phone, 'news', second!.id, { lo: second!.lo, vi: 'Cảm ơn (điện thoại)' }, new Date());

    const tablet = await freshDb(SETTINGS);
    await installWithCards(tablet, deckFrom(PAIRS), T0);
    await editPair(tablet, 'news', second!.id, { lo: second!.lo, vi: 'Cảm ơn (máy tính bảng)' }, new Date());
    const read = await readBackupFile(await fileOf(phone));
    if (!read.ok) throw new Error(read.problem.kind);
    await importBackup(tablet, read.backup, NOW);

    expect(await tablet.get('decks', MY_DECK.id)).toMatchObject({ title: MY_DECK.title, pairs: 1 });
    expect((await tablet.get('pairs', [MY_DECK.id, typed.pair.id]))!.vi).toBe('Tôi học mỗi ngày');
    expect(await tablet.count('cards', IDBKeyRange.bound([MY_DECK.id, ''], [MY_DECK.id, '\uffff']))).toBe(4);
    expect(await tablet.get('pairs', ['news', first!.id])).toMatchObject({ vi: 'Xin chào ngài', edited: true });
    expect((await tablet.get('pairs', ['news', second!.id]))!.vi).toBe('Cảm ơn (máy tính bảng)');
  });
});
