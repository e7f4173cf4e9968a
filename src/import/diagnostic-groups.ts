// Diagnostics for a learner: grouped by kind with a count and the first few
// line numbers, errors first. A corpus of 2,000 pairs can give 200 warnings;
// a wall of them helps nobody. Pure.
import type { Diagnostic, DiagnosticCode, Severity } from '../deck/types.ts';

/** Lines listed per kind; the count says how many there are in all. */
export const LINES_SHOWN = 8;

export interface DiagnosticGroup {
  code: DiagnosticCode;
  severity: Severity;
  count: number;
  /** The first LINES_SHOWN line numbers (0: the whole file). */
  lines: number[];
  /** The compiler's own words for the first one (English), for details. */
  example: string;
}

export function groupDiagnostics(diagnostics: readonly Diagnostic[]): DiagnosticGroup[] {
  const groups = new Map<DiagnosticCode, DiagnosticGroup>();
  for (const d of diagnostics) {
    const g = groups.get(d.code) ?? { code: d.code, severity: d.severity, count: 0, lines: [], example: d.message };
    g.count++;
    if (g.lines.length < LINES_SHOWN && !g.lines.includes(d.line)) g.lines.push(d.line);
    groups.set(d.code, g);
  }
  return [...groups.values()].sort((a, b) => (a.severity === b.severity ? b.count - a.count : a.severity === 'error' ? -1 : 1));
}
