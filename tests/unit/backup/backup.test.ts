import { describe, expect, it } from 'vitest';
import { backupFileName, type Backup } from '../../../src/backup/format.ts';
import { gzip, readBackupFile } from '../../../src/backup/file.ts';
import { replay } from '../../../src/backup/replay.ts';
import { backupFile, importBackup } from '../../../src/storage/backup.ts';
import { installDeck } from '../../../src/storage/install.ts';
import { recordReview } from '../../../src/storage/reviews.ts';
import { deckQueue } from '../../../src/storage/study.ts';
import { createScheduler, type Grade4 } from '../../../src/schedule/scheduler.ts';
import { DEFAULT_SETTINGS } from '../../../src/schedule/settings.ts';
import { studyDayOf } from '../../../src/schedule/study-day.ts';
import type { Database } from '../../../src/storage/db.ts';
import { deckFrom, freshDb, PAIRS } from '../storage/helpers.ts';

// Fuzz on, as learners have it: replay must still give exactly the stored states.
const SETTINGS = DEFAULT_SETTINGS;
const scheduler = createScheduler(SETTINGS);
const T0 = new Date('2026-03-10T03:00:00Z');
const HOUR = 3_600_000;

async function studied(grades: [number, Grade4][], seedIds = 'a'): Promise<Database> {
  const db = await freshDb();
  await installDeck(db, deckFrom(PAIRS), T0);
  let n = 0;
  for (const [hours, grade] of grades) {
    const at = new Date(T0.getTime() + hours * HOUR);
    const q = await deckQueue(db, 'news', at, SETTINGS);
    if (!q.card) continue;
    await recordReview(db, { deckId: 'news', cardId: q.card.cardId, before: q.card, after: scheduler.rate(q.card, at, grade), grade, at, day: studyDayOf(at, SETTINGS), durationMs: 4000 }, `${seedIds}-${n++}`);
  }
  return db;
}

