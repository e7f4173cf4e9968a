// A Chromium profile holding the app with a large study history, for the
// browser benchmarks. Seeding happens once per size; runs reuse the profile.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { persistentPhone } from '../chromium.ts';
import { putInPage, seedInPage } from './seed-db.ts';
import { seedLog } from './seed-log.ts';

export const DECK = 'kpl-2018-asean-e-services';
// tsx (esbuild) names functions through a `__name` helper that does not exist
// in the page; functions passed to page.evaluate need it there.
export const NAME_HELPER = { content: 'globalThis.__name = (f) => f;' };

export async function seededProfile(url: string, cards: number, reviews: number): Promise<{ profile: string; seconds: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'lovi-bench-'));
  const context = await persistentPhone(profile);
  await context.addInitScript(NAME_HELPER);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await page.getByTestId(`start-${DECK}`).waitFor({ timeout: 60_000 });
  const t = Date.now();
  const now = Date.now();
  await page.evaluate(seedInPage, { deckId: DECK, cards, now });
  const { log, days } = seedLog({ deckId: DECK, pairs: cards / 2, reviews, now });
  for (let i = 0; i < log.length; i += 20) await page.evaluate(putInPage, { store: 'log', records: log.slice(i, i + 20) });
  await page.evaluate(putInPage, { store: 'days', records: days });
  const seconds = (Date.now() - t) / 1000;
  await context.close();
  return { profile, seconds };
}

/** A cheap phone: Chromium's CPU slowed 4×. */
export const THROTTLE = 4;

export async function throttled(context: BrowserContext): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
  return page;
}
