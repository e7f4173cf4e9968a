// A workload simulation in a worker: the learner's cards read there (100,000
// never cross to the page), each desired retention simulated in turn, the
// page told after each.
import { openDatabase } from '../storage/db.ts';
import { readWorkloadInput } from '../storage/workload-data.ts';
import { simulate, type SimPoint } from './simulate.ts';
import type { WorkloadReply, WorkloadRequest } from './protocol.ts';

export async function runWorkload({ today, settings, days, retentions }: WorkloadRequest, reply: (message: WorkloadReply) => void): Promise<void> {
  const db = await openDatabase({ onVersionChange: () => undefined });
  const input = await readWorkloadInput(db, today, settings, days);
  db.close();
  const points: SimPoint[] = [];
  for (const [i, r] of retentions.entries()) {
    reply({ type: 'workload-progress', done: i, total: retentions.length });
    points.push(simulate(input, r));
  }
  reply({ type: 'workload-done', points, cards: input.cards.length });
}
