// Study settings in the database (they are part of a learner's data and go
// into backups), merged over the defaults so new settings get theirs.
import { DEFAULT_SETTINGS, type StudySettings } from '../schedule/settings.ts';
import type { Database } from './db.ts';

const KEY = 'study';

export async function loadSettings(db: Database): Promise<StudySettings> {
  const saved = (await db.get('settings', KEY)) as Partial<StudySettings> | undefined;
  return { ...DEFAULT_SETTINGS, ...saved };
}

export async function saveSettings(db: Database, settings: StudySettings): Promise<void> {
  await db.put('settings', settings, KEY);
}
