// The page's side of a workload simulation, run in the worker of the
// whole-history jobs (optimise/optimise.worker.ts: it has the database and
// FSRS already, and is precached, so the chart works offline at no extra
// download): started when the learner asks, ended when the answer comes or the
// screen goes (it writes nothing).
import type { WorkloadReply, WorkloadRequest } from './protocol.ts';

export class WorkloadJob {
  private readonly worker: Worker;

  constructor(request: Omit<WorkloadRequest, 'type'>, onReply: (reply: WorkloadReply) => void) {
    // Vite finds the worker only with new URL(...) written inside new Worker(...).
    this.worker = new Worker(new URL('../optimise/optimise.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (e: MessageEvent<WorkloadReply>) => {
      if (e.data.type !== 'workload-progress') this.end();
      onReply(e.data);
    };
    this.worker.onerror = () => {
      this.end();
      onReply({ type: 'workload-failed' });
    };
    this.worker.postMessage({ ...request, type: 'workload' } satisfies WorkloadRequest);
  }

  end(): void {
    this.worker.terminate();
  }
}
