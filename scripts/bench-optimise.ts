// `npm run bench:optimise`: fitting the schedule on the phone (issue 14), in
// headless Chromium on a profile stored on disk. For each size, a synthetic
// learner's history (grades drawn from a known memory, made with the app's
// scheduler) is imported once through the backup screen; then each run taps
// "fit" on the settings screen and waits for the result: the optimiser's
// start (WebAssembly compiled), the log read, the fit and the evaluation, all
// in a worker. A slow phone here is the browser capped at a quarter of one
// core (bench/cpu-cap.ts: Chromium's 4× throttling does not reach workers),
// page and worker alike; one run is unthrottled. Also printed: the longest
// task on the page's thread meanwhile.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { capCpu } from './bench/cpu-cap.ts';
import { persistentPhone } from './chromium.ts';
import { backupFileBytes, FORGETFUL_MEMORY, syntheticBackup } from './fixtures/synthetic-backup.ts';
import { serveProductionBuild } from './bench/serve-build.ts';
import { NAME_HELPER, THROTTLE } from './bench/seeded-profile.ts';
import { fmt, summarise } from './bench/stats.ts';
import { record } from './bench/results.ts';

const SIZES = (process.env.BENCH_OPTIMISE_REVIEWS ?? '10000,100000').split(',').filter(Boolean).map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const work = mkdtempSync(join(tmpdir(), 'lovi-bench-optimise-'));

interface Run { total: number; longestTask: number }

async function importHistory(url: string, reviews: number): Promise<string> {
  const profile = mkdtempSync(join(work, 'profile-'));
  const file = join(work, `history-${reviews}.json.gz`);
  writeFileSync(file, await backupFileBytes(syntheticBackup({ pairs: Math.max(300, reviews / 10), reviews, days: 365, memory: FORGETFUL_MEMORY }, 'imported-deck', Date.now() - 3_600_000)));
  const context = await persistentPhone(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  // Under the service worker's control, as an installed app is (it keeps the optimiser for offline use).
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await page.getByTestId('nav-settings').click({ timeout: 60_000 });
  await page.getByTestId('import-backup').setInputFiles(file);
  await page.getByTestId('optimize').waitFor({ timeout: 30 * 60_000 });
  await page.getByTestId('optimize-offline-ready').waitFor({ timeout: 60_000 });
  await context.close();
  rmSync(file);
  return profile;
}

async function once(url: string, profile: string, throttle: number): Promise<Run> {
  const context: BrowserContext = await persistentPhone(profile);
  await context.addInitScript(NAME_HELPER);
  await context.addInitScript(() => {
    const w = window as unknown as { __tasks: number[] };
    w.__tasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.__tasks.push(e.duration))).observe({ type: 'longtask' });
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  await page.goto(url);
  await page.getByTestId('nav-settings').click({ timeout: 60_000 });
  await page.getByTestId('optimize').waitFor({ timeout: 60_000 });
  await page.evaluate(() => { (window as unknown as { __tasks: number[] }).__tasks = []; });
  const t0 = Date.now();
  await page.getByTestId('optimize').click();
  await page.getByTestId('optimize-result').waitFor({ timeout: 30 * 60_000 });
  const total = Date.now() - t0;
  const tasks = await page.evaluate(() => (window as unknown as { __tasks: number[] }).__tasks);
  await context.close();
  return { total, longestTask: Math.max(0, ...tasks) };
}

async function main() {
  const { url, server } = await serveProductionBuild(join(work, 'dist'));
  console.log(`optimiser benchmark — headless Chromium, 360×800, on-disk profiles, ${new Date().toISOString()}`);
  console.log(`| reviews | import (setup) | tap → result, slow phone: median (min–max) | unthrottled | longest main-thread task (slow) | runs |`);
  console.log('|---:|---:|---:|---:|---:|---:|');
  try {
    for (const reviews of SIZES) {
      const t = Date.now();
      const profile = await importHistory(url, reviews);
      const setup = Date.now() - t;
      const fast = await once(url, profile, 1);
      // From here until the size is done, every browser this process starts runs on a quarter core.
      const capped = capCpu(THROTTLE);
      const runs: Run[] = [];
      try {
        // Capped, the page is not throttled again (it would be 16× slow); without a cap, the page's 4× is what there is.
        for (let i = 0; i < (reviews >= 100_000 ? Math.min(RUNS, 2) : RUNS); i++) runs.push(await once(url, profile, capped ? 1 : THROTTLE));
      } finally {
        capCpu(1);
      }
      rmSync(profile, { recursive: true, force: true });
      const total = summarise(runs.map((r) => r.total));
      const longest = summarise(runs.map((r) => r.longestTask));
      const slow = capped ? `${THROTTLE}× (quarter core)` : `${THROTTLE}× page only (no CPU cap here: the worker ran at full speed)`;
      console.log(`| ${fmt(reviews)} | ${fmt(setup)} ms | ${fmt(total.median)} ms (${fmt(total.min)}–${fmt(total.max)}) ${capped ? '' : '(no cap)'} | ${fmt(fast.total)} ms | ${fmt(longest.max)} ms (unthrottled ${fmt(fast.longestTask)} ms) | ${runs.length} |`);
      record({ bench: 'optimise', figure: `tap "fit" → result, ${slow}`, scale: { reviews }, unit: 'ms', summary: total });
      record({ bench: 'optimise', figure: 'tap "fit" → result, unthrottled', scale: { reviews }, unit: 'ms', summary: summarise([fast.total]) });
      record({ bench: 'optimise', figure: 'longest main-thread task while fitting, slow phone', scale: { reviews }, unit: 'ms', summary: longest });
      record({ bench: 'optimise', figure: 'longest main-thread task while fitting, unthrottled', scale: { reviews }, unit: 'ms', summary: summarise([fast.longestTask]), goal: { at: 'median', max: 50 } });
    }
  } finally {
    await server.close();
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
