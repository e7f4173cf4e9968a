// A learner's files or pasted text as compiler sources. Pure.
//   - .csv: CSV; a .lo with a .vi: parallel files;
//   - anything else (.tsv, .txt, a file shared from a chat, pasted text): loose
//     text, whose layout the compiler recognises (parse-loose.ts). The file
//     picker accepts loosely (phones grey out extensions they do not know), so
//     the name is only a hint and the content decides.
import { formatOf } from '../deck/sources.ts';
import type { SourceUnit } from '../deck/sources.ts';
import { hash64 } from '../deck/hash.ts';
import { LEARNER_DECK_PREFIX } from '../deck/identity.ts';
import type { ImportSource } from './protocol.ts';

export function unitsOf(source: ImportSource): SourceUnit[] | null {
  if (source.kind === 'text') return [{ kind: 'loose', file: { path: source.name, bytes: new TextEncoder().encode(source.text) } }];
  const files = source.files.map((f) => ({ path: f.name, bytes: f.bytes }));
  if (files.length === 2) {
    const lo = files.find((f) => formatOf(f.path) === 'parallel-lo');
    const vi = files.find((f) => formatOf(f.path) === 'parallel-vi');
    return lo && vi ? [{ kind: 'parallel', lo, vi }] : null;
  }
  if (files.length !== 1) return null;
  const [file] = files;
  const format = formatOf(file!.path);
  if (format === 'parallel-lo' || format === 'parallel-vi') return null;
  return [format === 'csv' ? { kind: 'table', format: 'csv', file: file! } : { kind: 'loose', file: file! }];
}

/**
 * The deck a title names: the same title, the same deck (importing a file again
 * updates it, progress kept). Learner decks start with "own-", so they never
 * take the id of a deck that comes with the app.
 */
export function learnerDeckId(title: string): string {
  const key = title.normalize('NFC').trim().toLowerCase();
  const slug = key.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40);
  return LEARNER_DECK_PREFIX + (/^[\x00-\x7f]*$/.test(key) && slug ? slug : hash64(key).slice(0, 12));
}
