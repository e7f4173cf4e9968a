// Sync's outbox: each change to something that replicates marks its document
// here, in the change's own transaction, so that what is yet to be sent is
// known without comparing the whole database with the server's copy (and a
// change cut short marks nothing). The mark says what the document was at:
// a batch's entry count, an edit's stamp; once sent, it is cleared only if
// the document has not changed again meanwhile. Written whether or not the
// learner has an account: the first sync sends everything anyway, and marks
// cost one small record per document.
import type { IDBPTransaction } from 'idb';
import { entryCount, type LogBatch } from '../history/batch.ts';
import type { ScheduleChange } from '../history/timeline.ts';
import { formatStamp, parseStamp, tick, zeroStamp } from '../sync/hlc.ts';
import { logDocId, scheduleDocId } from '../sync/documents.ts';
import type { LoviDB } from './schema.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Tx = IDBPTransaction<LoviDB, any, 'readwrite' | 'versionchange'>;

/** The sync clock's last stamp, in the settings store; never in a backup (storage/backup.ts LOCAL_KEYS). */
export const CLOCK_KEY = 'sync-clock';

export function markBatch(tx: Tx, batch: LogBatch): Promise<unknown> {
  // The upgrade that made the compact log ran before there was an outbox; a first sync sends all anyway.
  if (!tx.objectStoreNames.contains('outbox')) return Promise.resolve();
  return tx.objectStore('outbox').put(entryCount(batch), logDocId(batch));
}

export function markSchedule(tx: Tx, change: ScheduleChange): Promise<unknown> {
  return tx.objectStore('outbox').put(0, scheduleDocId(change));
}

/**
 * An edit of a stamped document (sync/documents.ts) at wall time `wall`: the sync clock ticks (hlc.ts)
 * and the document is marked with the edit's stamp. The transaction must hold 'settings' and 'outbox'.
 */
export async function markEdit(tx: Tx, id: string, device: string, wall: number): Promise<string> {
  const saved = await tx.objectStore('settings').get(CLOCK_KEY);
  const clock = (typeof saved === 'string' ? parseStamp(saved) : null) ?? zeroStamp(device);
  const stamp = formatStamp(tick({ ...clock, device }, wall));
  await Promise.all([tx.objectStore('settings').put(stamp, CLOCK_KEY), tx.objectStore('outbox').put(stamp, id)]);
  return stamp;
}
