// `npm run bench:history`: what the compact history costs on the phone.
// A synthetic learner's backup of N reviews (over N / 5 studied cards of a
// deck of N / 8 pairs) is imported through the backup screen into a fresh
// profile on disk, and so is the same deck with no reviews into another;
// navigator.storage.estimate() after each (the browser closed and opened
// again first, so what is counted is what stays) gives what the reviews cost
// at rest: the log with its index, and what studying adds to the cards
// (their state, the days of their entries). The whole profile per review is
// printed beside. Unthrottled: bytes do not depend on speed; the import's
// time is bench:data's.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { persistentPhone } from './chromium.ts';
import { buildApp } from './build-app.ts';
import { serveStatic } from './static-server.ts';
import { DECK } from './bench/seeded-profile.ts';
import { backupFileBytes, syntheticBackup } from './fixtures/synthetic-backup.ts';
import { fmt, summarise } from './bench/stats.ts';
import { record } from './bench/results.ts';
import { seededRandom } from './fixtures/corpus.ts';
import type { LogEntry } from '../src/history/entry.ts';
import { replayCard } from '../src/history/replay.ts';
import { Timeline } from '../src/history/timeline.ts';
import { timedImport } from './bench/timed-import.ts';

const SIZES = (process.env.BENCH_HISTORY ?? '10000,100000,1000000').split(',').filter(Boolean).map(Number);
const REPLAY = (process.env.BENCH_REPLAY ?? '100000,1000000').split(',').filter(Boolean).map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** The issue's goal; its moonshot is 30. */
const GOAL_BYTES = 100;
const work = mkdtempSync(join(tmpdir(), 'lovi-bench-history-'));

async function usage(profile: string, url: string): Promise<number> {
  const context = await persistentPhone(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.getByTestId(`start-${DECK}`).waitFor({ timeout: 120_000 });
  const bytes = (await page.evaluate(() => navigator.storage.estimate())).usage ?? 0;
  await context.close();
  return bytes;
}

/** The profile's bytes at rest after importing the synthetic learner's deck with `reviews` reviews, and the import's time. */
async function imported(url: string, pairs: number, reviews: number): Promise<{ bytes: number; ms: number }> {
  const file = join(work, `history-${pairs}-${reviews}.json.gz`);
  writeFileSync(file, await backupFileBytes(syntheticBackup({ pairs, reviews })));
  const profile = mkdtempSync(join(work, 'profile-'));
  const context = await persistentPhone(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.getByTestId(`start-${DECK}`).waitFor({ timeout: 120_000 });
  const ms = await timedImport(page, file);
  await context.close();
  const bytes = await usage(profile, url);
  rmSync(profile, { recursive: true, force: true });
  return { bytes, ms };
}

async function bytesPerReview(url: string, reviews: number): Promise<void> {
  const pairs = Math.max(500, reviews / 8);
  const deck = await imported(url, pairs, 0);
  const studied = await imported(url, pairs, reviews);
  const perReview = (studied.bytes - deck.bytes) / reviews;
  console.log(`| ${fmt(reviews)} | ${fmt(pairs)} | ${fmt(deck.bytes / 1024)} KB | ${fmt(studied.bytes / 1024)} KB | ${perReview.toFixed(1)} | ${perReview <= GOAL_BYTES ? 'met' : `missed by ${(perReview - GOAL_BYTES).toFixed(0)}`} | ${(studied.bytes / reviews).toFixed(0)} | ${fmt(studied.ms)} ms |`);
  record({ bench: 'history', figure: 'bytes per review at rest', scale: { reviews }, unit: 'bytes', summary: summarise([perReview]), goal: { at: 'median', max: GOAL_BYTES } });
  record({ bench: 'history', figure: 'whole profile per review', scale: { reviews, pairs }, unit: 'bytes', summary: summarise([studied.bytes / reviews]) });
}

/**
 * The one replay (history/replay.ts) over a whole log: N reviews over N / 10 cards, each card's
 * entries replayed through FSRS from empty, as the memory rebuild after new parameters does (in
 * Node: the same V8 as the browser's worker, without IndexedDB, whose reading bench:data times).
 */
function replayAll(reviews: number): void {
  const cards = Math.max(1, reviews / 10);
  const random = seededRandom(11);
  const byCard: LogEntry[][] = Array.from({ length: cards }, () => []);
  const t0 = Date.UTC(2025, 0, 1);
  for (let i = 0; i < reviews; i++) {
    const card = Math.floor(random() * cards);
    const at = t0 + i * 30_000;
    byCard[card]!.push({ type: 'review', id: `d/0/${i}`, device: 'd', deckId: 'news', cardId: `c${card}:r`, at, day: '2025-01-01', grade: (1 + Math.floor(random() * 4)) as 1 | 2 | 3 | 4, durationMs: 3000, stateBefore: 2, matureBefore: false });
  }
  const timeline = new Timeline([]);
  const samples: number[] = [];
  for (let run = 0; run < (reviews >= 1_000_000 ? 1 : RUNS); run++) {
    const t = performance.now();
    for (const entries of byCard) replayCard(entries, timeline, '2026-01-01');
    samples.push(performance.now() - t);
  }
  const summary = summarise(samples);
  console.log(`| replay | ${fmt(reviews)} reviews over ${fmt(cards)} cards | ${fmt(summary.median)} ms | ${fmt(summary.min)}–${fmt(summary.max)} | ${fmt(((summary.median * 1000) / reviews), 1)} µs a review | goal ≤ 20 s at 1M: ${reviews < 1_000_000 ? '—' : summary.median <= 20_000 ? 'met' : 'missed'} |`);
  record({ bench: 'history', figure: 'replay of the whole log', scale: { reviews, cards }, unit: 'ms', summary, ...(reviews === 1_000_000 ? { goal: { at: 'median', max: 20_000 } } : {}) });
}

console.log(`history benchmark — replay in Node, then headless Chromium, unthrottled, profiles on disk, ${new Date().toISOString()}`);
console.log('| what | scale | median | spread | rate | goal |\n|---|---|---:|---:|---|---|');
for (const reviews of REPLAY) replayAll(reviews);
console.log('');
console.log('| reviews | pairs | the deck alone | with the reviews | bytes per review | goal ≤ 100 | whole profile per review | import (unthrottled) |\n|---:|---:|---:|---:|---:|---|---:|---:|');
const server = await serveStatic(await buildApp(join(work, 'dist')));
try {
  for (const reviews of SIZES) await bytesPerReview(server.url, reviews);
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
