// `npm run bench:review`: the review screen's speed in headless Chromium at
// 4× CPU throttling (a cheap phone), on a database seeded with N cards and
// 5N review-log entries. Prints app start → first card (cold: a fresh
// browser process; warm: a reload) and rating tap → next card shown (also
// unthrottled, where the goal is one frame).
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { persistentPhone } from './chromium.ts';
import { serveProductionBuild } from './bench/serve-build.ts';
import { DECK, NAME_HELPER, THROTTLE, seededProfile, throttled } from './bench/seeded-profile.ts';
import { fmt, summarise, type Summary } from './bench/stats.ts';
import { record } from './bench/results.ts';
import { rateLoop } from './bench/rate-loop.ts';

const SCALES = (process.env.BENCH_CARDS ?? '1000,10000,100000').split(',').map(Number);
const STARTS = Number(process.env.BENCH_RUNS ?? 5);
const REVIEWS = Number(process.env.BENCH_REVIEWS ?? 200);

/** In the page from its first moment: tap "start" as soon as it appears, note when the first card shows. */
function autoStart(deck: string) {
  const w = window as unknown as { __firstCard?: number; __tapped?: boolean };
  new MutationObserver(() => {
    const start = document.querySelector<HTMLButtonElement>(`[data-testid="start-${deck}"]`);
    if (start && !w.__tapped) {
      w.__tapped = true;
      start.click();
    }
    if (w.__firstCard === undefined && document.querySelector('[data-testid="card-front"]')) w.__firstCard = performance.now();
  }).observe(document, { subtree: true, childList: true });
}

/** Where a start's time went: navigation, the app's own marks (src/main.tsx, src/ui/store.ts), first paint, fonts. */
type Steps = Record<string, number>;
const STEPS = ['html received', 'script running', 'first paint', 'fonts loaded', 'database open', 'decks read (home)', 'first card read', 'first card shown'] as const;

function startSteps(): Steps {
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
  const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
  const fonts = performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.woff2')).map((r) => (r as PerformanceResourceTiming).responseEnd);
  return {
    'html received': nav.responseEnd,
    'script running': mark('lovi:script'),
    'first paint': performance.getEntriesByName('first-paint')[0]?.startTime ?? NaN,
    'fonts loaded': fonts.length ? Math.max(...fonts) : NaN,
    'database open': mark('lovi:database-open'),
    'decks read (home)': mark('lovi:decks-read'),
    'first card read': mark('lovi:card-read'),
    'first card shown': (window as unknown as { __firstCard: number }).__firstCard,
  };
}

async function firstCard(page: Page, reload: boolean, url: string, steps?: Steps[]): Promise<number> {
  if (reload) await page.reload();
  else await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstCard?: number }).__firstCard !== undefined, null, { timeout: 120_000 });
  if (steps) steps.push(await page.evaluate(startSteps));
  return page.evaluate(() => (window as unknown as { __firstCard: number }).__firstCard);
}

/**
 * What the platform costs before any of Lovi's code can run, on the same phone and origin: a page
 * as small as can be (FLOOR_PAGE, beside the build) that opens Lovi's database and reads one record
 * of it, timed from navigation. Lovi's start, over this, is how far it is from that floor.
 */
const FLOOR_PAGE = 'bench-floor.html';
const FLOOR_HTML = `<!doctype html><meta charset="utf-8"><title>floor</title><script>
const open = indexedDB.open('lovi');
open.onsuccess = () => {
  const db = open.result;
  const get = db.transaction('settings').objectStore('settings').get('study');
  get.onsuccess = () => { window.__floor = performance.now(); db.close(); };
};
</script>`;

async function floorStart(page: Page, url: string): Promise<number> {
  await page.goto(url + FLOOR_PAGE);
  await page.waitForFunction(() => (window as unknown as { __floor?: number }).__floor !== undefined, null, { timeout: 60_000 });
  return page.evaluate(() => (window as unknown as { __floor: number }).__floor);
}

const row = (label: string, s: Summary) =>
  `| ${label} | ${fmt(s.median, 1)} | ${fmt(s.p95, 1)} | ${fmt(s.min, 1)}–${fmt(s.max, 1)} | ${s.runs} |`;

