// The page's side of the memory rebuild (storage/rememory.ts), which runs in
// the worker of the whole-history jobs (optimise.worker.ts: it has the
// scheduler and the log's reader already, and is precached): one run at a
// time, started when new FSRS parameters are saved or merged in; a run asked
// for while one goes on follows it.

import type { RememoryReply, RememoryRequest } from './protocol.ts';

let last: Promise<unknown> = Promise.resolve();

/** Cards rewritten, or null if the run failed. */
export function runRememory(request: Omit<RememoryRequest, 'type'>, onProgress: (done: number, total: number) => void): Promise<number | null> {
  const run = last.then(() => once(request, onProgress));
  last = run;
  return run;
}

function once(request: Omit<RememoryRequest, 'type'>, onProgress: (done: number, total: number) => void): Promise<number | null> {
  return new Promise((resolve) => {
    // Vite finds the worker only with new URL(...) written inside new Worker(...).
    const worker = new Worker(new URL('./optimise.worker.ts', import.meta.url), { type: 'module' });
    const end = (cards: number | null) => {
      worker.terminate();
      resolve(cards);
    };
    worker.onmessage = (e: MessageEvent<RememoryReply>) => {
      if (e.data.type === 'rememory-progress') onProgress(e.data.done, e.data.total);
      else end(e.data.type === 'rememory-done' ? e.data.cards : null);
    };
    worker.onerror = () => end(null);
    worker.postMessage({ ...request, type: 'rememory' } satisfies RememoryRequest);
  });
}
