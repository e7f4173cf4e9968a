// `npm run bench:sync`: sync's speed in headless Chromium on loopback,
// through the test server (scripts/sync-server.ts, in memory) on the app's own
// origin at /db/. For each size, a synthetic learner's N reviews in a deck of
// their own (a backup imported through the settings screen; the deck travels
// with sync as a learner's own deck does), unthrottled as the issue asks:
// - the phone signs up: tapped → synced (its whole history sent);
// - a second phone signs in: tapped → synced with the N reviews and the deck
//   there (pulled, merged, the deck installed, every card replayed);
// - the first rates 50 cards, "sync now": tapped → synced (incremental);
// - the bytes the first phone's profile holds at rest before its account and
//   after its first sync (sync's own records), and the second's whole profile.
// Then at 4× CPU throttling (a cheap phone), rating tap → next card while a
// sync runs, against the same phone with none: a third phone rating the
// shipped deck while its first sync pulls the N reviews, and the first phone
// rating its own deck while a first sync to a new account sends them all.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { persistentPhone } from './chromium.ts';
import { buildApp } from './build-app.ts';
import { serveStatic } from './static-server.ts';
import { startSyncServer } from './sync-server.ts';
import { DECK, NAME_HELPER, THROTTLE } from './bench/seeded-profile.ts';
import { backupFileBytes, syntheticBackup } from './fixtures/synthetic-backup.ts';
import { timedImport } from './bench/timed-import.ts';
import { fmt, summarise, type Summary } from './bench/stats.ts';
import { rateLoop, type RatingTime } from './bench/rate-loop.ts';
import { LAST_SYNC_KEY } from '../src/storage/sync-keys.ts';
import { readLog } from './page-store.ts';
import { record } from './bench/results.ts';

const SIZES = (process.env.BENCH_SYNC ?? '10000,100000').split(',').filter(Boolean).map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 1);
const SESSION = 50;
const GOALS = { first: 10_000, incremental: 1_000, rating: 25 };
/** The synthetic learner's deck: one of their own, so it travels with sync. */
const OWN_DECK = 'own-bench';
const work = mkdtempSync(join(tmpdir(), 'lovi-bench-sync-'));

async function phoneAt(profile: string, url: string): Promise<Page> {
  const context = await persistentPhone(profile);
  await context.addInitScript(NAME_HELPER);
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
  await page.getByTestId(`start-${OWN_DECK}`).click();
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

/** This phone's CPU slowed as a cheap phone's (scripts/bench/seeded-profile.ts THROTTLE). */
async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
}

/** The profile's bytes at rest: the browser closed and opened again on it. */
async function atRest(page: Page, profile: string, url: string): Promise<{ page: Page; bytes: number }> {
  await page.context().close();
  const again = await phoneAt(profile, url);
  return { page: again, bytes: (await again.evaluate(() => navigator.storage.estimate())).usage ?? 0 };
}

/** Ratings of deck `deck`, Good each: in the page, timed (scripts/bench/rate-loop.ts). */
async function ratings(page: Page, deck: string, n: number): Promise<RatingTime[]> {
  await page.getByTestId('nav-home').click();
  await page.getByTestId(`start-${deck}`).click();
  await page.locator('[data-testid="reveal"], [data-testid="answer-mode"]').first().waitFor();
  if (await page.getByTestId('answer-mode').isVisible()) await page.getByTestId('answer-mode').selectOption('self');
  const times = await page.evaluate(rateLoop, n);
  await page.getByTestId('nav-home').click();
  return times;
}

/** Tapped (sign-in or sign-up, at 4×), then rating at once while the sync runs: the ratings before it ended, and how long it ran. */
async function ratingsWhileSyncing(page: Page, deck: string, tap: () => Promise<void>): Promise<{ during: number[]; syncMs: number }> {
  const t0 = Date.now();
  await tap();
  const times = await ratings(page, deck, 200);
  await page.getByTestId('nav-settings').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="sync-status"]')?.getAttribute('data-state') === 'synced', null, { timeout: 30 * 60_000, polling: 50 });
  const end = await page.evaluate(async (key) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('lovi');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const request = db.transaction('settings').objectStore('settings').get(key);
    return new Promise<number>((resolve) => { request.onsuccess = () => resolve((request.result as { at: number }).at); });
  }, LAST_SYNC_KEY);
  return { during: times.filter((r) => r.at < end).map((r) => r.ms), syncMs: end - t0 };
}