async function main() {
  const { url, server } = await serveProductionBuild(join(process.cwd(), 'bench/.dist'));
  writeFileSync(join(server.root, FLOOR_PAGE), FLOOR_HTML);
  console.log(`review benchmark — headless Chromium, ${THROTTLE}× CPU throttling, 360×800, ${new Date().toISOString()}`);
  try {
    for (const cards of SCALES) {
      const { profile, seconds: seedSeconds } = await seededProfile(url, cards, cards * 5);
      let context;

      const cold: number[] = [];
      const warm: number[] = [];
      let ratings: number[] = [];
      let unthrottled: number[] = [];
      const coldSteps: Steps[] = [];
      const warmSteps: Steps[] = [];
      const floorCold: number[] = [];
      const floorWarm: number[] = [];
      for (let run = 0; run < STARTS; run++) {
        context = await persistentPhone(profile);
        await context.addInitScript(NAME_HELPER);
        await context.addInitScript(autoStart, DECK);
        const page = await throttled(context);
        cold.push(await firstCard(page, false, url, coldSteps));
        warm.push(await firstCard(page, true, url, warmSteps));
        if (run === STARTS - 1) {
          // First a few at this machine's full speed (the goal there is one 16 ms frame), then the
          // throttled ones: a small deck runs out of cards for today (1,000 cards: about 140).
          const cdp = await context.newCDPSession(page);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
          unthrottled = (await page.evaluate(rateLoop, Math.ceil(REVIEWS / 4))).map((r) => r.ms);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
          ratings = (await page.evaluate(rateLoop, REVIEWS)).map((r) => r.ms);
        }
        await context.close();
        // The floor, cold (a new browser process) and warm (its second visit), on the same profile.
        context = await persistentPhone(profile);
        const floorPage = await throttled(context);
        // Past Lovi's service worker, which would answer any navigation of its scope with the app.
        const cdp = await context.newCDPSession(floorPage);
        await cdp.send('Network.enable');
        await cdp.send('Network.setBypassServiceWorker', { bypass: true });
        floorCold.push(await floorStart(floorPage, url));
        floorWarm.push(await floorStart(floorPage, url));
        await context.close();
      }
      console.log(`\n${fmt(cards)} cards, ${fmt(cards * 5)} review-log entries (seeded in ${fmt(seedSeconds, 1)} s)`);
      console.log('| figure | median ms | p95 ms | min–max ms | runs |\n|---|---:|---:|---:|---:|');
      const scale = { cards, reviews: cards * 5 };
      const figures: [string, number[], { at: 'median' | 'p95'; max: number } | undefined][] = [
        ['app start → first card, cold (new browser process)', cold, cards >= 100_000 ? { at: 'p95', max: 1000 } : undefined],
        ['app start → first card, warm (reload)', warm, { at: 'median', max: 300 }],
        ['platform floor: a blank page opens the database and reads a record, cold', floorCold, undefined],
        ['platform floor: a blank page opens the database and reads a record, warm', floorWarm, undefined],
        ['rating tap → next card shown', ratings, { at: 'p95', max: 50 }],
        ['rating tap → next card shown, unthrottled', unthrottled, { at: 'p95', max: 16 }],
      ];
      for (const [figure, samples, goal] of figures) {
        if (samples.length === 0) {
          console.log(`| ${figure} | no cards left to rate | | | 0 |`);
          continue;
        }
        console.log(row(figure, summarise(samples)));
        record({ bench: 'review', figure, scale, unit: 'ms', summary: summarise(samples), ...(goal ? { goal } : {}) });
      }
      const ratio = (a: number[], b: number[]) => summarise(a).median / summarise(b).median;
      console.log(`\nLovi over the platform's floor (medians): cold ×${fmt(ratio(cold, floorCold), 2)}, warm ×${fmt(ratio(warm, floorWarm), 2)}`);
      record({ bench: 'review', figure: 'warm start over the platform floor (ratio of medians)', scale, unit: 'ratio', summary: summarise([ratio(warm, floorWarm)]) });
      record({ bench: 'review', figure: 'cold start over the platform floor (ratio of medians)', scale, unit: 'ratio', summary: summarise([ratio(cold, floorCold)]) });
      for (const [label, steps] of [['cold', coldSteps], ['warm', warmSteps]] as const) {
        console.log(`where a ${label} start's time goes (${fmt(cards)} cards; ms since navigation start, median of ${steps.length}):`);
        console.log(STEPS.map((step) => `${step} ${fmt(summarise(steps.map((x) => x[step]!).filter(Number.isFinite)).median)}`).join(' · '));
      }
      for (const step of STEPS) {
        const values = coldSteps.map((x) => x[step]!).filter(Number.isFinite);
        if (values.length) record({ bench: 'review', figure: `cold start: ${step} (ms since navigation)`, scale, unit: 'ms', summary: summarise(values) });
      }
      rmSync(profile, { recursive: true, force: true });
    }
  } finally {
    await server.close();
  }
}

await main();
