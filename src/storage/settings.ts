// Study settings in the database (they are part of a learner's data and go
// into backups), merged over the defaults so new settings get theirs, and
// checked so a bad value can never break scheduling.
import { sanitiseSettings, type StudySettings } from '../schedule/settings.ts';
import type { Database } from './db.ts';

const KEY = 'study';

export async function loadSettings(db: Database): Promise<StudySettings> {
  return sanitiseSettings((await db.get('settings', KEY)) as Partial<StudySettings> | undefined);
}

export async function saveSettings(db: Database, settings: StudySettings): Promise<void> {
  await db.put('settings', sanitiseSettings(settings), KEY);
}