async function fillAccount(page: Page, name: string): Promise<void> {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('sync-open').click();
  await page.getByTestId('sync-name').fill(name);
  await page.getByTestId('sync-password').fill('bench-password');
}

const msRow = (label: string, s: Summary, extra = '') => `| ${label} | ${fmt(s.median, 1)} | ${fmt(s.p95, 1)} | ${fmt(s.min, 1)}–${fmt(s.max, 1)} | ${s.runs} | ${extra} |`;

async function main() {
  const sync = await startSyncServer();
  const site = await serveStatic(await buildApp(join(work, 'dist')), '/', 0, { prefix: '/db/', target: () => sync.url });
  console.log(`sync benchmark — headless Chromium, loopback, the test server in memory, ${new Date().toISOString()}`);
  let n = 0;
  for (const reviews of SIZES) {
    const first: number[] = [];
    const pulled: number[] = [];
    const incremental: number[] = [];
    const bytes: { before: number; after: number; pulled: number }[] = [];
    const rating = { alone: [] as number[], pulling: [] as number[], sending: [] as number[], sendingAlone: [] as number[], syncMs: { pulling: [] as number[], sending: [] as number[] } };
    for (let run = 0; run < RUNS; run++) {
      const name = `bench-${reviews}-${run}-${n++}`;
      const file = join(work, `backup-${reviews}.json.gz`);
      writeFileSync(file, await backupFileBytes(syntheticBackup({ pairs: Math.max(100, reviews / 8), reviews }, OWN_DECK, Date.now() - 3_600_000)));
      const profileA = mkdtempSync(join(work, 'profile-'));
      let a = await phoneAt(profileA, site.url);
      await timedImport(a, file);
      const before = await atRest(a, profileA, site.url);
      a = before.page;
      first.push(await account(a, 'signup', name));
      const profileB = mkdtempSync(join(work, 'profile-'));
      let b = await phoneAt(profileB, site.url);
      pulled.push(await account(b, 'signin', name));
      await b.getByTestId('nav-home').click();
      await b.getByTestId(`deck-${OWN_DECK}`).waitFor();
      // The figure counts only if everything came: every review, in the new phone's log.
      const arrived = (await readLog(b)).length;
      if (arrived < reviews) throw new Error(`the new phone has ${arrived} of ${reviews} reviews after its first sync`);
      const rated = await rate(a, SESSION);
      if (rated < SESSION) console.log(`(only ${rated} cards to rate)`);
      await a.getByTestId('nav-settings').click();
      incremental.push(await untilSynced(a, () => a.getByTestId('sync-now').click()));
      const after = await atRest(a, profileA, site.url);
      a = after.page;
      const other = await atRest(b, profileB, site.url);
      b = other.page;
      bytes.push({ before: before.bytes, after: after.bytes, pulled: other.bytes });
      await b.context().close();

      // At 4×: a new phone rates the shipped deck, alone, then while its first sync pulls everything.
      const c = await phoneAt(mkdtempSync(join(work, 'profile-')), site.url);
      await throttle(c);
      rating.alone.push(...(await ratings(c, DECK, 8)).map((r) => r.ms));
      await fillAccount(c, name);
      const pulling = await ratingsWhileSyncing(c, DECK, () => c.getByTestId('sync-signin').click());
      rating.pulling.push(...pulling.during);
      rating.syncMs.pulling.push(pulling.syncMs);
      await c.context().close();
      // The first phone, at 4×: its own deck alone, then while a first sync to a new account sends it all.
      await throttle(a);
      rating.sendingAlone.push(...(await ratings(a, OWN_DECK, 40)).map((r) => r.ms));
      await a.getByTestId('nav-settings').click();
      await a.locator('[data-testid="sync-open"], [data-testid="sync-signout"]').first().waitFor().catch(async (e) => { console.log(await a.evaluate(() => document.querySelector('section.sync')?.outerHTML)); throw e; });
      if (await a.getByTestId('sync-open').isVisible()) await a.getByTestId('sync-open').click();
      await a.getByTestId('sync-signout').click();
      await a.getByTestId('sync-signout-keep').click();
      await a.getByTestId('sync-name').fill(`${name}-again`);
      await a.getByTestId('sync-password').fill('bench-password');
      const sending = await ratingsWhileSyncing(a, OWN_DECK, () => a.getByTestId('sync-signup').click());
      rating.sending.push(...sending.during);
      rating.syncMs.sending.push(sending.syncMs);
      await a.context().close();
    }
    const [f, p, i] = [summarise(first), summarise(pulled), summarise(incremental)];
    const ms = (s: typeof f, goal: number) => `${fmt(s.median)} ms${RUNS > 1 ? ` (${fmt(s.min)}–${fmt(s.max)})` : ''} ${s.median <= goal ? '(goal met)' : `(goal ${fmt(goal)} ms: missed)`}`;
    console.log(`\n${fmt(reviews)} reviews, unthrottled`);
    console.log('| first sync, whole history sent | a new phone\'s first sync, all pulled | after a 50-review session | runs |\n|---:|---:|---:|---:|');
    console.log(`| ${ms(f, GOALS.first)} | ${ms(p, GOALS.first)} | ${ms(i, GOALS.incremental)} | ${RUNS} |`);
    const b0 = summarise(bytes.map((x) => x.before / reviews));
    const b1 = summarise(bytes.map((x) => x.after / reviews));
    const b2 = summarise(bytes.map((x) => x.pulled / reviews));
    console.log(`whole profile per review at rest: ${b0.median.toFixed(1)} bytes before the account, ${b1.median.toFixed(1)} after its syncs (sync's own records and ${SESSION} reviews: ${(b1.median - b0.median).toFixed(1)}); the phone that pulled it all: ${b2.median.toFixed(1)}`);
    console.log(`\nrating tap → next card shown, ${THROTTLE}× CPU throttling, ms (goal p95 ≤ ${GOALS.rating} while a sync runs)`);
    console.log('| figure | median | p95 | min–max | ratings | the sync ran |\n|---|---:|---:|---:|---:|---:|');
    const figures: [string, number[], string][] = [
      ['new phone, shipped deck, no sync', rating.alone, ''],
      ['new phone, shipped deck, while its first sync pulls', rating.pulling, `${fmt(summarise(rating.syncMs.pulling).median)} ms`],
      ['own deck, no sync', rating.sendingAlone, ''],
      ['own deck, while a first sync sends it all', rating.sending, `${fmt(summarise(rating.syncMs.sending).median)} ms`],
    ];
    for (const [label, samples, extra] of figures) {
      if (samples.length === 0) {
        console.log(`| ${label} | none rated | | | 0 | ${extra} |`);
        continue;
      }
      console.log(msRow(label, summarise(samples), extra));
      record({ bench: 'sync', figure: `rating tap → next card, ${THROTTLE}×: ${label}`, scale: { reviews }, unit: 'ms', summary: summarise(samples), ...(label.includes('while') ? { goal: { at: 'p95' as const, max: GOALS.rating } } : {}) });
    }
    record({ bench: 'sync', figure: 'first sync (sent)', scale: { reviews }, unit: 'ms', summary: f, goal: { at: 'median', max: GOALS.first } });
    record({ bench: 'sync', figure: 'first sync of a new device (pulled)', scale: { reviews }, unit: 'ms', summary: p, goal: { at: 'median', max: GOALS.first } });
    record({ bench: 'sync', figure: `sync after a ${SESSION}-review session`, scale: { reviews }, unit: 'ms', summary: i, goal: { at: 'median', max: GOALS.incremental } });
    record({ bench: 'sync', figure: 'whole profile per review at rest, after sync', scale: { reviews }, unit: 'bytes', summary: b1 });
  }
  await site.close();
  await sync.close();
  rmSync(work, { recursive: true, force: true });
}

await main();
