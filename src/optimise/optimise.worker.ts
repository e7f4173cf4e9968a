// The optimiser worker: FSRS's own optimiser (fsrs-rs, compiled to
// WebAssembly by the fsrs-browser package) fits the learner's parameters,
// off the page's thread. Started when the learner asks, ended when done or
// cancelled. The package's threaded path (initThreadPool) needs the page to
// be cross-origin isolated, which a plain static host cannot promise, so it
// runs on this one thread (25,000 reviews: about a second on a laptop).
// The same worker brings every card's memory in line with new parameters
// (storage/rememory.ts), and simulates the workload of each desired retention
// (workload/run.ts): it has the database and the scheduler already.
/// <reference lib="webworker" />
import init, { Fsrs } from 'fsrs-browser';
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url';
import { openDatabase } from '../storage/db.ts';
import { readLogForFit } from '../storage/review-log.ts';
import { optimise } from './optimise.ts';
import type { OptimiseReply, OptimiseRequest, OptimiserStage, RememoryReply, RememoryRequest } from './protocol.ts';
import { rememberAll } from '../storage/rememory.ts';
import { runWorkload } from '../workload/run.ts';
import type { WorkloadReply, WorkloadRequest } from '../workload/protocol.ts';

declare const self: DedicatedWorkerGlobalScope;

const reply = (message: OptimiseReply) => self.postMessage(message);
const progress = (stage: OptimiserStage, done = 0, total = 0) => reply({ type: 'progress', stage, done, total });

self.addEventListener('message', (event: MessageEvent<OptimiseRequest | RememoryRequest | WorkloadRequest | { type?: unknown }>) => {
  const request = event.data;
  const workloadReply = (message: WorkloadReply) => self.postMessage(message);
  if (request.type === 'workload') return void runWorkload(request as WorkloadRequest, workloadReply).catch(() => workloadReply({ type: 'workload-failed' }));
  if (request.type === 'rememory') return void rememory(request as RememoryRequest).catch(() => self.postMessage({ type: 'rememory-failed' } satisfies RememoryReply));
  if (request.type !== 'run') return; // the package's own helper listens on this worker too
  void run(request as OptimiseRequest).catch(() => reply({ type: 'failed', problem: 'failed' }));
});

async function rememory({ day, newOrder }: RememoryRequest): Promise<void> {
  const db = await openDatabase({ onVersionChange: () => undefined });
  const cards = await rememberAll(db, day, newOrder, (done, total) => self.postMessage({ type: 'rememory-progress', done, total } satisfies RememoryReply));
  db.close();
  self.postMessage({ type: 'rememory-done', cards } satisfies RememoryReply);
}

async function run(request: OptimiseRequest): Promise<void> {
  progress('loading');
  try {
    await init({ module_or_path: wasmUrl });
  } catch {
    return reply({ type: 'failed', problem: navigator.onLine ? 'failed' : 'offline' });
  }
  const db = await openDatabase({ onVersionChange: () => undefined });
  const log = await readLogForFit(db, (done, total) => progress('reading', done, total));
  db.close();
  const outcome = optimise(log, request, (input) => {
    // computeParameters takes the Fsrs object over (frees it): a new one per fit.
    return Array.from(new Fsrs().computeParameters(input.ratings, input.deltaTs, input.lengths, undefined, true));
  }, (stage, items) => progress(stage, items, items));
  reply({ type: 'done', outcome });
}
