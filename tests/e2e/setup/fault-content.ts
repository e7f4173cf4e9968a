// Content folders for fault tests, each built into its own copy of the app
// (LOVI_CONTENT): the seed deck as shipped with a deck large enough that its
// install takes several transactions; and, alone, a deck whose text is markup and script.
import { cpSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateCorpus } from '../../../scripts/fixtures/corpus.ts';
import { buildWithDecks } from './build-content.ts';
import { INSTALL_CHUNK } from '../../../src/storage/install.ts';

export const LARGE = 'faults-large';
export const HOSTILE = 'faults-hostile';
/**
 * Pairs in the large deck: six install transactions, the fewest that leave room to close the
 * page after two have committed and well before the last (the benchmarks carry large sizes).
 */
export const LARGE_PAIRS = 6 * INSTALL_CHUNK;

/** Markup in deck text that would run if it were ever treated as HTML. */
export const HOSTILE_LAO = 'ສະບາຍດີ <img src=x onerror="window.__pwned=1"> ຂອບໃຈ';
export const HOSTILE_VI = 'Xin chào <script>window.__pwned=1</script> <b>cảm ơn</b>';
export const HOSTILE_TITLE = '<i>ອັນຕະລາຍ</i>';

/** Builds the app with the seed and the large deck; returns the folder to serve. */
export function buildLargeDeckApp(): Promise<string> {
  return buildWithDecks('faults', [
    { id: LARGE, title: { lo: 'ຊຸດໃຫຍ່', vi: 'Bộ lớn' }, tsv: generateCorpus(LARGE_PAIRS) },
  ], (content) => cpSync(fileURLToPath(new URL('../../../content', import.meta.url)), content, { recursive: true }));
}

/** Builds the app with the hostile deck alone; returns the folder to serve. */
export function buildHostileApp(): Promise<string> {
  return buildWithDecks('hostile', [
    { id: HOSTILE, title: { lo: HOSTILE_TITLE, vi: '<i>nguy hiểm</i>' }, tsv: `${HOSTILE_LAO}\t${HOSTILE_VI}\n` },
  ]);
}
