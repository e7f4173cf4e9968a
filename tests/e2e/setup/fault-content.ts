// A content folder for fault tests, built into its own copy of the app
// (LOVI_CONTENT): the seed deck as shipped, a deck large enough that its
// install takes many transactions, and a deck whose text is markup and script.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildApp } from '../../../scripts/build-app.ts';
import { generateCorpus } from '../../../scripts/fixtures/corpus.ts';

export const LARGE = 'faults-large';
export const HOSTILE = 'faults-hostile';
/** Pairs in the large deck: 24 install transactions of 500. */
export const LARGE_PAIRS = 12_000;

/** Markup in deck text that would run if it were ever treated as HTML. */
export const HOSTILE_LAO = 'ສະບາຍດີ <img src=x onerror="window.__pwned=1"> ຂອບໃຈ';
export const HOSTILE_VI = 'Xin chào <script>window.__pwned=1</script> <b>cảm ơn</b>';
export const HOSTILE_TITLE = '<i>ອັນຕະລາຍ</i>';

function deck(root: string, id: string, title: { lo: string; vi: string }, tsv: string): void {
  const dir = `${root}/${id}`;
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}/deck.json`, JSON.stringify({ id, title, from: 'lo', to: 'vi', sources: ['pairs.tsv'] }));
  writeFileSync(`${dir}/pairs.tsv`, tsv);
}

/** Builds the app with the fault decks; returns the folder to serve. */
export async function buildFaultApp(): Promise<string> {
  const content = fileURLToPath(new URL('../../artifacts/content-faults', import.meta.url));
  rmSync(content, { recursive: true, force: true });
  cpSync(fileURLToPath(new URL('../../../content', import.meta.url)), content, { recursive: true });
  deck(content, LARGE, { lo: 'ຊຸດໃຫຍ່', vi: 'Bộ lớn' }, generateCorpus(LARGE_PAIRS));
  deck(content, HOSTILE, { lo: HOSTILE_TITLE, vi: '<i>nguy hiểm</i>' }, `${HOSTILE_LAO}\t${HOSTILE_VI}\n`);
  return buildApp(fileURLToPath(new URL('../../artifacts/dist-faults', import.meta.url)), { LOVI_CONTENT: content });
}