async function everything(db: Database) {
  return { cards: await db.getAll('cards'), reviews: await db.getAll('reviews'), days: await db.getAll('days'), pairs: await db.getAll('pairs'), decks: await db.getAll('decks') };
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
  it('replaying a card’s log gives exactly its stored state', async () => {
    const db = await studied(HISTORY);
    for (const card of await db.getAll('cards')) {
      const log = await db.getAllFromIndex('reviews', 'card', IDBKeyRange.bound(['news', card.cardId, -Infinity], ['news', card.cardId, Infinity]));
      const state = replay(log, scheduler);
      if (state) expect({ ...card, ...state }).toEqual(card);
    }
  });

  it('export, a cleared browser, import: everything is back, next due dates identical', async () => {
    const db = await studied(HISTORY);
    const before = await everything(db);
    const restored = await freshDb();
    const result = await importBackup(restored, await load(await fileOf(db)), scheduler);
    expect(result.reviewsAdded).toBe(before.reviews.length);
    expect(await everything(restored)).toEqual(before);
    const due = (d: Database) => deckQueue(d, 'news', new Date(T0.getTime() + 300 * HOUR), SETTINGS);
    expect((await due(restored)).counts).toEqual((await due(db)).counts);
  });

  it('importing the same file twice changes nothing', async () => {
    const db = await studied(HISTORY);
    const file = await fileOf(db);
    const copy = await freshDb();
    await importBackup(copy, await load(file), scheduler);
    const once = await everything(copy);
    expect(await importBackup(copy, await load(file), scheduler)).toEqual({ reviewsAdded: 0, cardsUpdated: 0 });
    expect(await everything(copy)).toEqual(once);
  });

  it('merges two devices’ histories into their union, each card replayed', async () => {
    const phone = await studied([[0, 3], [0.2, 3], [30, 4]], 'phone');
    const tablet = await studied([[1, 1], [1.2, 3], [50, 3], [80, 2]], 'tablet');
    const [a, b] = [await load(await fileOf(phone)), await load(await fileOf(tablet))];
    const merged = await freshDb();
    await importBackup(merged, a, scheduler);
    await importBackup(merged, b, scheduler);
    const all = await everything(merged);
    expect(all.reviews.map((r) => r.id).sort()).toEqual([...a.reviews, ...b.reviews].map((r) => r.id).sort());
    for (const card of all.cards) {
      const log = all.reviews.filter((r) => r.cardId === card.cardId);
      const state = replay(log, scheduler);
      if (state) expect(card).toMatchObject({ due: state.due, reps: state.reps, state: state.state, stability: state.stability });
      else expect(card.reps).toBe(0);
    }
    // Both devices studied the first card: its merged log has both histories.
    const first = all.cards.find((c) => c.order === 0)!;
    expect(new Set(all.reviews.filter((r) => r.cardId === first.cardId).map((r) => r.id.split('-')[0]))).toEqual(new Set(['phone', 'tablet']));
    expect(all.days.reduce((n, d) => n + d.reviews, 0)).toBe(all.reviews.length);
    // And importing both again changes nothing.
    expect(await importBackup(merged, b, scheduler)).toEqual({ reviewsAdded: 0, cardsUpdated: 0 });
  });

  it('refuses foreign, truncated and corrupted files with a reason, changing nothing', async () => {
    const db = await studied(HISTORY);
    const good = await fileOf(db);
    const gz = async (text: string) => new Uint8Array(await (await gzip(text)).arrayBuffer());
    const backup = await load(good);
    const bad = JSON.parse(JSON.stringify(backup)) as Backup;
    (bad.reviews[2] as unknown as Record<string, unknown>).grade = 7;
    const cases: [Uint8Array<ArrayBuffer>, unknown][] = [
      [new TextEncoder().encode('ສະບາຍດີ\tXin chào\n'), { kind: 'not-gzip' }],
      [good.slice(0, good.length - 40), { kind: 'not-gzip' }],
      [await gz('{"format": "lovi-backup", "version": 1, "decks": ['), { kind: 'not-json' }],
      [await gz('{"hello": "world"}'), { kind: 'not-lovi' }],
      [await gz(JSON.stringify({ ...backup, version: 2 })), { kind: 'too-new', version: 2 }],
      [await gz(JSON.stringify(bad)), { kind: 'bad-record', store: 'reviews', index: 2, field: 'grade' }],
    ];
    for (const [bytes, problem] of cases) expect(await readBackupFile(bytes)).toEqual({ ok: false, problem });
  });

  it('adds an entry the file lists twice once, as if listed once', async () => {
    const source = await studied(HISTORY);
    const backup = await load(await fileOf(source));
    const doubled: Backup = { ...backup, reviews: [...backup.reviews, ...backup.reviews.slice(0, 3)] };
    const once = await freshDb();
    await installDeck(once, deckFrom(PAIRS), T0);
    const twice = await freshDb();
    await installDeck(twice, deckFrom(PAIRS), T0);
    expect(await importBackup(twice, doubled, scheduler)).toEqual(await importBackup(once, backup, scheduler));
    expect(await everything(twice)).toEqual(await everything(once));
    expect((await everything(twice)).reviews).toHaveLength(backup.reviews.length);
  });

  it('does not add an entry this device has under another deck (a hand-edited file), and imports the rest', async () => {
    const source = await studied(HISTORY);
    const backup = await load(await fileOf(source));
    // Only that entry, under a deck this device does not have: nothing of its own deck is in the file.
    const moved: Backup = { ...backup, decks: [], pairs: [], cards: [], reviews: [{ ...backup.reviews[0]!, deckId: 'other' }] };
    const target = await studied(HISTORY);
    const before = (await everything(target)).reviews.length;
    expect(await importBackup(target, moved, scheduler)).toEqual({ reviewsAdded: 0, cardsUpdated: 0 });
    expect((await everything(target)).reviews).toHaveLength(before);
  });

  it('names files by date', () => {
    expect(backupFileName('2026-03-10')).toBe('lovi-backup-2026-03-10.json.gz');
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
    await editPair(phone, 'news', first!.id, { lo: first!.lo, vi: 'Xin chào ngài' });
    await editPair(phone, 'news', second!.id, { lo: second!.lo, vi: 'Cảm ơn (điện thoại)' });

    const tablet = await freshDb();
    await installDeck(tablet, deckFrom(PAIRS), T0);
    await editPair(tablet, 'news', second!.id, { lo: second!.lo, vi: 'Cảm ơn (máy tính bảng)' });
    const read = await readBackupFile(await fileOf(phone));
    if (!read.ok) throw new Error(read.problem.kind);
    await importBackup(tablet, read.backup, scheduler);

    expect(await tablet.get('decks', MY_DECK.id)).toMatchObject({ title: MY_DECK.title, pairs: 1 });
    expect((await tablet.get('pairs', [MY_DECK.id, typed.pair.id]))!.vi).toBe('Tôi học mỗi ngày');
    expect(await tablet.count('cards', IDBKeyRange.bound([MY_DECK.id, ''], [MY_DECK.id, '\uffff']))).toBe(4);
    expect(await tablet.get('pairs', ['news', first!.id])).toMatchObject({ vi: 'Xin chào ngài', edited: true });
    expect((await tablet.get('pairs', ['news', second!.id]))!.vi).toBe('Cảm ơn (máy tính bảng)');
  });
});
