// A deck of very long sentences (600 characters and more on both sides, made
// of the seed's own sentences run together), built into its own copy of the
// app: the review screen must keep its actions in reach whatever the card holds.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildWithDecks } from './build-content.ts';

export const LONG = 'long-sentences';
export const LONG_CHARS = 600;

function longPairs(): string {
  const seed = readFileSync(fileURLToPath(new URL('../../../content/kpl-2018-asean-e-services/pairs.tsv', import.meta.url)), 'utf8')
    .trim().split('\n').map((line) => line.split('\t') as [string, string]);
  const lines: string[] = [];
  for (let start = 0; lines.length < 4; start++) {
    let lo = '';
    let vi = '';
    for (let i = start; lo.length < LONG_CHARS || vi.length < LONG_CHARS; i++) {
      const [l, v] = seed[i % seed.length]!;
      lo = lo ? `${lo} ${l}` : l;
      vi = vi ? `${vi} ${v}` : v;
    }
    lines.push(`${lo}\t${vi}`);
  }
  return `${lines.join('\n')}\n`;
}

export function buildLongApp(): Promise<string> {
  return buildWithDecks('long', [{ id: LONG, title: { lo: 'ປະໂຫຍກຍາວ', vi: 'Câu dài' }, tsv: longPairs() }]);
}
