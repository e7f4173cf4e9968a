// Saving the study settings (loaded when the learner saves them, or a sync brings them: not in the
// start-up scripts). A change of the settings that schedule (retention, steps, parameters…) is also a
// change in the timeline the log is replayed with (history/timeline.ts), in the same transaction; the
// edit is marked for sync with its stamp (storage/outbox.ts).
import { sanitiseSettings, type StudySettings } from '../schedule/settings.ts';
import { sameScheduling, schedulingOf, type ScheduleChange } from '../history/timeline.ts';
import type { Database } from './db.ts';
import { loadTimeline } from './log.ts';
import { thisDevice } from './device.ts';
import { markSchedule } from './outbox.ts';
import { markEdit } from './edit-stamp.ts';
import { REMEMORY_PENDING_KEY, SETTINGS_DOC, SETTINGS_KEY } from './settings.ts';

/**
 * Whether the FSRS parameters changed: every studied card's memory is then to be brought in line
 * (storage/rememory.ts); with `reschedule` (the learner asked), its due date too (history/replay.ts).
 */
export async function saveSettings(db: Database, settings: StudySettings, at: Date, { reschedule = false, synced = false } = {}): Promise<{ memory: boolean }> {
  const device = await thisDevice(db);
  const clean = sanitiseSettings(settings);
  const tx = db.transaction(['settings', 'schedules', 'outbox'], 'readwrite', { durability: 'strict' });
  const timeline = await loadTimeline(tx);
  const work: Promise<unknown>[] = [tx.objectStore('settings').put(clean, SETTINGS_KEY)];
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
