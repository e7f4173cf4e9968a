// Finishing an import whose save was cut short (the page closed mid-way): its
// source and title were stored before the first write, so the next start
// compiles and saves it again. Writes are idempotent (cards are added or kept,
// the deck record comes last), so what was written before is simply completed.
import { ImportJob } from './import-job.ts';
import type { PendingImport } from './protocol.ts';

export function finishImport(pending: PendingImport, onProgress: (done: number, total: number) => void): Promise<string | null> {
  return new Promise((resolve) => {
    const job = new ImportJob((reply) => {
      if (reply.type === 'progress' && reply.stage === 'saving') onProgress(reply.done, reply.total);
      else if (reply.type === 'preview') {
        if (reply.preview.errors > 0) {
          job.end();
          resolve(null);
        } else {
          job.save(pending.title);
        }
      } else if (reply.type === 'saved' || reply.type === 'failed') {
        job.end();
        resolve(reply.type === 'saved' ? reply.deckId : null);
      }
    });
    job.compile(pending.source, pending.title);
  });
}
