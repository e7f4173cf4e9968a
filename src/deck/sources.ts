// Which parser reads which file, and the reading of one source into raw pairs.
import { decodeText } from './decode.ts';
import { parseCsv } from './parse-csv.ts';
import { parseParallel } from './parse-parallel.ts';
import { parseTsv } from './parse-tsv.ts';
import { parseLoose } from './parse-loose.ts';
import type { Diagnostic, RawPair, SourceFile } from './types.ts';

export type Format = 'tsv' | 'csv' | 'parallel-lo' | 'parallel-vi';

export function formatOf(path: string): Format | null {
  const ext = /\.([^.\\/]+)$/.exec(path)?.[1]?.toLowerCase();
  switch (ext) {
    case 'tsv': case 'tab': case 'txt': return 'tsv';
    case 'csv': return 'csv';
    case 'lo': return 'parallel-lo';
    case 'vi': return 'parallel-vi';
    default: return null;
  }
}

/** For `name.lo` the path of `name.vi`, and the other way round. */
export function parallelPartner(path: string): string {
  return path.replace(/\.(lo|vi)$/i, (_, ext: string) => (ext.toLowerCase() === 'lo' ? '.vi' : '.lo'));
}

export type SourceUnit =
  | { kind: 'table'; format: 'tsv' | 'csv'; file: SourceFile }
  | { kind: 'parallel'; lo: SourceFile; vi: SourceFile }
  /** Text of unknown layout (pasted, or a learner's .txt): tabs, commas or alternating lines, recognised (parse-loose.ts). */
  | { kind: 'loose'; file: SourceFile };

export const UNKNOWN_FORMAT_HINT = 'expected .tsv, .txt, .csv, or a parallel .lo/.vi pair';

export function readUnit(unit: SourceUnit): { pairs: RawPair[]; diagnostics: Diagnostic[] } {
  if (unit.kind !== 'parallel') {
    const text = decodeText(unit.file.path, unit.file.bytes);
    if (!text.ok) return { pairs: [], diagnostics: [text.diagnostic] };
    const parse = unit.kind === 'loose' ? parseLoose : unit.format === 'csv' ? parseCsv : parseTsv;
    const read = parse(unit.file.path, text.text);
    return { pairs: read.pairs, diagnostics: [...text.warnings, ...read.diagnostics] };
  }
  const lo = decodeText(unit.lo.path, unit.lo.bytes);
  const vi = decodeText(unit.vi.path, unit.vi.bytes);
  const bad = [lo, vi].flatMap((d) => (d.ok ? [] : [d.diagnostic]));
  if (!lo.ok || !vi.ok) return { pairs: [], diagnostics: bad };
  const read = parseParallel(unit.lo.path, lo.text, unit.vi.path, vi.text);
  return { pairs: read.pairs, diagnostics: [...lo.warnings, ...vi.warnings, ...read.diagnostics] };
}
