// The import worker: compiles a learner's file or text with the app's one
// compiler, compares it with the deck already there, and saves it, all off
// the page's thread. The compiled deck never leaves the worker.
/// <reference lib="webworker" />
import { assembleDeck, checkDeck, type CheckedDeck } from '../deck/compile.ts';
import type { CompiledDeck } from '../deck/types.ts';
import { openDatabase, type Database } from '../storage/db.ts';
import { installDeck } from '../storage/install.ts';
import { loadSettings } from '../storage/settings.ts';
import { deckRange } from '../storage/ranges.ts';
import { comparePairs } from './compare.ts';
import { groupDiagnostics, type DiagnosticGroup } from './diagnostic-groups.ts';
import { now } from '../clock.ts';
import { PENDING_IMPORT_KEY, type ImportReply, type ImportRequest, type ImportSource, type ImportStage, type PendingImport } from './protocol.ts';
import { learnerDeckId, unitsOf } from './sources.ts';

declare const self: DedicatedWorkerGlobalScope;

const SAMPLE = 5;
/**
 * The file being imported: checked at once (the preview comes from that, a fifth of a compile's
 * time), its deck assembled when the learner saves it. Not behind the preview: on a phone's one slow
 * core that work delayed the preview's own drawing (bench:import, 10,000 pairs: 26 s to the preview).
 */
let current: { checked: CheckedDeck; groups: DiagnosticGroup[]; source: ImportSource } | null = null;
let database: Promise<Database> | null = null;

const reply = (message: ImportReply) => self.postMessage(message);
const progress = (stage: ImportStage, done = 0, total = 0) => reply({ type: 'progress', stage, done, total });
// A newer app version upgrading the database closes this connection; the next request opens it again.
const db = () => (database ??= openDatabase({ onVersionChange: () => { database = null; } }));

self.onmessage = (event: MessageEvent<ImportRequest>) => {
  void handle(event.data).catch((e: unknown) => {
    const full = e instanceof DOMException && e.name === 'QuotaExceededError';
    reply({ type: 'failed', problem: full ? 'storage-full' : 'save-failed' });
  });
};

async function handle(request: ImportRequest): Promise<void> {
  if (request.type === 'compile') {
    progress('reading');
    const units = unitsOf(request.source);
    if (!units) return reply({ type: 'failed', problem: 'files' });
    progress('checking');
    const title = { lo: request.title, vi: request.title };
    const { checked, report } = checkDeck({ meta: { id: learnerDeckId(request.title), title, from: 'lo', to: 'vi' }, units }, { swapped: 'swap', detok: 'auto' });
    const groups = groupDiagnostics(report.diagnostics);
    if (!checked) {
      current = null;
      return reply({ type: 'preview', preview: { deckId: '', exists: false, counts: { new: 0, changed: 0, unchanged: 0, gone: 0 }, sample: [], pairs: 0, groups, errors: report.counts.errors } });
    }
    current = { checked, groups, source: request.source };
    progress('comparing');
    return preview(request.title);
  }
  if (!current) return;
  // A new title: the preview stays on screen while it is compared (no progress, the learner is typing there).
  if (request.type === 'compare') return preview(request.title);
  // Save: the pairs as compared (a corrected Lao side keeps its pair's id), in chunks, the deck record last.
  const { source } = current;
  const store = await db();
  const deckId = learnerDeckId(request.title);
  const settings = await loadSettings(store);
  const { newOrder } = settings;
  progress('saving', 0, current.checked.pairs.length);
  const assembled = assembleDeck(current.checked);
  const { pairs } = comparePairs(assembled.pairs, await storedPairs(deckId));
  const deck: CompiledDeck = { ...assembled, id: deckId, title: { lo: request.title, vi: request.title }, pairs };
  const pending: PendingImport = { source, title: request.title };
  await store.put('settings', pending, PENDING_IMPORT_KEY);
  await installDeck(store, deck, now(), { onProgress: (done, total) => progress('saving', done, total), newOrder });
  await store.delete('settings', PENDING_IMPORT_KEY);
  reply({ type: 'saved', deckId, pairs: deck.pairs.length });
}

async function storedPairs(deckId: string) {
  return (await db()).getAll('pairs', deckRange(deckId));
}

/** What saving under `title` would change in the deck of that name, told to the page. */
async function preview(title: string): Promise<void> {
  const { checked, groups } = current!;
  const deckId = learnerDeckId(title);
  const [record, stored] = await Promise.all([(await db()).get('decks', deckId), storedPairs(deckId)]);
  const { counts } = comparePairs(checked.pairs.map((p, i) => ({ id: checked.ids[i]!, lo: p.lo, vi: p.vi })), stored);
  reply({ type: 'preview', preview: {
    deckId, exists: record !== undefined, counts,
    sample: checked.pairs.slice(0, SAMPLE).map(({ lo, vi }) => ({ lo, vi })),
    pairs: checked.pairs.length, groups, errors: 0,
  } });
}
