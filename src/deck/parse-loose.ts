// Text as a learner has it (pasted from a spreadsheet, a chat or a document,
// or a .txt file of unknown shape): the layout is recognised, not declared.
//   - tab-separated lines (a spreadsheet's copy): TSV;
//   - comma-separated lines that read as CSV (quoted where needed);
//   - "ລາວ, Vietnamese" typed in a chat: split at the comma where the Lao stops;
//   - a Lao line, then its Vietnamese on the next (blank lines between pairs allowed).
// Every pair keeps the line it came from, so diagnostics point into the text as given.
import { parseCsv } from './parse-csv.ts';
import { parseTsv } from './parse-tsv.ts';
import { splitLines } from './lines.ts';
import { hasLao, isMostlyLao, measure } from './script.ts';
import type { TableResult } from './table.ts';
import type { RawPair } from './types.ts';

export type LooseLayout = 'tab' | 'csv' | 'lao-comma' | 'alternating';

/** Share of lines that must fit a layout for the text to be read that way. */
const FIT = 0.8;

export function parseLoose(file: string, text: string): TableResult & { layout: LooseLayout } {
  const lines = splitLines(text).map((t, i) => ({ text: t, line: i + 1 })).filter((l) => l.text.trim() !== '');
  const fits = (n: number) => lines.length > 0 && n / lines.length >= FIT;

  if (fits(lines.filter((l) => l.text.includes('\t')).length)) return { ...parseTsv(file, text), layout: 'tab' };

  const alternating = alternatingPairs(file, lines);
  if (alternating) return { pairs: alternating, diagnostics: [], layout: 'alternating' };

  if (lines.some((l) => l.text.includes(','))) {
    const csv = parseCsv(file, text);
    if (csv.diagnostics.every((d) => d.severity !== 'error') && csv.pairs.length > 0) return { ...csv, layout: 'csv' };
    const split = lines.map((l) => laoCommaPair(file, l.text, l.line));
    if (fits(split.filter(Boolean).length)) return { pairs: split.filter((p): p is RawPair => p !== null), diagnostics: [], layout: 'lao-comma' };
  }
  // Nothing fits: read it as TSV, whose diagnostics say what one pair a line should look like.
  return { ...parseTsv(file, text), layout: 'tab' };
}

/** Lao lines each followed by a line that is not Lao (or the other way round: validation swaps them back). */
function alternatingPairs(file: string, lines: { text: string; line: number }[]): RawPair[] | null {
  if (lines.length < 2 || lines.length % 2 !== 0) return null;
  const pairs: RawPair[] = [];
  let alternate = 0;
  for (let i = 0; i < lines.length; i += 2) {
    const a = lines[i]!;
    const b = lines[i + 1]!;
    if (isMostlyLao(measure(a.text)) !== isMostlyLao(measure(b.text))) alternate++;
    pairs.push({ file, viFile: file, line: a.line, loColumn: 1, viColumn: 1, lo: a.text, vi: b.text });
  }
  return alternate / pairs.length >= FIT ? pairs : null;
}

/** `ລາວ, Tiếng Việt, có dấu phẩy`: split at the first comma after which no Lao follows. */
function laoCommaPair(file: string, text: string, line: number): RawPair | null {
  for (let at = text.indexOf(','); at > 0; at = text.indexOf(',', at + 1)) {
    const lo = text.slice(0, at);
    const vi = text.slice(at + 1);
    if (hasLao(lo) && !hasLao(vi) && vi.trim() !== '') return { file, line, loColumn: 1, viColumn: at + 2, lo, vi };
  }
  return null;
}
