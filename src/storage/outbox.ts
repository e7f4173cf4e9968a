// Sync's outbox: each change to something that replicates marks its document
// here, in the change's own transaction, so that what is yet to be sent is
// known without comparing the whole database with the server's copy (and a
// change cut short marks nothing). The mark says what the document was at:
// a batch's entry count, an edit's stamp; once sent, it is cleared only if
// the document has not changed again meanwhile. Written whether or not the
// learner has an account: the first sync sends everything anyway, and marks
// cost one small record per document. An edit's stamp: edit-stamp.ts.
import type { IDBPTransaction } from 'idb';
import { entryCount, type LogBatch } from '../history/batch.ts';
import type { ScheduleChange } from '../history/timeline.ts';
import { logDocId, scheduleDocId } from '../sync/names.ts';
import type { LoviDB } from './schema.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Tx = IDBPTransaction<LoviDB, any, 'readwrite' | 'versionchange'>;

export function markBatch(tx: Tx, batch: LogBatch): Promise<unknown> {
  // The upgrade that made the compact log ran before there was an outbox; a first sync sends all anyway.
  if (!tx.objectStoreNames.contains('outbox')) return Promise.resolve();
  return tx.objectStore('outbox').put(entryCount(batch), logDocId(batch));
}

export function markSchedule(tx: Tx, change: ScheduleChange): Promise<unknown> {
  return tx.objectStore('outbox').put(0, scheduleDocId(change));
}
