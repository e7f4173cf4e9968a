// A synthetic corpus for benchmarks: sentences built from the seed deck's own
// words, so lengths and scripts are those of real KPL text. Deterministic
// (seeded), so runs compare.
import { readFileSync } from 'node:fs';
import { laoTokenizer, vietnameseTokens } from '../../src/deck/tokens.ts';

export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generateCorpus(pairs: number, seed = 1): string {
  const seedText = readFileSync(new URL('../../content/kpl-2018-asean-e-services/pairs.tsv', import.meta.url), 'utf8');
  const rows = seedText.trim().split('\n').map((l) => l.split('\t') as [string, string]);
  const loWords = [...new Set(rows.flatMap(([lo]) => laoTokenizer()(lo)))];
  const viWords = [...new Set(rows.flatMap(([, vi]) => vietnameseTokens(vi)))];
  const random = seededRandom(seed);
  const pick = (words: string[]) => words[Math.floor(random() * words.length)]!;
  const lines: string[] = [];
  for (let i = 0; i < pairs; i++) {
    // 6–20 words a sentence: the seed's sentences are 10–60 words, study decks shorter.
    const n = 6 + Math.floor(random() * 15);
    let lo = '';
    const vi: string[] = [];
    for (let w = 0; w < n; w++) {
      lo += pick(loWords) + (random() < 0.2 ? ' ' : '');
      vi.push(pick(viWords));
    }
    vi[0] = vi[0]!.charAt(0).toUpperCase() + vi[0]!.slice(1);
    lines.push(`${lo.trim()} ${i}.\t${vi.join(' ')} ${i}.`);
  }
  return `${lines.join('\n')}\n`;
}
