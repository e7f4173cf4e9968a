// The page's side of the import worker (Squoosh's worker-bridge is the model):
// one worker per import, started when the learner starts one (the compiler is
// not in the start-up scripts), ended on cancel or when the job is done.
// Cancel before saving writes nothing: the worker is simply stopped.
import type { ImportReply, ImportRequest, ImportSource } from './protocol.ts';

export class ImportJob {
  private readonly worker: Worker;

  constructor(onReply: (reply: ImportReply) => void) {
    // Vite finds the worker only with new URL(...) written inside new Worker(...).
    this.worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    this.worker.onmessage = (e: MessageEvent<ImportReply>) => onReply(e.data);
    this.worker.onerror = () => onReply({ type: 'failed', problem: 'save-failed' });
  }

  private send(request: ImportRequest, transfer: Transferable[] = []): void {
    this.worker.postMessage(request, transfer);
  }

  /** The files' bytes move to the worker (transferred, not copied). */
  compile(source: ImportSource, title: string): void {
    this.send({ type: 'compile', source, title }, source.kind === 'files' ? source.files.map((f) => f.bytes.buffer) : []);
  }

  compare(title: string): void {
    this.send({ type: 'compare', title });
  }

  save(title: string): void {
    this.send({ type: 'save', title });
  }

  end(): void {
    this.worker.terminate();
  }
}
