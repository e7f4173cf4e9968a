// The deck compiler's command line: `npm run deck -- check|build <input>...`.
// Exit codes: 0 no errors (warnings allowed), 1 errors, 2 usage errors.
import { closeSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  compileDeck, deckSummary, formatDiagnostic, summarise,
  type CompiledDeck, type Diagnostic, type ReportCounts,
} from '../src/deck/index.ts';
import { deckJson } from '../src/deck/json.ts';
import { loadInputs } from './deck-files.ts';

const USAGE = `usage: npm run deck -- check <input>... [--json] [--detok] [--strict]
       npm run deck -- build <input>... --out <dir> [--json] [--detok] [--strict]

<input> is a deck folder (with deck.json), a .tsv/.txt/.csv file, or one file
of a parallel .lo/.vi pair. Each input becomes one deck.
  --out <dir>  where build writes <deck-id>.json and index.json
  --json       print the report as JSON
  --detok      undo MT-corpus tokenisation ("a , b" -> "a, b")
  --strict     treat every warning as an error`;

function usage(message: string): never {
  process.stderr.write(`deck: ${message}\n${USAGE}\n`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        json: { type: 'boolean', default: false },
        detok: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    usage((e as Error).message);
  }
}

function main(): number {
  const { values, positionals } = parse();
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const [command, ...inputs] = positionals;
  if (command !== 'check' && command !== 'build') usage(command ? `unknown command "${command}"` : 'missing command');
  if (inputs.length === 0) usage('no input given');
  if (command === 'build' && !values.out) usage('build needs --out <dir>');
  if (command === 'check' && values.out) usage('--out goes with build');

  const loaded = loadInputs(inputs);
  const results = loaded.map((input) => compileDeck(input, { detok: values.detok || undefined, strict: values.strict, emit: command === 'build' }));
  const diagnostics = results.flatMap((r) => r.report.diagnostics);
  const decks = results.flatMap((r) => (r.deck ? [r.deck] : []));
  diagnostics.push(...duplicateDeckIds(loaded.map((input) => input.meta.id)));
  const counts = total(results.map((r) => r.report.counts));
  counts.errors = diagnostics.filter((d) => d.severity === 'error').length;

  let written: string[] = [];
  if (command === 'build' && counts.errors === 0) written = writeDecks(values.out!, decks);

  if (values.json) {
    const report = {
      ok: counts.errors === 0,
      counts,
      decks: results.map((r, i) => ({ id: loaded[i]!.meta.id, counts: r.report.counts })),
      diagnostics,
      written,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    for (const d of diagnostics) process.stdout.write(`${formatDiagnostic(d)}\n`);
    results.forEach((r, i) => process.stdout.write(`deck ${loaded[i]!.meta.id}: ${summarise(r.report.counts)}\n`));
    process.stdout.write(`${counts.errors === 0 ? 'ok' : 'failed'}: ${summarise(counts)}\n`);
    if (written.length) process.stdout.write(`wrote ${written.join(', ')}\n`);
    if (command === 'build' && counts.errors > 0) process.stdout.write('nothing was written\n');
  }
  return counts.errors === 0 ? 0 : 1;
}

function total(all: ReportCounts[]): ReportCounts {
  const sum: ReportCounts = { pairsRead: 0, pairs: 0, cards: 0, duplicatesDropped: 0, pairsDropped: 0, warnings: 0, errors: 0 };
  for (const c of all) for (const k of Object.keys(sum) as (keyof ReportCounts)[]) sum[k] += c[k];
  return sum;
}

function duplicateDeckIds(ids: string[]): Diagnostic[] {
  const seen = new Set<string>();
  return ids.flatMap((id) => {
    if (!seen.has(id)) {
      seen.add(id);
      return [];
    }
    return [{ severity: 'error', code: 'bad-deck-meta', file: id, line: 0, column: 0, message: `two inputs make a deck with the id "${id}"; deck ids must differ` } satisfies Diagnostic];
  });
}

/** Each file is written under a temporary name and renamed, so a crash never leaves half a deck. */
function writeDecks(out: string, decks: CompiledDeck[]): string[] {
  mkdirSync(out, { recursive: true });
  const index = { format: 'lovi-deck-index', version: 1, decks: decks.map((d) => deckSummary(d, `${d.id}.json`)) };
  const files: { name: string; pieces: Iterable<string> }[] = [
    ...decks.map((deck) => ({ name: `${deck.id}.json`, pieces: deckJson(deck) })),
    { name: 'index.json', pieces: [`${JSON.stringify(index, null, 2)}\n`] },
  ];
  const temporary = (name: string) => join(out, `.${name}.tmp-${process.pid}`);
  for (const f of files) {
    const fd = openSync(temporary(f.name), 'w');
    try {
      for (const piece of f.pieces) writeSync(fd, piece);
    } finally {
      closeSync(fd);
    }
  }
  for (const f of files) renameSync(temporary(f.name), join(out, f.name));
  return files.map((f) => join(out, f.name));
}

try {
  process.exitCode = main();
} catch (e) {
  // A bug or an I/O failure (disk full, no permission): a message, not a stack trace.
  process.stderr.write(`deck: ${(e as Error).message}\n`);
  process.exitCode = 1;
}
