// The backup file is written and read a record at a time; it stays plain JSON,
// and files of earlier versions (the whole document on one line) still read.
import { describe, expect, it } from 'vitest';
import { gzip, readBackupFile, writeBackupFile, type BackupPart } from '../../../src/backup/file.ts';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../../src/backup/format.ts';
import { appendEntries, emptyBatch } from '../../../src/history/batch.ts';
import { addDays } from '../../../src/schedule/study-day.ts';

const head = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: 1_770_000_000_000, settings: { study: { newPerDay: 7 }, lastBackupAt: 5 } };
const state = { due: 1, stability: 2, difficulty: 3, reps: 1, lapses: 0, state: 2, scheduledDays: 4, elapsedDays: 0, learningSteps: 0, lastReview: null };
/** A version-1 log entry (the card's states with it). */
const review = (i: number) => ({ id: `r${i}`, deckId: 'news', cardId: 'a:r', pairId: 'a', grade: 3, at: i, day: '2026-03-10', durationMs: 1000, before: state, after: state, note: 'line\nbreak "quoted"' });
/** A day's batch of this version's log, with a wrong answer that needs escaping. */
const batch = (i: number) => appendEntries(emptyBatch(addDays('2026-03-10', i), 'dev1', 1_770_000_000_000 + i * 86_400_000), [
  { type: 'review', deckId: 'news', cardId: 'a:r', at: 1_770_000_000_000 + i * 86_400_000, grade: 3, durationMs: 1000, stateBefore: 2, matureBefore: false, exercise: { kind: 'recognition', mode: 'type', errors: ['wrong'], given: 'line\nbreak "quoted"' } },
]).batch;
const deck = { id: 'news', contentHash: 'x', pairs: 1, title: { lo: 'ຂ່າວ', vi: 'Tin' }, installedAt: 0 };
const pair = { deckId: 'news', pairId: 'a', lo: 'ສະບາຍດີ', vi: 'Xin chào', order: 0, retired: false };

async function* parts(list: BackupPart[]): AsyncGenerator<BackupPart> {
  yield* list;
}

const text = async (blob: Blob) => new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).text();

describe('the backup file', () => {
  it('is plain JSON with one record per line, and reads back record for record, in batches and with empty stores', async () => {
    const log = Array.from({ length: 2500 }, (_, i) => batch(i));
    const file = await writeBackupFile(head, parts([
      { store: 'decks', records: [deck] },
      { store: 'pairs', records: [pair] },
      { store: 'log', records: log.slice(0, 1000) },
      { store: 'log', records: [] },
      { store: 'log', records: log.slice(1000) },
    ]));
    const written = await text(file);
    const expected = { ...head, decks: [deck], pairs: [pair], cards: [], log, schedules: [] };
    expect(JSON.parse(written)).toEqual(expected);
    // Every record on a line of its own (a newline inside a text is escaped).
    expect(written.split('\n').filter((l) => l.startsWith('{"dayNo":')).length).toBe(2500);
    expect(await readBackupFile(file)).toEqual({ ok: true, backup: { ...expected, reviews: [] } });
  });

  it('reads a file of an earlier version, the whole document on one line', async () => {
    const backup = { ...head, version: 1, decks: [deck], pairs: [pair], cards: [], reviews: [review(1), review(2)] };
    expect(await readBackupFile(await gzip(JSON.stringify(backup)))).toEqual({ ok: true, backup: { ...backup, log: [], schedules: [] } });
  });

  it('refuses a file cut off inside the log, or with a damaged record line', async () => {
    const whole = await text(await writeBackupFile(head, parts([{ store: 'decks', records: [deck] }, { store: 'log', records: [batch(1), batch(2), batch(3)] }])));
    const cut = whole.slice(0, whole.indexOf(JSON.stringify(batch(3))));
    expect(await readBackupFile(await gzip(cut))).toEqual({ ok: false, problem: { kind: 'not-json' } });
    const damaged = whole.replace(JSON.stringify(batch(2)), `${JSON.stringify(batch(2))},`);
    expect(await readBackupFile(await gzip(damaged))).toEqual({ ok: false, problem: { kind: 'not-json' } });
  });
});
