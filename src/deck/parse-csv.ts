// CSV after RFC 4180, as spreadsheets and Anki export it: fields quoted with
// ", a doubled "" inside quotes is one ", and quoted fields may hold commas
// and line breaks.
import type { Diagnostic } from './types.ts';
import { rowsToPairs, type Field, type Row, type TableResult } from './table.ts';

export function parseCsv(file: string, text: string): TableResult {
  const rows: Row[] = [];
  const errors: Diagnostic[] = [];
  let line = 1;
  let column = 1;
  let i = 0;
  const n = text.length;

  const advance = (ch: string) => {
    if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) {
      line++;
      column = 1;
    } else if (ch !== '\r' && !(ch >= '\uDC00' && ch <= '\uDFFF')) {
      column++;
    }
    i++;
  };

  while (i < n) {
    const rowLine = line;
    const fields: Field[] = [];
    let broken = false;
    let rowDone = false;
    while (!rowDone) {
      const fieldColumn = column;
      let value = '';
      if (text[i] === '"') {
        const openLine = line;
        const openColumn = column;
        advance('"');
        let closed = false;
        while (i < n) {
          const ch = text[i]!;
          if (ch === '"') {
            if (text[i + 1] === '"') {
              value += '"';
              advance(ch);
              advance(ch);
              continue;
            }
            advance(ch);
            closed = true;
            break;
          }
          value += ch;
          advance(ch);
        }
        if (!closed) {
          errors.push({
            severity: 'error', code: 'unterminated-quote', file, line: openLine, column: openColumn,
            message: 'a quoted field opens here and is never closed; expected a closing " (write "" for a quote inside a field)',
          });
          return { pairs: [], diagnostics: errors };
        }
        if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          errors.push({
            severity: 'error', code: 'bad-quote', file, line, column,
            message: `expected , or the end of the line after a closing quote, found "${text[i]}"`,
          });
          // Skip the rest of the row and carry on, so one bad quote gives one diagnostic.
          broken = true;
          while (i < n && text[i] !== '\n' && text[i] !== '\r') advance(text[i]!);
        }
      } else {
        while (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') {
          value += text[i];
          advance(text[i]!);
        }
      }
      fields.push({ text: value, column: fieldColumn });
      if (i < n && text[i] === ',') {
        advance(',');
      } else {
        const endColumn = column;
        if (text[i] === '\r') advance('\r');
        if (text[i] === '\n') advance('\n');
        if (!broken) rows.push({ line: rowLine, fields, endColumn });
        rowDone = true;
      }
    }
  }
  const result = rowsToPairs(file, rows, 'comma');
  return { pairs: result.pairs, diagnostics: [...errors, ...result.diagnostics] };
}
