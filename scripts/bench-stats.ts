// `npm run bench:stats`: opening the statistics screen in headless Chromium
// at 4× CPU throttling, on databases with growing review logs (default
// 10,000 / 100,000 / 1,000,000 entries over a year, 100,000 cards at the
// largest). Prints tap → screen drawn, first open (lazy chunk, and the word
// figures counted in a worker for the first time) and later opens (the word
// figures from their cache).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { persistentPhone } from './chromium.ts';
import { serveProductionBuild } from './bench/serve-build.ts';
import { DECK, NAME_HELPER, seededProfile, THROTTLE, throttled } from './bench/seeded-profile.ts';
import { fmt, summarise } from './bench/stats.ts';
import { record } from './bench/results.ts';

const LOGS = (process.env.BENCH_LOG ?? '10000,100000,1000000').split(',').map(Number);
const OPENS = Number(process.env.BENCH_RUNS ?? 5);

/**
 * In the page: tap the statistics tab; time until the day figures (today,
 * streak, retention, heatmap) are painted, and until the card figures
 * (states, known sentences, forecast) are.
 */
async function openStats(): Promise<[number, number, number, number]> {
  const $ = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const painted = (id: string, ready: (e: HTMLElement) => boolean = () => true) => new Promise<number>((resolve) => {
    const finish = () => requestAnimationFrame(() => resolve(performance.now()));
    const there = () => { const e = $(id); return !!e && ready(e); };
    if (there()) return finish();
    const mo = new MutationObserver(() => {
      if (there()) {
        mo.disconnect();
        finish();
      }
    });
    mo.observe(document.body, { subtree: true, childList: true, attributes: true });
  });
  const t0 = performance.now();
  $('nav-stats')!.click();
  // The word figures: shown from their cache, then counted again in a worker if the cards changed (or never counted).
  const [days, cards, words, fresh] = await Promise.all([
    painted('stat-streak'), painted('stat-cards'), painted('stat-words'), painted('stat-words', (e) => e.dataset.updating === 'false'),
  ]);
  return [days - t0, cards - t0, words - t0, fresh - t0];
}

const { url, server } = await serveProductionBuild(join(process.cwd(), 'bench/.dist'));
console.log(`statistics benchmark — headless Chromium, ${THROTTLE}× CPU throttling, 360×800, ${new Date().toISOString()}`);
console.log('| review-log entries | cards | first open: day figures / cards / words counted ms | later opens, day figures: median (p95) ms | later opens, all figures: median (p95) ms | later opens, words shown: median (p95) ms | opens |\n|---:|---:|---:|---:|---:|---:|---:|');
try {
  for (const reviews of LOGS) {
    const cards = Math.min(100_000, Math.max(1000, reviews / 10));
    const { profile } = await seededProfile(url, cards, reviews);
    const context = await persistentPhone(profile);
    await context.addInitScript(NAME_HELPER);
    const page = await throttled(context);
    await page.goto(url);
    await page.getByTestId(`start-${DECK}`).waitFor({ timeout: 120_000 });
    const first = await page.evaluate(openStats);
    const later: [number, number, number, number][] = [];
    for (let i = 0; i < OPENS; i++) {
      await page.getByTestId('nav-home').click();
      await page.getByTestId(`start-${DECK}`).waitFor();
      later.push(await page.evaluate(openStats));
    }
    const d = summarise(later.map((x) => x[0]));
    const a = summarise(later.map((x) => x[1]));
    const w = summarise(later.map((x) => x[2]));
    console.log(`| ${fmt(reviews)} | ${fmt(cards)} | ${fmt(first[0], 1)} / ${fmt(first[1], 1)} / ${fmt(first[3], 1)} | ${fmt(d.median, 1)} (${fmt(d.p95, 1)}) | ${fmt(a.median, 1)} (${fmt(a.p95, 1)}) | ${fmt(w.median, 1)} (${fmt(w.p95, 1)}) | ${later.length} |`);
    const goal = reviews >= 1_000_000 ? { goal: { at: 'median' as const, max: 1000 } } : {};
    record({ bench: 'stats', figure: 'open statistics → day figures shown', scale: { reviews, cards }, unit: 'ms', summary: d, ...goal });
    record({ bench: 'stats', figure: 'open statistics → all figures shown', scale: { reviews, cards }, unit: 'ms', summary: a, ...goal });
    record({ bench: 'stats', figure: 'open statistics → word figures shown (cached)', scale: { reviews, cards }, unit: 'ms', summary: w, ...goal });
    // The worker's pass over every card and sentence (the same pass chooses a deck's next new sentences each study day); not throttled: workers are not (bench/README.md).
    record({ bench: 'stats', figure: 'word figures counted from scratch (first open, worker)', scale: { reviews, cards }, unit: 'ms', summary: summarise([first[3]]) });
    // The day's new sentences by the words the learner knows: the deck made a learner's own (not a course, not chosen
    // today), the app reloaded; until its worker has chosen them (the deck record says so). Unthrottled worker.
    await page.evaluate(async (deckId) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('lovi');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction('decks', 'readwrite');
      const store = tx.objectStore('decks');
      const req = store.get(deckId);
      req.onsuccess = () => store.put({ ...req.result, course: false, plannedDay: undefined });
      await new Promise((resolve) => { tx.oncomplete = resolve; });
      db.close();
    }, DECK);
    const t = Date.now();
    await page.reload();
    await page.waitForFunction(async (deckId) => {
      const db = await new Promise<IDBDatabase>((resolve) => { const open = indexedDB.open('lovi'); open.onsuccess = () => resolve(open.result); });
      const deck = await new Promise<{ plannedDay?: string }>((resolve) => { const r = db.transaction('decks').objectStore('decks').get(deckId); r.onsuccess = () => resolve(r.result); });
      db.close();
      return !!deck.plannedDay;
    }, DECK, { polling: 100, timeout: 600_000 });
    const plan = Date.now() - t;
    console.log(`  reload → the day's new sentences chosen (worker): ${fmt(plan)} ms`);
    record({ bench: 'stats', figure: "reload → the day's new sentences chosen (worker)", scale: { reviews, cards }, unit: 'ms', summary: summarise([plan]) });
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
} finally {
  await server.close();
}
