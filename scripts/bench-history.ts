// `npm run bench:history`: what the compact history costs on the phone.
// A synthetic learner's backup of N reviews (over N / 10 studied cards of a
// deck of N / 8 pairs) is imported through the backup screen into a fresh
// profile on disk; navigator.storage.estimate() before and after (the
// browser closed and opened again in between, so what is counted is what
// stays) gives the bytes each review costs at rest, indexes, cards and pairs
// included. Unthrottled: bytes do not depend on speed; the import's time is
// bench:data's.
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

async function bytesPerReview(url: string, reviews: number): Promise<void> {
  const file = join(work, `history-${reviews}.json.gz`);
  const t = Date.now();
  writeFileSync(file, await backupFileBytes(syntheticBackup({ pairs: Math.max(500, reviews / 8), reviews })));
  const made = Date.now() - t;
  const profile = mkdtempSync(join(work, 'profile-'));
  const before = await usage(profile, url);
  const context = await persistentPhone(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.getByTestId(`start-${DECK}`).waitFor({ timeout: 120_000 });
  await page.getByTestId('nav-settings').click();
  const t0 = Date.now();
  await page.getByTestId('import-backup').setInputFiles(file);
  await page.waitForFunction(() => document.querySelector('[data-testid="import-result"]')?.getAttribute('data-busy') === 'false', null, { timeout: 60 * 60_000, polling: 100 });
  const importMs = Date.now() - t0;
  await context.close();
  const after = await usage(profile, url);
  rmSync(profile, { recursive: true, force: true });
  const perReview = (after - before) / reviews;
  console.log(`| ${fmt(reviews)} | ${fmt(before / 1024)} KB | ${fmt(after / 1024)} KB | ${perReview.toFixed(1)} | ${perReview <= GOAL_BYTES ? 'met' : `missed by ${(perReview - GOAL_BYTES).toFixed(0)}`} | ${fmt(importMs)} ms (file made in ${fmt(made)} ms) |`);
  record({ bench: 'history', figure: 'bytes per review at rest', scale: { reviews }, unit: 'bytes', summary: summarise([perReview]), goal: { at: 'median', max: GOAL_BYTES } });
}

console.log(`history benchmark — headless Chromium, unthrottled, profiles on disk, ${new Date().toISOString()}`);
console.log('| reviews | storage before | after | bytes per review | goal ≤ 100 | import (unthrottled) |\n|---:|---:|---:|---:|---|---|');
const server = await serveStatic(await buildApp(join(work, 'dist')));
try {
  for (const reviews of SIZES) await bytesPerReview(server.url, reviews);
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
