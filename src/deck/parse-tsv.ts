// TSV as corpora and spreadsheets write it: one pair a line, no quoting
// (a quote mark in a sentence is just a character).
import { fieldsAt, rowsToPairs, type TableResult } from './table.ts';
import { splitLines } from './lines.ts';

export function parseTsv(file: string, text: string): TableResult {
  const rows = splitLines(text).map((line, i) => fieldsAt(line.split('\t'), i + 1));
  return rowsToPairs(file, rows, 'tab');
}
