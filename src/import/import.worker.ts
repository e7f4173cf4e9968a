// The import worker: compiles a learner's file or text with the app's one
// compiler, compares it with the deck already there, and saves it, all off
// the page's thread. The compiled deck never leaves the worker.
/// <reference lib="webworker" />
import { compileDeck } from '../deck/compile.ts';
import type { CompiledDeck } from '../deck/types.ts';
import { openDatabase, type Database } from '../storage/db.ts';
import { installDeck } from '../storage/install.ts';
import { loadSettings } from '../storage/settings.ts';
import { deckRange } from '../storage/ranges.ts';
import { comparePairs, type Comparison } from './compare.ts';
import { groupDiagnostics, type DiagnosticGroup } from './diagnostic-groups.ts';
import { now } from '../clock.ts';
import { PENDING_IMPORT_KEY, type ImportReply, type ImportRequest, type ImportSource, type ImportStage, type PendingImport } from './protocol.ts';
import { learnerDeckId, unitsOf } from './sources.ts';

declare const self: DedicatedWorkerGlobalScope;

const SAMPLE = 5;
let compiled: { deck: CompiledDeck; groups: DiagnosticGroup[]; source: ImportSource } | null = null;
let comparison: Comparison | null = null;
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
    const result = compileDeck({ meta: { id: learnerDeckId(request.title), title, from: 'lo', to: 'vi' }, units }, {
      swapped: 'swap', detok: 'auto', onProgress: (done, total) => progress('words', done, total),
    });
    const groups = groupDiagnostics(result.report.diagnostics);
    compiled = result.deck ? { deck: result.deck, groups, source: request.source } : null;
    comparison = null;
    if (!result.deck) {
      return reply({ type: 'preview', preview: { deckId: '', exists: false, counts: { new: 0, changed: 0, unchanged: 0, gone: 0 }, sample: [], pairs: 0, groups, errors: result.report.counts.errors } });
    }
    progress('comparing');
    return compare(request.title, true);
  }
  if (!compiled) return;
  // A new title: the preview stays on screen while it is compared (no progress, the learner is typing there).
  if (request.type === 'compare') return compare(request.title, true);
  // Save: the pairs as compared (a corrected Lao side keeps its pair's id), in chunks, the deck record last.
  const store = await db();
  const deckId = learnerDeckId(request.title);
  if (!comparison || compiled.deck.id !== deckId) await compare(request.title, false);
  const deck: CompiledDeck = { ...compiled.deck, id: deckId, title: { lo: request.title, vi: request.title }, pairs: comparison!.pairs };
  const settings = await loadSettings(store);
  const { newOrder } = settings;
  progress('saving', 0, deck.pairs.length);
  const pending: PendingImport = { source: compiled.source, title: request.title };
  await store.put('settings', pending, PENDING_IMPORT_KEY);
  await installDeck(store, deck, now(), { onProgress: (done, total) => progress('saving', done, total), newOrder });
  await store.delete('settings', PENDING_IMPORT_KEY);
  reply({ type: 'saved', deckId, pairs: deck.pairs.length });
}

/** Compares with the deck the title names; `preview`: and tells the page. */
async function compare(title: string, preview: boolean): Promise<void> {
  const deck = compiled!.deck;
  const deckId = learnerDeckId(title);
  const store = await db();
  const [record, stored] = await Promise.all([store.get('decks', deckId), store.getAll('pairs', deckRange(deckId))]);
  comparison = comparePairs(deck.pairs, stored);
  compiled = { ...compiled!, deck: { ...deck, id: deckId } };
  if (!preview) return;
  reply({ type: 'preview', preview: {
    deckId, exists: record !== undefined, counts: comparison.counts,
    sample: deck.pairs.slice(0, SAMPLE).map(({ lo, vi }) => ({ lo, vi })),
    pairs: deck.pairs.length, groups: compiled!.groups, errors: 0,
  } });
}
