// Study settings in the database (they are part of a learner's data and go
// into backups), merged over the defaults so new settings get theirs, and
// checked so a bad value can never break scheduling. Saving them: save-settings.ts.
import { sanitiseSettings, type StudySettings } from '../schedule/settings.ts';
import type { Database } from './db.ts';
import { stampedDocId } from '../sync/names.ts';

export const SETTINGS_KEY = 'study';
/** The study settings' document in sync (sync/documents.ts). */
export const SETTINGS_DOC = stampedDocId('setting', SETTINGS_KEY);

/** New FSRS parameters that not every card's memory follows yet (storage/rememory.ts): the change's id. Not in backups. */
export const REMEMORY_PENDING_KEY = 'rememory-pending';
/** Set once this database's cards of sentences never studied, written by an earlier version at install, were taken back (storage/new-cards.ts compactNewCards): a fact of this database, not in backups. */
export const COMPACTED_KEY = 'new-cards-compacted';
/** When the learner last downloaded a backup (ms). */
export const LAST_BACKUP_KEY = 'lastBackupAt';

export async function loadSettings(db: Database): Promise<StudySettings> {
  return sanitiseSettings((await db.get('settings', SETTINGS_KEY)) as Partial<StudySettings> | undefined);
}
