// The optimiser the app's worker runs (fsrs-rs as WebAssembly, from the
// fsrs-browser package), loaded in Node for the unit tests. The package's
// helper for its threaded path expects a worker's `self` at import time.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Optimiser } from '../../../src/optimise/optimise.ts';

export async function wasmOptimiser(): Promise<Optimiser> {
  const g = globalThis as unknown as { self?: unknown; addEventListener?: unknown };
  g.self ??= globalThis;
  g.addEventListener ??= () => undefined;
  const { initSync, Fsrs } = await import('fsrs-browser');
  const wasm = createRequire(import.meta.url).resolve('fsrs-browser/fsrs_browser_bg.wasm');
  initSync({ module: readFileSync(wasm) });
  return (input) => {
    // computeParameters takes the Fsrs object over (frees it): a new one per fit.
    return Array.from(new Fsrs().computeParameters(input.ratings, input.deltaTs, input.lengths, undefined, true));
  };
}
