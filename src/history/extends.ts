// Whether one copy of a batch is a later copy of another (a backup's, another
// device's): the only change a batch ever sees is entries appended at its end.
// Apart from batch.ts so that the start-up scripts, which append, leave it out.
import { entriesOf, type LogBatch } from './batch.ts';

/** `longer` holds every entry of `b`, in the same places: a later copy of the same batch, not another one. */
export function extendsBatch(longer: LogBatch, b: LogBatch): boolean {
  const mine = entriesOf(b);
  const theirs = entriesOf(longer).slice(0, mine.length);
  return JSON.stringify(theirs) === JSON.stringify(mine);
}
