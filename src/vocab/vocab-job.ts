// The page's side of the vocabulary worker: a worker per run, started when
// asked (its code is not in the start-up scripts), runs one after another.
import type { VocabFigures } from './figures.ts';
import type { VocabReply, VocabRequest } from './vocab-protocol.ts';

let last: Promise<unknown> = Promise.resolve();

/** The stored word figures after the run (null if it failed). */
export function runVocab(request: VocabRequest): Promise<VocabFigures | null> {
  const run = last.then(() => once(request));
  last = run;
  return run;
}

function once(request: VocabRequest): Promise<VocabFigures | null> {
  return new Promise((resolve) => {
    // Vite finds the worker only with new URL(...) written inside new Worker(...).
    const worker = new Worker(new URL('./vocab.worker.ts', import.meta.url), { type: 'module' });
    const end = (figures: VocabFigures | null) => {
      worker.terminate();
      resolve(figures);
    };
    worker.onmessage = (e: MessageEvent<VocabReply>) => end(e.data.type === 'done' ? e.data.figures : null);
    worker.onerror = () => end(null);
    worker.postMessage(request);
  });
}
