// Study settings in the database (they are part of a learner's data and go
// into backups), merged over the defaults so new settings get theirs, and
// checked so a bad value can never break scheduling. A change of the settings
// that schedule (retention, steps, parameters…) is also a change in the
// timeline the log is replayed with (history/timeline.ts), in the same transaction.
import { sanitiseSettings, type StudySettings } from '../schedule/settings.ts';
import { sameScheduling, schedulingOf, type ScheduleChange } from '../history/timeline.ts';
import type { Database } from './db.ts';
import { loadTimeline } from './log.ts';
import { thisDevice } from './device.ts';

const KEY = 'study';

export async function loadSettings(db: Database): Promise<StudySettings> {
  return sanitiseSettings((await db.get('settings', KEY)) as Partial<StudySettings> | undefined);
}

export async function saveSettings(db: Database, settings: StudySettings, at: Date): Promise<void> {
  const device = await thisDevice(db);
  const clean = sanitiseSettings(settings);
  const tx = db.transaction(['settings', 'schedules'], 'readwrite', { durability: 'strict' });
  const timeline = await loadTimeline(tx);
  const work: Promise<unknown>[] = [tx.objectStore('settings').put(clean, KEY)];
  if (!sameScheduling(timeline.latest(device), clean)) {
    const change: ScheduleChange = { id: `${device}:${at.getTime()}`, device, at: at.getTime(), settings: schedulingOf(clean) };
    work.push(tx.objectStore('schedules').put(change));
  }
  await Promise.all([...work, tx.done]);
}
