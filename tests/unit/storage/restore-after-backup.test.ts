// A regression found by the tallies property (seed 1579636352): a sentence studied, its deck deleted
// with the history kept, installed back without that sentence, the whole through a backup and back,
// then installed whole: the sentence's card must come back with its history.
import { it } from 'vitest';
import { recordReview } from '../../../src/storage/reviews.ts';
import { deleteDeck } from '../../../src/storage/deck-actions.ts';
import { backupFile, importBackup } from '../../../src/storage/backup.ts';
import { readBackupFile } from '../../../src/backup/file.ts';
import { studyDayOf } from '../../../src/schedule/study-day.ts';
import { deckFrom, freshDb, PAIRS, SETTINGS, installWithCards } from './helpers.ts';
import { expectConsistent } from '../history/consistency.ts';

const T0 = new Date('2026-03-10T03:00:00Z');
const FULL = deckFrom(PAIRS);
const SHORTER = deckFrom(PAIRS.slice(1));

it('brings a sentence\'s history back at an install after a backup of a deck installed without it', async () => {
  const db = await freshDb();
  const day = studyDayOf(T0, SETTINGS);
  await installWithCards(db, FULL, T0);
  const card = (await db.getAll('cards')).find((c) => c.pairId === FULL.pairs[0]!.id)!;
  await recordReview(db, { deckId: 'news', cardId: card.cardId, before: card, grade: 1, at: T0, day, durationMs: 1000 });
  await deleteDeck(db, 'news', false, T0);
  await installWithCards(db, SHORTER, T0);
  const read = await readBackupFile(await backupFile(db, T0));
  if (!read.ok) throw new Error(read.problem.kind);
  await deleteDeck(db, 'news', false, T0);
  await importBackup(db, read.backup, { at: T0, day });
  await installWithCards(db, FULL, T0);
  await expectConsistent(db, day);
});
