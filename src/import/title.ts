// The deck name an import suggests (the page side: the compiler is not needed
// to show it, so this stays apart from sources.ts, which the worker uses).
import type { ImportSource } from './protocol.ts';

/** The title a file suggests: its name without the extension(s) it was chosen by. */
export function titleOf(source: ImportSource): string {
  if (source.kind === 'text') return source.name;
  return source.files[0]!.name.replace(/\.(tsv|tab|txt|csv|lo|vi)$/i, '').trim() || source.files[0]!.name;
}
