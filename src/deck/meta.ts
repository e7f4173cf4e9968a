// deck.json: a deck's metadata and its source files.
import type { DeckMeta, Diagnostic } from './types.ts';

export interface DeckManifest extends DeckMeta {
  /** Source files, relative to deck.json, in study order. */
  sources: string[];
  /** The sources come from a machine-translation corpus: undo its tokenisation (as `--detok` does). */
  detok?: boolean;
}

const DECK_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export type ManifestResult = { ok: true; manifest: DeckManifest } | { ok: false; diagnostics: Diagnostic[] };

export function parseManifest(file: string, text: string): ManifestResult {
  const fail = (message: string): ManifestResult => ({
    ok: false,
    diagnostics: [{ severity: 'error', code: 'bad-deck-meta', file, line: 0, column: 0, message }],
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    return fail(`not valid JSON (${(e as Error).message})`);
  }
  if (typeof data !== 'object' || data === null) return fail('expected a JSON object');
  const d = data as Record<string, unknown>;
  if (typeof d.id !== 'string' || !DECK_ID.test(d.id)) return fail('expected "id": lower-case letters, digits and dashes, e.g. "kpl-2018-e-services"');
  const title = d.title as Record<string, unknown> | undefined;
  if (typeof title?.lo !== 'string' || typeof title.vi !== 'string' || !title.lo.trim() || !title.vi.trim()) {
    return fail('expected "title": { "lo": "…", "vi": "…" } with both titles');
  }
  if (d.from !== 'lo' || d.to !== 'vi') return fail('expected "from": "lo" and "to": "vi" (Lovi decks go from Lao to Vietnamese)');
  if (!Array.isArray(d.sources) || d.sources.length === 0 || !d.sources.every((s) => typeof s === 'string')) {
    return fail('expected "sources": a list of source files, e.g. ["pairs.tsv"]');
  }
  if (d.source !== undefined && typeof d.source !== 'string') return fail('expected "source" to be text, e.g. "KPL (kpl.gov.la)"');
  if (d.detok !== undefined && typeof d.detok !== 'boolean') return fail('expected "detok" to be true or false');
  if (d.course !== undefined && typeof d.course !== 'boolean') return fail('expected "course" to be true or false');
  const manifest: DeckManifest = {
    id: d.id,
    title: { lo: title.lo, vi: title.vi, ...(typeof title.en === 'string' ? { en: title.en } : {}) },
    from: 'lo',
    to: 'vi',
    sources: d.sources as string[],
    ...(typeof d.source === 'string' ? { source: d.source } : {}),
    ...(d.detok === true ? { detok: true } : {}),
    ...(d.course === true ? { course: true } : {}),
  };
  return { ok: true, manifest };
}

/** Metadata for a loose source file compiled on its own: named after the file. */
export function metaForFile(path: string): DeckMeta {
  const base = path.split(/[\\/]/).pop()!.replace(/\.[^.]*$/, '');
  const id = base.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 64) || 'deck';
  return { id, title: { lo: base, vi: base }, from: 'lo', to: 'vi' };
}
