// `npm run bench:sync`: sync's speed in headless Chromium, unthrottled, on
// loopback (the issue's conditions), through the test server
// (scripts/sync-server.ts, in memory) on the app's own origin at /db/. For
// each size: a phone holding a synthetic learner's N reviews (a backup imported
// through the settings screen) signs up: sign-up tapped → synced (the first
// sync, its whole history sent); a second phone signs in: sign-in tapped →
// synced with the N reviews there (the first sync of a new device: pulled,
// merged, every card replayed); then the first phone rates 50 cards and taps
// "sync now": tap → synced (an incremental sync after a session).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { persistentPhone } from './chromium.ts';
import { buildApp } from './build-app.ts';
import { serveStatic } from './static-server.ts';
import { startSyncServer } from './sync-server.ts';
import { DECK } from './bench/seeded-profile.ts';
import { backupFileBytes, syntheticBackup } from './fixtures/synthetic-backup.ts';
import { timedImport } from './bench/timed-import.ts';
import { fmt, summarise } from './bench/stats.ts';
import { record } from './bench/results.ts';

const SIZES = (process.env.BENCH_SYNC ?? '10000,100000').split(',').filter(Boolean).map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const SESSION = 50;
const GOALS = { first: 10_000, incremental: 1_000 };
const work = mkdtempSync(join(tmpdir(), 'lovi-bench-sync-'));

async function phone(url: string): Promise<Page> {
  const context = await persistentPhone(mkdtempSync(join(work, 'profile-')));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.getByTestId('language').selectOption('en');
  await page.getByTestId(`deck-${DECK}`).waitFor({ timeout: 120_000 });
  return page;
}

/** Tapped → the status says synced with nothing waiting: ms. */
async function untilSynced(page: Page, tap: () => Promise<void>): Promise<number> {
  const t0 = Date.now();
  await tap();
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-testid="sync-status"]');
    return s?.getAttribute('data-state') === 'synced' && s.getAttribute('data-pending') === '0';
  }, null, { timeout: 30 * 60_000, polling: 20 });
  return Date.now() - t0;
}

async function account(page: Page, how: 'signup' | 'signin', name: string): Promise<number> {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('sync-open').click();
  await page.getByTestId('sync-name').fill(name);
  await page.getByTestId('sync-password').fill('bench-password');
  return untilSynced(page, () => page.getByTestId(`sync-${how}`).click());
}

/** Rates up to n cards of the synthetic learner's deck (due ones first); how many. */
async function rate(page: Page, n: number): Promise<number> {
  await page.getByTestId('nav-home').click();
  await page.getByTestId('start-bench-deck').click();
  let rated = 0;
  for (; rated < n; rated++) {
    const next = page.locator('[data-testid="reveal"], [data-testid="answer-mode"], [data-testid="session-summary"], [data-testid="done-today"]').first();
    await next.waitFor();
    if ((await page.getByTestId('session-summary').isVisible()) || (await page.getByTestId('done-today').isVisible())) break;
    if (await page.getByTestId('answer-mode').isVisible()) await page.getByTestId('answer-mode').selectOption('self');
    await page.getByTestId('reveal').click();
    await page.getByTestId('rate-3').click();
  }
  await page.getByTestId('nav-home').click();
  return rated;
}

async function main() {
  const sync = await startSyncServer();
  const site = await serveStatic(await buildApp(join(work, 'dist')), '/', 0, { prefix: '/db/', target: () => sync.url });
  console.log(`sync benchmark — headless Chromium, unthrottled, loopback, the test server in memory, ${new Date().toISOString()}`);
  console.log('| reviews | first sync, whole history sent | a new phone\'s first sync, all pulled | after a 50-review session | runs |');
  console.log('|---:|---:|---:|---:|---:|');
  let n = 0;
  for (const reviews of SIZES) {
    const first: number[] = [];
    const pulled: number[] = [];
    const incremental: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const name = `bench-${reviews}-${run}-${n++}`;
      const file = join(work, `backup-${reviews}.json.gz`);
      writeFileSync(file, await backupFileBytes(syntheticBackup({ pairs: Math.max(100, reviews / 8), reviews }, 'bench-deck', Date.now() - 3_600_000)));
      const a = await phone(site.url);
      await timedImport(a, file);
      first.push(await account(a, 'signup', name));
      const b = await phone(site.url);
      pulled.push(await account(b, 'signin', name));
      const rated = await rate(a, SESSION);
      if (rated < SESSION) console.log(`(only ${rated} cards to rate)`);
      await a.getByTestId('nav-settings').click();
      incremental.push(await untilSynced(a, () => a.getByTestId('sync-now').click()));
      await a.context().close();
      await b.context().close();
    }
    const [f, p, i] = [summarise(first), summarise(pulled), summarise(incremental)];
    const ms = (s: typeof f, goal: number) => `${fmt(s.median)} ms${RUNS > 1 ? ` (${fmt(s.min)}–${fmt(s.max)})` : ''} ${s.median <= goal ? '(goal met)' : `(goal ${fmt(goal)} ms: missed)`}`;
    console.log(`| ${fmt(reviews)} | ${ms(f, GOALS.first)} | ${ms(p, GOALS.first)} | ${ms(i, GOALS.incremental)} | ${RUNS} |`);
    record({ bench: 'sync', figure: 'first sync (sent)', scale: { reviews }, unit: 'ms', summary: f, goal: { at: 'median', max: GOALS.first } });
    record({ bench: 'sync', figure: 'first sync of a new device (pulled)', scale: { reviews }, unit: 'ms', summary: p, goal: { at: 'median', max: GOALS.first } });
    record({ bench: 'sync', figure: `sync after a ${SESSION}-review session`, scale: { reviews }, unit: 'ms', summary: i, goal: { at: 'median', max: GOALS.incremental } });
  }
  await site.close();
  await sync.close();
  rmSync(work, { recursive: true, force: true });
}

await main();
