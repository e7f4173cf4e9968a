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
import { markEdit, markSchedule } from './outbox.ts';
import { stampedDocId } from '../sync/documents.ts';

const KEY = 'study';
/** The study settings' document in sync (sync/documents.ts). */
export const SETTINGS_DOC = stampedDocId('setting', KEY);

/** New FSRS parameters that not every card's memory follows yet (storage/rememory.ts): the change's id. Not in backups. */
export const REMEMORY_PENDING_KEY = 'rememory-pending';
/** Set once this database's cards of sentences never studied, written by an earlier version at install, were taken back (storage/new-cards.ts compactNewCards): a fact of this database, not in backups. */
export const COMPACTED_KEY = 'new-cards-compacted';

export async function loadSettings(db: Database): Promise<StudySettings> {
  return sanitiseSettings((await db.get('settings', KEY)) as Partial<StudySettings> | undefined);
}

/**
 * Whether the FSRS parameters changed: every studied card's memory is then to be brought in line
 * (storage/rememory.ts); with `reschedule` (the learner asked), its due date too (history/replay.ts).
 */
export async function saveSettings(db: Database, settings: StudySettings, at: Date, { reschedule = false, synced = false } = {}): Promise<{ memory: boolean }> {
  const device = await thisDevice(db);
  const clean = sanitiseSettings(settings);
  const tx = db.transaction(['settings', 'schedules', 'outbox'], 'readwrite', { durability: 'strict' });
  const timeline = await loadTimeline(tx);
  const work: Promise<unknown>[] = [tx.objectStore('settings').put(clean, KEY)];
  // The learner's edit is sent to their other devices; one that came from them (`synced`) is not sent back.
  if (!synced) work.push(markEdit(tx, SETTINGS_DOC, device, at.getTime()));
  const latest = timeline.latest(device);
  const memory = JSON.stringify(latest.fsrsParameters) !== JSON.stringify(clean.fsrsParameters);
  if (!sameScheduling(latest, clean)) {
    const change: ScheduleChange = { id: `${device}:${at.getTime()}`, device, at: at.getTime(), settings: schedulingOf(clean), ...(memory ? { memory: true as const } : {}), ...(memory && reschedule ? { reschedule: true as const } : {}) };
    work.push(tx.objectStore('schedules').put(change), markSchedule(tx, change));
    // Until every card has followed them (a start finds this and runs the rebuild again).
    if (memory) work.push(tx.objectStore('settings').put(change.id, REMEMORY_PENDING_KEY));
  }
  await Promise.all([...work, tx.done]);
  return { memory };
}
