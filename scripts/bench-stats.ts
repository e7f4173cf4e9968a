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

const LOGS = (process.env.BENCH_LOG ?? '10000,100000,1000000').split(',').map(Number);
const OPENS = Number(process.env.BENCH_RUNS ?? 5);

/** In the page: tap the statistics tab, time until the figures are on screen and painted. */
async function openStats(): Promise<number> {
  const $ = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
  const t0 = performance.now();
  $('nav-stats')!.click();
  await new Promise<void>((resolve) => {
    const done = () => $('stat-streak') !== null;
    if (done()) return resolve();
    const mo = new MutationObserver(() => {
      if (done()) {
        mo.disconnect();
        resolve();
      }
    });
    mo.observe(document.body, { subtree: true, childList: true });
  });
  await new Promise((r) => requestAnimationFrame(() => r(null)));
  return performance.now() - t0;
}

const { url, server } = await serveProductionBuild(join(process.cwd(), 'bench/.dist'));
console.log(`statistics benchmark — headless Chromium, ${THROTTLE}× CPU throttling, 360×800, ${new Date().toISOString()}`);
console.log('| review-log entries | cards | first open ms | later opens median ms | p95 | min–max | opens |\n|---:|---:|---:|---:|---:|---:|---:|');
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
    const later: number[] = [];
    for (let i = 0; i < OPENS; i++) {
      await page.getByTestId('nav-home').click();
      await page.getByTestId(`start-${DECK}`).waitFor();
      later.push(await page.evaluate(openStats));
    }
    const s = summarise(later);
    console.log(`| ${fmt(reviews)} | ${fmt(cards)} | ${fmt(first, 1)} | ${fmt(s.median, 1)} | ${fmt(s.p95, 1)} | ${fmt(s.min, 1)}–${fmt(s.max, 1)} | ${s.runs} |`);
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
} finally {
  await server.close();
}
