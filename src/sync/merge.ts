// Which of two copies of one document stands, the same on every device
// whatever the order copies arrive in (so the devices converge): a log batch's
// longer copy where it extends the other (a copy that contradicts entries
// already here is never taken: it is counted as diverged), a schedule change
// as first seen (it is written once), a stamped document's later edit.
import { entryCount } from '../history/batch.ts';
import { extendsBatch } from '../history/extends.ts';
import type { SyncDoc } from './documents.ts';

export type Choice = 'here' | 'there' | 'diverged';

export function choose(here: SyncDoc, there: SyncDoc): Choice {
  if (here.type === 'log' && there.type === 'log') {
    if (entryCount(there.batch) <= entryCount(here.batch)) return extendsBatch(here.batch, there.batch) ? 'here' : 'diverged';
    return extendsBatch(there.batch, here.batch) ? 'there' : 'diverged';
  }
  if (here.type === 'stamped' && there.type === 'stamped') return there.stamp > here.stamp ? 'there' : 'here';
  return here.type === there.type ? 'here' : 'diverged';
}
