// Rows of fields (from TSV or CSV) to raw pairs: header detection, column
// mapping, column-count checks and Anki's export headers.
import { codePointLength } from './lines.ts';
import type { Diagnostic, RawPair } from './types.ts';

export interface Field {
  text: string;
  /** 1-based column where the field starts. */
  column: number;
}

export interface Row {
  line: number;
  fields: Field[];
  /** Column just past the end of the row's last line, for "missing column" diagnostics. */
  endColumn: number;
}

type ColumnName = 'lo' | 'vi' | 'id' | 'tags' | 'note';

const HEADER_NAMES: Record<string, ColumnName> = {
  lo: 'lo', lao: 'lo', laotian: 'lo', 'ລາວ': 'lo', 'ພາສາລາວ': 'lo',
  vi: 'vi', vie: 'vi', vietnamese: 'vi', 'tiếng việt': 'vi', 'ຫວຽດນາມ': 'vi', 'ພາສາຫວຽດນາມ': 'vi',
  id: 'id', guid: 'id',
  tags: 'tags', tag: 'tags',
  note: 'note', notes: 'note',
};

export interface TableResult {
  pairs: RawPair[];
  diagnostics: Diagnostic[];
}

/** Anki writes `#separator:tab`, `#html:true`… before the notes. */
const ANKI_HEADER = /^#[a-z ]+:/i;

export function rowsToPairs(file: string, rows: Row[], separatorName: string): TableResult {
  const diagnostics: Diagnostic[] = [];
  const pairs: RawPair[] = [];
  let start = 0;
  let html = false;
  // Anki's `#columns:id<TAB>lo<TAB>vi…` names the columns as a header line would (Lovi's own deck export writes it).
  let ankiColumns: Row | null = null;
  while (start < rows.length && ANKI_HEADER.test(rows[start]!.fields[0]?.text ?? '')) {
    const row = rows[start]!;
    const first = row.fields.map((f) => f.text).join(',');
    if (/^#html:\s*true/i.test(first)) html = true;
    if (/^#columns:/i.test(first)) {
      const [head, ...rest] = row.fields;
      ankiColumns = { ...row, fields: [{ text: head!.text.replace(/^#columns:/i, ''), column: head!.column + '#columns:'.length }, ...rest] };
    }
    start++;
  }

  let columns: (ColumnName | undefined)[] = ['lo', 'vi'];
  const headerRow = ankiColumns ?? rows.slice(start).find((r) => !isBlank(r));
  if (headerRow && isHeader(headerRow)) {
    columns = headerRow.fields.map((f) => HEADER_NAMES[f.text.trim().toLowerCase()]);
    headerRow.fields.forEach((f, i) => {
      if (columns[i] === undefined && f.text.trim() !== '') {
        diagnostics.push({
          severity: 'warning', code: 'unknown-column', file, line: headerRow.line, column: f.column,
          message: `unknown column "${f.text.trim()}" is ignored; known columns are lo, vi, id, tags, note`,
        });
      }
    });
    const seen = new Set<ColumnName>();
    columns.forEach((c, i) => {
      if (c === undefined) return;
      if (seen.has(c)) {
        diagnostics.push({
          severity: 'error', code: 'bad-header', file, line: headerRow.line, column: headerRow.fields[i]!.column,
          message: `column "${c}" appears twice in the header`,
        });
      }
      seen.add(c);
    });
    if (headerRow !== ankiColumns) start = rows.indexOf(headerRow) + 1;
  }

  const loAt = columns.indexOf('lo');
  const viAt = columns.indexOf('vi');
  const idAt = columns.indexOf('id');
  const tagsAt = columns.indexOf('tags');
  const noteAt = columns.indexOf('note');
  // Spreadsheets drop empty trailing cells, so only the columns up to lo and vi are required.
  const required = Math.max(loAt, viAt) + 1;
  const expected = columns.length === 2 ? 'lao<SEP>vietnamese' : columns.map((c, i) => c ?? `column ${i + 1}`).join('<SEP>');

  for (let r = start; r < rows.length; r++) {
    const row = rows[r]!;
    if (isBlank(row)) continue;
    const n = row.fields.length;
    if (n < required || n > columns.length) {
      const column = n < required ? row.endColumn : row.fields[columns.length]!.column - 1;
      diagnostics.push({
        severity: 'error', code: 'column-count', file, line: row.line, column,
        message: `expected ${columns.length} ${separatorName}-separated columns (${expected.replaceAll('<SEP>', separatorName === 'tab' ? '<TAB>' : ',')}) but found ${n}`,
      });
      continue;
    }
    const text = (i: number) => (i >= 0 && i < n ? clean(row.fields[i]!.text, html) : '');
    const pair: RawPair = {
      file, line: row.line,
      loColumn: row.fields[loAt]!.column, viColumn: row.fields[viAt]!.column,
      lo: text(loAt), vi: text(viAt),
    };
    if (text(idAt).trim()) pair.id = text(idAt).trim();
    const tags = text(tagsAt).split(/[\s,]+/).filter(Boolean);
    if (tags.length) pair.tags = tags;
    if (text(noteAt).trim()) pair.note = text(noteAt);
    pairs.push(pair);
  }
  return { pairs, diagnostics };
}

function isBlank(row: Row): boolean {
  return row.fields.every((f) => f.text.trim() === '');
}

function isHeader(row: Row): boolean {
  const names = row.fields.map((f) => HEADER_NAMES[f.text.trim().toLowerCase()]);
  return names.includes('lo') && names.includes('vi');
}

/** Anki's HTML export: line breaks become spaces, other tags go (entities are decoded later). */
function clean(text: string, html: boolean): string {
  return html ? text.replace(/<br\s*\/?>/gi, ' ').replace(/<[^>]*>/g, '') : text;
}

export function fieldsAt(parts: string[], line: number, separatorWidth = 1): Row {
  let column = 1;
  const fields = parts.map((text) => {
    const field = { text, column };
    column += codePointLength(text) + separatorWidth;
    return field;
  });
  return { line, fields, endColumn: column - separatorWidth };
}
