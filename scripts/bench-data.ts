// `npm run bench:data`: moving a learner's data in headless Chromium at 4×
// CPU throttling (a cheap phone), on profiles stored on disk:
// - install: first start of an app whose deck has N pairs (a build of its
//   own) → the deck is installed and its "start" button shows;
// - export: tap "download backup" → the file is handed to the browser, on a
//   profile seeded with N cards and a year of review-log entries;
// - import: a backup of N log entries (a deck this device does not have)
//   chosen → merged and reported, into an empty profile.
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { persistentPhone } from './chromium.ts';
import { buildApp } from './build-app.ts';
import { serveStatic } from './static-server.ts';
import { generateCorpus } from './fixtures/corpus.ts';
import { DECK, seededProfile, THROTTLE, throttled } from './bench/seeded-profile.ts';
import { backupFileBytes, syntheticBackup } from './fixtures/synthetic-backup.ts';
import { fmt, summarise } from './bench/stats.ts';
import { record } from './bench/results.ts';
import { timedImport } from './bench/timed-import.ts';

const sizes = (name: string, fallback: string) => (process.env[name] ?? fallback).split(',').filter(Boolean).map(Number);
const INSTALL = sizes('BENCH_INSTALL', '1000,10000,100000');
const EXPORT = sizes('BENCH_EXPORT', '10000,100000,1000000');
const IMPORT = sizes('BENCH_IMPORT', '10000,100000');
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const work = mkdtempSync(join(tmpdir(), 'lovi-bench-data-'));

/** Runs `once` RUNS times (fewer at the largest scales, where one run takes minutes). */
async function repeat(scale: number, big: number, once: () => Promise<number>): Promise<number[]> {
  const runs = scale >= big ? Math.min(RUNS, 1) : RUNS;
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push(await once());
  return samples;
}

async function benchInstall(pairs: number): Promise<void> {
  const content = join(work, `content-${pairs}`);
  const id = `bench-${pairs}`;
  mkdirSync(join(content, id), { recursive: true });
  writeFileSync(join(content, id, 'deck.json'), JSON.stringify({ id, title: { lo: 'ທົດສອບ', vi: 'Thử' }, from: 'lo', to: 'vi', sources: ['pairs.tsv'] }));
  writeFileSync(join(content, id, 'pairs.tsv'), generateCorpus(pairs));
  const server = await serveStatic(await buildApp(join(work, `dist-${pairs}`), { LOVI_CONTENT: content }));
  // Two figures a start: the deck listed, "start" showing (the learner can begin: a first install
  // lists the deck after its first part), and the whole deck in (its progress bar gone).
  const full: number[] = [];
  const samples = await repeat(pairs, 100_000, async () => {
    const profile = mkdtempSync(join(work, 'profile-'));
    const context = await persistentPhone(profile);
    const page = await throttled(context);
    const t0 = Date.now();
    await page.goto(server.url);
    await page.getByTestId(`start-${id}`).waitFor({ timeout: 30 * 60_000 });
    const ms = Date.now() - t0;
    await page.getByTestId('installing').waitFor({ state: 'detached', timeout: 30 * 60_000 });
    full.push(Date.now() - t0);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    return ms;
  });
  await server.close();
  const s = summarise(samples);
  const all = summarise(full);
  console.log(`| install: first start → "start" | ${fmt(pairs)} pairs | ${fmt(s.median)} | ${fmt(s.min)}–${fmt(s.max)} | — | ${s.runs} |`);
  console.log(`| install: first start → all in | ${fmt(pairs)} pairs | ${fmt(all.median)} | ${fmt(all.min)}–${fmt(all.max)} | ${fmt((pairs / all.median) * 1000)} pairs/s | ${all.runs} |`);
  // The compact history's goals (issue 21): 10,000 pairs in 3 s, 100,000 in 30 s, at 4×.
  const goal = pairs === 10_000 ? 3_000 : pairs === 100_000 ? 30_000 : null;
  record({ bench: 'data', figure: 'first start → deck listed', scale: { pairs }, unit: 'ms', summary: s, ...(goal ? { goal: { at: 'median' as const, max: goal } } : {}) });
  record({ bench: 'data', figure: 'first start → deck installed', scale: { pairs }, unit: 'ms', summary: all });
}

