// The page's side of the optimiser worker: one worker per fit, started when
// the learner asks (neither the worker nor the WebAssembly is in the start-up
// scripts), ended when the outcome arrives or the learner stops it. The
// worker writes nothing, so stopping it needs no clean-up.
import wasmUrl from 'fsrs-browser/fsrs_browser_bg.wasm?url';
import type { OptimiseReply, OptimiseRequest } from './protocol.ts';

export class OptimiseJob {
  private readonly worker: Worker;

  constructor(request: OptimiseRequest, onReply: (reply: OptimiseReply) => void) {
    // Vite finds the worker only with new URL(...) written inside new Worker(...).
    this.worker = new Worker(new URL('./optimise.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (e: MessageEvent<OptimiseReply | { type?: unknown }>) => {
      const reply = e.data as OptimiseReply;
      if (reply.type !== 'progress') this.end();
      onReply(reply);
    };
    this.worker.onerror = () => {
      this.end();
      onReply({ type: 'failed', problem: navigator.onLine ? 'failed' : 'offline' });
    };
    this.worker.postMessage(request);
  }

  end(): void {
    this.worker.terminate();
  }
}

/**
 * Fetches the optimiser's WebAssembly ahead, so a fit works offline later (the
 * service worker keeps it: src/sw/kept-files.ts). True once it is kept.
 */
export async function keepOptimiserOffline(): Promise<boolean> {
  if (!('caches' in self) || !navigator.serviceWorker?.controller) return false;
  if (await caches.match(wasmUrl)) return true;
  if (!navigator.onLine) return false;
  const response = await fetch(wasmUrl).catch(() => null);
  // Let the service worker finish storing it (it puts the copy before it answers).
  return !!response?.ok && !!(await caches.match(wasmUrl));
}
