// An edit of something any of the learner's devices may change (the study
// settings; sync/documents.ts "stamped"): the sync clock ticks (sync/hlc.ts)
// and the document is marked for sync with the edit's stamp, in the edit's own
// transaction. Apart from outbox.ts so that the clock stays out of the start-up scripts.
import type { IDBPTransaction } from 'idb';
import { formatStamp, parseStamp, tick, zeroStamp } from '../sync/hlc.ts';
import type { LoviDB } from './schema.ts';
import { CLOCK_KEY } from './sync-keys.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Tx = IDBPTransaction<LoviDB, any, 'readwrite' | 'versionchange'>;

/** The edit of document `id` at wall time `wall`; its stamp. The transaction must hold 'settings' and 'outbox'. */
export async function markEdit(tx: Tx, id: string, device: string, wall: number): Promise<string> {
  const saved = await tx.objectStore('settings').get(CLOCK_KEY);
  const clock = (typeof saved === 'string' ? parseStamp(saved) : null) ?? zeroStamp(device);
  const stamp = formatStamp(tick({ ...clock, device }, wall));
  await Promise.all([tx.objectStore('settings').put(stamp, CLOCK_KEY), tx.objectStore('outbox').put(stamp, id)]);
  return stamp;
}
