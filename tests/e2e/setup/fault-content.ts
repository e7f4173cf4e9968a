// A content folder for fault tests, built into its own copy of the app
// (LOVI_CONTENT): the seed deck as shipped, a deck large enough that its
// install takes many transactions, and a deck whose text is markup and script.
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../../../scripts/fixtures/corpus.ts';
import { buildWithDecks } from './build-content.ts';

export const LARGE = 'faults-large';
export const HOSTILE = 'faults-hostile';
/** Pairs in the large deck: 24 install transactions of 500. */
export const LARGE_PAIRS = 12_000;

/** Markup in deck text that would run if it were ever treated as HTML. */
export const HOSTILE_LAO = 'ສະບາຍດີ <img src=x onerror="window.__pwned=1"> ຂອບໃຈ';
export const HOSTILE_VI = 'Xin chào <script>window.__pwned=1</script> <b>cảm ơn</b>';
export const HOSTILE_TITLE = '<i>ອັນຕະລາຍ</i>';

/** Builds the app with the fault decks; returns the folder to serve. */
export function buildFaultApp(): Promise<string> {
  return buildWithDecks('faults', [
    { id: LARGE, title: { lo: 'ຊຸດໃຫຍ່', vi: 'Bộ lớn' }, tsv: generateCorpus(LARGE_PAIRS) },
    { id: HOSTILE, title: { lo: HOSTILE_TITLE, vi: '<i>nguy hiểm</i>' }, tsv: `${HOSTILE_LAO}\t${HOSTILE_VI}\n` },
  ], (content) => cpSync(fileURLToPath(new URL('../../../content', import.meta.url)), content, { recursive: true }));
}
