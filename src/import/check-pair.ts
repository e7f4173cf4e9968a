// One pair typed by the learner, checked by the same compiler as a file (the
// same rules, the same messages) and given the same id a file would give it.
import { compileDeck } from '../deck/compile.ts';
import type { DiagnosticCode, Pair } from '../deck/types.ts';

export interface TypedPair {
  lo: string;
  vi: string;
  /** Space- or comma-separated. */
  tags?: string;
  note?: string;
}

/** `words`: the pair's learnable words (alone, a sentence's words are its syllables: compounds need a deck). */
export type CheckedPair = { ok: true; pair: Pair; words: string[] } | { ok: false; problems: DiagnosticCode[] };

/** A tab or line break typed into a field would split it: each becomes a space (normalisation collapses them). */
const flat = (text: string) => text.replace(/[\t\r\n]+/g, ' ');

export function checkPair(typed: TypedPair): CheckedPair {
  const line = [typed.lo, typed.vi, typed.tags ?? '', typed.note ?? ''].map(flat).join('\t');
  const bytes = new TextEncoder().encode(`lo\tvi\ttags\tnote\n${line}\n`);
  const result = compileDeck({
    meta: { id: 'typed', title: { lo: '', vi: '' }, from: 'lo', to: 'vi' },
    units: [{ kind: 'table', format: 'tsv', file: { path: 'typed', bytes } }],
  });
  const pair = result.deck?.pairs[0];
  if (pair) return { ok: true, pair, words: (pair.words ?? []).map((w) => result.deck!.vocabulary.words![w]![0]) };
  return { ok: false, problems: result.report.diagnostics.map((d) => d.code).filter((c) => c !== 'empty-deck') };
}
