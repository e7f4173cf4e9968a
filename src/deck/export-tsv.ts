// A deck as a TSV file with Anki's header lines: Lovi reads it back to the
// same pair ids (the id column), so a learner's progress follows it, and Anki
// imports it as notes (the id as each note's guid, tags as tags). Pure.
import type { Pair } from './types.ts';

export type ExportedPair = Pick<Pair, 'id' | 'lo' | 'vi' | 'tags' | 'note'>;

/** Tabs and line breaks would split a field: a normalised deck has none, but a field is never trusted to. */
const field = (text: string) => text.replace(/[\t\r\n]+/g, ' ');

export function deckTsv(pairs: readonly ExportedPair[]): string {
  const lines = [
    '#separator:tab',
    '#html:false',
    '#columns:id\tlo\tvi\ttags\tnote',
    '#guid column:1',
    '#tags column:4',
    ...pairs.map((p) => [p.id, p.lo, p.vi, (p.tags ?? []).join(' '), p.note ?? ''].map(field).join('\t')),
  ];
  return `${lines.join('\n')}\n`;
}
