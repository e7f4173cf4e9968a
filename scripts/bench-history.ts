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

const SIZES = (process.env.BENCH_HISTORY ?? '10000,100000,1000000').split(',').filter(Boolean).map(Number);
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
  await page.getByTestId('nav-settings').click();
  const t0 = Date.now();
  await page.getByTestId('import-backup').setInputFiles(file);
  await page.waitForFunction(() => document.querySelector('[data-testid="import-result"]')?.getAttribute('data-busy') === 'false', null, { timeout: 60 * 60_000, polling: 100 });
  const ms = Date.now() - t0;
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

console.log(`history benchmark — headless Chromium, unthrottled, profiles on disk, ${new Date().toISOString()}`);
console.log('| reviews | pairs | the deck alone | with the reviews | bytes per review | goal ≤ 100 | whole profile per review | import (unthrottled) |\n|---:|---:|---:|---:|---:|---|---:|---:|');
const server = await serveStatic(await buildApp(join(work, 'dist')));
try {
  for (const reviews of SIZES) await bytesPerReview(server.url, reviews);
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
