// `npm run bench:stats`: opening the statistics screen in headless Chromium
// at 4× CPU throttling, on databases with growing review logs (default
// 10,000 / 100,000 / 1,000,000 entries over a year, 100,000 cards at the
// largest). Prints tap → screen drawn, first open (lazy chunk) and later opens.
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
async function openStats(): Promise<[number, number]> {
  const $ = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const painted = (id: string) => new Promise<number>((resolve) => {
    const finish = () => requestAnimationFrame(() => resolve(performance.now()));
    if ($(id)) return finish();
    const mo = new MutationObserver(() => {
      if ($(id)) {
        mo.disconnect();
        finish();
      }
    });
    mo.observe(document.body, { subtree: true, childList: true });
  });
  const t0 = performance.now();
  $('nav-stats')!.click();
  const [days, cards] = await Promise.all([painted('stat-streak'), painted('stat-cards')]);
  return [days - t0, cards - t0];
}

const { url, server } = await serveProductionBuild(join(process.cwd(), 'bench/.dist'));
console.log(`statistics benchmark — headless Chromium, ${THROTTLE}× CPU throttling, 360×800, ${new Date().toISOString()}`);
console.log('| review-log entries | cards | first open: day figures / all ms | later opens, day figures: median (p95) ms | later opens, all figures: median (p95) ms | opens |\n|---:|---:|---:|---:|---:|---:|');
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
    const later: [number, number][] = [];
    for (let i = 0; i < OPENS; i++) {
      await page.getByTestId('nav-home').click();
      await page.getByTestId(`start-${DECK}`).waitFor();
      later.push(await page.evaluate(openStats));
    }
    const d = summarise(later.map((x) => x[0]));
    const a = summarise(later.map((x) => x[1]));
    console.log(`| ${fmt(reviews)} | ${fmt(cards)} | ${fmt(first[0], 1)} / ${fmt(first[1], 1)} | ${fmt(d.median, 1)} (${fmt(d.p95, 1)}) | ${fmt(a.median, 1)} (${fmt(a.p95, 1)}) | ${later.length} |`);
    const goal = reviews >= 1_000_000 ? { goal: { at: 'median' as const, max: 1000 } } : {};
    record({ bench: 'stats', figure: 'open statistics → day figures shown', scale: { reviews, cards }, unit: 'ms', summary: d, ...goal });
    record({ bench: 'stats', figure: 'open statistics → all figures shown', scale: { reviews, cards }, unit: 'ms', summary: a, ...goal });
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
} finally {
  await server.close();
}
