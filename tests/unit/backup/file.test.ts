// The backup file is written and read a record at a time; it stays plain JSON,
// and files of earlier versions (the whole document on one line) still read.
import { describe, expect, it } from 'vitest';
import { gzip, readBackupFile, writeBackupFile, type BackupPart } from '../../../src/backup/file.ts';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../../src/backup/format.ts';

const head = { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: 1_770_000_000_000, settings: { study: { newPerDay: 7 }, lastBackupAt: 5 } };
const state = { due: 1, stability: 2, difficulty: 3, reps: 1, lapses: 0, state: 2, scheduledDays: 4, elapsedDays: 0, learningSteps: 0, lastReview: null };
const review = (i: number) => ({ id: `r${i}`, deckId: 'news', cardId: 'a:r', pairId: 'a', grade: 3, at: i, day: '2026-03-10', durationMs: 1000, before: state, after: state, note: 'line\nbreak "quoted"' });
const deck = { id: 'news', contentHash: 'x', pairs: 1, title: { lo: 'ຂ່າວ', vi: 'Tin' }, installedAt: 0 };
const pair = { deckId: 'news', pairId: 'a', lo: 'ສະບາຍດີ', vi: 'Xin chào', order: 0, retired: false };

async function* parts(list: BackupPart[]): AsyncGenerator<BackupPart> {
  yield* list;
}

const text = async (blob: Blob) => new Response(blob.stream().pipeThrough(new DecompressionStream('gzip'))).text();

describe('the backup file', () => {
  it('is plain JSON with one record per line, and reads back record for record, in batches and with empty stores', async () => {
    const reviews = Array.from({ length: 2500 }, (_, i) => review(i));
    const file = await writeBackupFile(head, parts([
      { store: 'decks', records: [deck] },
      { store: 'pairs', records: [pair] },
      { store: 'reviews', records: reviews.slice(0, 1000) },
      { store: 'reviews', records: [] },
      { store: 'reviews', records: reviews.slice(1000) },
    ]));
    const written = await text(file);
    const expected = { ...head, decks: [deck], pairs: [pair], cards: [], reviews };
    expect(JSON.parse(written)).toEqual(expected);
    // Every record on a line of its own (a newline inside a text is escaped).
    expect(written.split('\n').filter((l) => l.startsWith('{"id":"r')).length).toBe(2500);
    expect(await readBackupFile(file)).toEqual({ ok: true, backup: expected });
  });

  it('reads a file of an earlier version, the whole document on one line', async () => {
    const backup = { ...head, decks: [deck], pairs: [pair], cards: [], reviews: [review(1), review(2)] };
    expect(await readBackupFile(await gzip(JSON.stringify(backup)))).toEqual({ ok: true, backup });
  });

  it('refuses a file cut off inside the log, or with a damaged record line', async () => {
    const whole = await text(await writeBackupFile(head, parts([{ store: 'decks', records: [deck] }, { store: 'reviews', records: [review(1), review(2), review(3)] }])));
    const cut = whole.slice(0, whole.indexOf('{"id":"r3"'));
    expect(await readBackupFile(await gzip(cut))).toEqual({ ok: false, problem: { kind: 'not-json' } });
    const damaged = whole.replace('{"id":"r2"', '{"id":"r2",,');
    expect(await readBackupFile(await gzip(damaged))).toEqual({ ok: false, problem: { kind: 'not-json' } });
  });
});
