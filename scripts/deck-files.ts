// The file-system side of the deck compiler (Node only): from paths given on
// the command line or found under content/ to the compiler's pure inputs.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import {
  formatOf, metaForFile, parallelPartner, parseManifest, UNKNOWN_FORMAT_HINT,
  type DeckInput, type DeckMeta, type Diagnostic, type SourceUnit,
} from '../src/deck/index.ts';

const MANIFEST = 'deck.json';

/** Paths are shown relative to the working directory, as the user typed them. */
const shown = (path: string) => relative(process.cwd(), path) || path;

function fileError(code: Diagnostic['code'], path: string, message: string): Diagnostic {
  return { severity: 'error', code, file: shown(path), line: 0, column: 0, message };
}

/** One deck per deck directory (with deck.json) and per loose source file (.lo and .vi of one name count once). */
export function loadInputs(paths: string[]): DeckInput[] {
  const decks: DeckInput[] = [];
  const seenParallel = new Set<string>();
  for (const given of paths) {
    const path = resolve(given);
    if (!existsSync(path)) {
      decks.push({ meta: metaForFile(path), units: [], diagnostics: [fileError('file-not-found', path, 'no such file or directory')] });
    } else if (statSync(path).isDirectory()) {
      decks.push(loadDeckDirectory(path));
    } else {
      const key = path.replace(/\.(lo|vi)$/i, '');
      if (/\.(lo|vi)$/i.test(path)) {
        if (seenParallel.has(key)) continue;
        seenParallel.add(key);
      }
      const diagnostics: Diagnostic[] = [];
      const unit = loadUnit(path, diagnostics);
      decks.push({ meta: metaForFile(key), units: unit ? [unit] : [], diagnostics });
    }
  }
  return decks;
}

/** Every deck directory directly under a content folder. */
export function loadContentFolder(folder: string): DeckInput[] {
  return listDeckDirectories(folder).map(loadDeckDirectory);
}

export function listDeckDirectories(folder: string): string[] {
  return readdirSorted(folder).filter((d) => existsSync(join(folder, d, MANIFEST))).map((d) => join(folder, d));
}

function readdirSorted(folder: string): string[] {
  return existsSync(folder) ? readdirSync(folder).sort() : [];
}


export function loadDeckDirectory(dir: string): DeckInput {
  const manifestPath = join(dir, MANIFEST);
  const fallback: DeckMeta = metaForFile(dir);
  if (!existsSync(manifestPath)) {
    return { meta: fallback, units: [], diagnostics: [fileError('bad-deck-meta', manifestPath, `no ${MANIFEST} in this deck folder; expected one with id, title, from, to and sources`)] };
  }
  const parsed = parseManifest(shown(manifestPath), readFileSync(manifestPath, 'utf8'));
  if (!parsed.ok) return { meta: fallback, units: [], diagnostics: parsed.diagnostics };
  const { sources, detok, ...meta } = parsed.manifest;
  const diagnostics: Diagnostic[] = [];
  const units: SourceUnit[] = [];
  const seen = new Set<string>();
  for (const source of sources) {
    const path = resolve(dirname(manifestPath), source);
    const key = path.replace(/\.(lo|vi)$/i, '');
    if (seen.has(key)) continue;
    seen.add(key);
    const unit = loadUnit(path, diagnostics);
    if (unit) units.push(unit);
  }
  return { meta, units, diagnostics, ...(detok ? { detok } : {}) };
}

function loadUnit(path: string, diagnostics: Diagnostic[]): SourceUnit | null {
  const read = (p: string) => {
    if (!existsSync(p)) {
      diagnostics.push(fileError('file-not-found', p, 'no such file'));
      return null;
    }
    return { path: shown(p), bytes: new Uint8Array(readFileSync(p)) };
  };
  const format = formatOf(path);
  if (format === null) {
    diagnostics.push(fileError('unknown-format', path, `unknown kind of file; ${UNKNOWN_FORMAT_HINT}`));
    return null;
  }
  if (format === 'tsv' || format === 'csv') {
    const file = read(path);
    return file && { kind: 'table', format, file };
  }
  const loPath = format === 'parallel-lo' ? path : parallelPartner(path);
  const lo = read(loPath);
  const vi = read(parallelPartner(loPath));
  return lo && vi ? { kind: 'parallel', lo, vi } : null;
}
