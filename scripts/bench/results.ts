// Benchmark figures as data: when `npm run bench` runs a benchmark it sets
// BENCH_OUT, and each figure is appended there as one JSON line.
import { appendFileSync } from 'node:fs';
import type { Summary } from './stats.ts';

export interface Figure {
  bench: 'deck' | 'first-visit' | 'review' | 'stats' | 'data' | 'import' | 'optimise' | 'history' | 'sync' | 'pitch' | 'voice' | 'week';
  /** What was measured, e.g. "build", "rating → next card". */
  figure: string;
  /** The scale, e.g. { pairs: 100000 } or { cards: 100000, reviews: 500000 }. */
  scale: Record<string, number>;
  unit: 'ms' | 'MB' | 'KB' | 'bytes' | 'pairs/s' | 'cents' | 'share' | 'count' | 'ratio';
  summary: Summary;
  /** The goal the issues set, where there is one: the figure's median (or p95) must be at most this. */
  goal?: { at: 'median' | 'p95'; max: number };
}

export function record(figure: Figure): void {
  const out = process.env.BENCH_OUT;
  if (out) appendFileSync(out, `${JSON.stringify(figure)}\n`);
}