async function benchExport(url: string, reviews: number): Promise<void> {
  const cards = Math.min(100_000, Math.max(1000, reviews / 10));
  const { profile } = await seededProfile(url, cards, reviews);
  const context = await persistentPhone(profile);
  const page = await throttled(context);
  await page.goto(url);
  await page.getByTestId(`start-${DECK}`).waitFor({ timeout: 120_000 });
  await page.getByTestId('nav-settings').click();
  let bytes = 0;
  // The page's JavaScript heap, sampled while the backup is made: it must not grow with the log.
  const cdp = await context.newCDPSession(page);
  let heapPeak = 0;
  let sampling = false;
  const sampleHeap = async () => {
    while (sampling) {
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      heapPeak = Math.max(heapPeak, usedSize);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  const heapBefore = (await cdp.send('Runtime.getHeapUsage')).usedSize;
  const samples = await repeat(reviews, 1_000_000, async () => {
    sampling = true;
    const sampler = sampleHeap();
    const t0 = Date.now();
    // Either the file comes, or the app says it could not make it.
    const failed = page.getByTestId('export-result').waitFor({ timeout: 30 * 60_000 }).then(() => page.getByTestId('export-result').textContent());
    const [download] = await Promise.all([
      Promise.race([page.waitForEvent('download', { timeout: 30 * 60_000 }), failed.then((text) => Promise.reject(new Error(`the app said: ${text}`)))]),
      page.getByTestId('export-backup').click(),
    ]);
    const ms = Date.now() - t0;
    sampling = false;
    await sampler;
    const file = join(work, 'export.json.gz');
    await download.saveAs(file);
    bytes = statSync(file).size;
    return ms;
  }).catch((e: Error) => {
    sampling = false;
    console.log(`| export | ${fmt(reviews)} log entries | failed: ${e.message.split('\n')[0]} |`);
    return [];
  });
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  if (!samples.length) return;
  const s = summarise(samples);
  const heapMb = heapPeak / 2 ** 20;
  console.log(`| export | ${fmt(reviews)} log entries, ${fmt(cards)} cards | ${fmt(s.median)} | ${fmt(s.min)}–${fmt(s.max)} | file ${fmt(bytes / 1024)} KB; JS heap peak ${fmt(heapMb, 1)} MB (${fmt(heapBefore / 2 ** 20, 1)} MB before) | ${s.runs} |`);
  record({ bench: 'data', figure: 'tap → backup downloaded', scale: { reviews, cards }, unit: 'ms', summary: s, ...(reviews === 1_000_000 ? { goal: { at: 'median', max: 60_000 } } : {}) });
  record({ bench: 'data', figure: 'backup export, peak JS heap', scale: { reviews, cards }, unit: 'MB', summary: summarise([heapMb]) });
}

async function benchImport(url: string, reviews: number): Promise<void> {
  const pairs = Math.max(500, reviews / 8);
  const file = join(work, `import-${reviews}.json.gz`);
  const bytes = await backupFileBytes(syntheticBackup({ pairs, reviews }));
  writeFileSync(file, bytes);
  const samples = await repeat(reviews, 100_000, async () => {
    const profile = mkdtempSync(join(work, 'profile-'));
    const context = await persistentPhone(profile);
    const page = await throttled(context);
    await page.goto(url);
    await page.getByTestId(`start-${DECK}`).waitFor({ timeout: 120_000 });
    const ms = await timedImport(page, file);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    return ms;
  });
  const s = summarise(samples);
  console.log(`| import | ${fmt(reviews)} log entries, ${fmt(pairs * 2)} cards | ${fmt(s.median)} | ${fmt(s.min)}–${fmt(s.max)} | file ${fmt(bytes.length / 1024)} KB, ${fmt((reviews / s.median) * 1000)} entries/s | ${s.runs} |`);
  record({ bench: 'data', figure: 'backup chosen → imported', scale: { reviews, cards: pairs * 2 }, unit: 'ms', summary: s, ...(reviews === 100_000 ? { goal: { at: 'median', max: 20_000 } } : {}) });
}

console.log(`data benchmark — headless Chromium, ${THROTTLE}× CPU throttling, 360×800, profiles on disk, ${new Date().toISOString()}`);
console.log('| what | scale | median ms | spread ms | rate / size | runs |\n|---|---|---:|---:|---|---:|');
try {
  for (const pairs of INSTALL) await benchInstall(pairs);
  if (EXPORT.length || IMPORT.length) {
    const server = await serveStatic(await buildApp(join(work, 'dist')));
    try {
      for (const reviews of IMPORT) await benchImport(server.url, reviews);
      for (const reviews of EXPORT) await benchExport(server.url, reviews);
    } finally {
      await server.close();
    }
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
