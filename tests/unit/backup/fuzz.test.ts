// Fuzzing the backup reader and importer (bounded, in npm test): damaged
// files never throw and never write; files that pass the checks import.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkBackup, type Backup } from '../../../src/backup/format.ts';
import { gzip, readBackupFile } from '../../../src/backup/file.ts';
import { importBackup, backupFile } from '../../../src/storage/backup.ts';
import { installDeck } from '../../../src/storage/install.ts';
import { recordReview } from '../../../src/storage/reviews.ts';
import { undoEntry } from '../../../src/storage/undo.ts';
import { entriesOf } from '../../../src/history/batch.ts';
import { byTime } from '../../../src/history/entry.ts';
import { deckFrom, freshDb, PAIRS, readLog, installWithCards } from '../storage/helpers.ts';

const T0 = new Date('2026-03-10T03:00:00Z');

async function sampleBackup(): Promise<Backup> {
  const db = await freshDb();
  await installWithCards(db, deckFrom(PAIRS), T0);
  const card = (await db.getAll('cards'))[0]!;
  const entry = await recordReview(db, { deckId: 'news', cardId: card.cardId, before: card, grade: 3, at: T0, day: '2026-03-10', durationMs: 1000 });
  await undoEntry(db, entry.id, { at: T0, day: '2026-03-10' });
  const again = (await db.get('cards', ['news', card.cardId]))!;
  await recordReview(db, { deckId: 'news', cardId: card.cardId, before: again, grade: 4, at: T0, day: '2026-03-10', durationMs: 1000, exercise: { kind: 'recognition', mode: 'type', errors: ['tone'], given: 'sai' } });
  const read = await readBackupFile(await backupFile(db, T0));
  if (!read.ok) throw new Error(read.problem.kind);
  return read.backup;
}

// A value that could turn up in a damaged or hand-edited file.
const junk = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.double(), fc.string({ maxLength: 5 }), fc.boolean(), fc.constant({}), fc.constant([]));

describe('backup fuzzing', () => {
  it('reads random bytes without throwing, refusing them', async () => {
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
      const read = await readBackupFile(new Uint8Array(bytes));
      expect(read.ok).toBe(false);
    }), { numRuns: 200 });
  });

  it('refuses or imports a backup with one field damaged, never throwing, never half-writing', async () => {
    const good = await sampleBackup();
    const stores = ['decks', 'pairs', 'cards', 'log', 'schedules'] as const;
    await fc.assert(fc.asyncProperty(fc.constantFrom(...stores), fc.nat(), fc.string({ maxLength: 12 }), junk, async (store, index, field, value) => {
      const damaged = JSON.parse(JSON.stringify(good)) as Backup;
      const list = damaged[store] as unknown as Record<string, unknown>[];
      const record = list[index % list.length]!;
      const key = Object.keys(record)[field.length % Object.keys(record).length]!;
      // In a batch, also one number of its rows.
      if (key === 'rows' && field.length % 2) (record.rows as unknown[])[index % (record.rows as unknown[]).length] = value;
      else record[key] = value;
      const checked = checkBackup(JSON.parse(JSON.stringify(damaged)));
      if (!checked.ok) {
        // Refused from the file too (the app imports only what the reader accepts).
        const read = await readBackupFile(new Uint8Array(await (await gzip(JSON.stringify(damaged))).arrayBuffer()));
        expect(read.ok).toBe(false);
        return;
      }
      // Accepted: it imports without throwing, and the log holds exactly the file's entries.
      const db = await freshDb();
      await importBackup(db, checked.backup, { at: T0, day: '2026-03-10' });
      expect(await readLog(db)).toEqual(checked.backup.log.flatMap((b) => entriesOf(b)).sort(byTime));
    }), { numRuns: 150 });
  });
});
