// The import screen's state: choose a file or paste text → the worker reads
// and checks it → preview → save (or cancel: nothing written) → done. One
// worker per import, ended when the screen closes.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ImportJob } from '../../import/import-job.ts';
import type { ImportPreview, ImportReply, ImportSource, ImportStage } from '../../import/protocol.ts';
import { titleOf } from '../../import/title.ts';
import type { Store } from '../store.ts';

export type ImportProblem = 'files' | 'storage-full' | 'save-failed';

export type ImportPhase =
  | { name: 'choose'; problem: ImportProblem | null }
  | { name: 'busy'; stage: ImportStage; done: number; total: number }
  | { name: 'preview'; preview: ImportPreview }
  | { name: 'done'; deckId: string; pairs: number };

/** How long the title must rest before the preview compares with the deck it now names. */
const TITLE_PAUSE_MS = 300;

export function useImport(store: Store, pastedTitle: string, shared?: ImportSource) {
  const [phase, setPhase] = useState<ImportPhase>({ name: 'choose', problem: null });
  const [title, setTitle] = useState('');
  const job = useRef<ImportJob | null>(null);
  const titleTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const end = () => {
    job.current?.end();
    job.current = null;
  };
  useEffect(() => {
    if (shared) start(shared);
    return end;
  }, []);

  const onReply = (reply: ImportReply) => {
    if (reply.type === 'progress') setPhase({ name: 'busy', stage: reply.stage, done: reply.done, total: reply.total });
    else if (reply.type === 'preview') setPhase({ name: 'preview', preview: reply.preview });
    else if (reply.type === 'failed') {
      end();
      setPhase({ name: 'choose', problem: reply.problem });
    } else {
      end();
      setPhase({ name: 'done', deckId: reply.deckId, pairs: reply.pairs });
      void store.deckChanged(reply.deckId);
    }
  };

  const start = (source: ImportSource) => {
    end();
    const name = titleOf(source) || pastedTitle;
    setTitle(name);
    setPhase({ name: 'busy', stage: 'reading', done: 0, total: 0 });
    job.current = new ImportJob(onReply);
    job.current.compile(source, name);
  };

  return {
    phase,
    title,
    async fromFiles(list: FileList | null) {
      if (!list || list.length === 0) return;
      const files = await Promise.all([...list].map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
      start({ kind: 'files', files });
    },
    fromText(text: string) {
      if (text.trim()) start({ kind: 'text', name: pastedTitle, text });
    },
    rename(next: string) {
      setTitle(next);
      clearTimeout(titleTimer.current);
      if (next.trim()) titleTimer.current = setTimeout(() => job.current?.compare(next.trim()), TITLE_PAUSE_MS);
    },
    save() {
      clearTimeout(titleTimer.current);
      if (title.trim()) job.current?.save(title.trim());
    },
    /** Before saving: nothing was written, and the worker is stopped. */
    cancel() {
      end();
      setPhase({ name: 'choose', problem: null });
    },
  };
}
