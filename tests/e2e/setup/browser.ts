// Browsers for the e2e tests (see scripts/chromium.ts): a fresh profile per context.
import { afterAll, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { LAUNCH, PHONE, persistentPhone } from '../../../scripts/chromium.ts';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readLog, readReviews, readStore, readStores } from '../../../scripts/page-store.ts';
import { inconsistencies, STORES } from '../../shared/consistency.ts';
import type { LogBatch } from '../../../src/history/batch.ts';
import type { ScheduleChange } from '../../../src/history/timeline.ts';
import type { CardRecord, DeckRecord, PairRecord } from '../../../src/storage/schema.ts';
import type { DeckTally } from '../../../src/stats/tallies.ts';
import type { DaySummary } from '../../../src/stats/day-summary.ts';
import { studyDayOf } from '../../../src/schedule/study-day.ts';

export { readLog, readReviews, readStore };

export const ARTIFACTS = fileURLToPath(new URL('../../artifacts/', import.meta.url));

export async function launch(): Promise<Browser> {
  return chromium.launch(LAUNCH);
}

/** One Chromium for a test file: started before its tests, closed after. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}

export async function phone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext(PHONE);
}

// persistentPhone: a test can close the browser and come back another day
// with a new clock. (Moving a running fake clock by days makes Playwright
// replay every timer since the start on the next reload, which hangs the page.)
export { persistentPhone };

/** Screenshots for people to look at, in a folder git ignores. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(`${ARTIFACTS}screenshots`, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}screenshots/${name}.png`, fullPage: true });
}

/**
 * A first visit that ends under the service worker's control: load until the decks are
 * installed, wait until the worker has precached everything, load again.
 */
export async function firstVisit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-testid^="start-"]').first().waitFor();
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/**
 * Rates the cards on screen in turn (reveal, then the grade), each time until its log entry
 * is stored. An exercise card (cloze, dictation) is answered by "just show me", then rated.
 */
export async function rateCards(page: Page, grades: readonly (1 | 2 | 3 | 4)[]): Promise<void> {
  for (const grade of grades) {
    const before = (await readReviews(page)).length;
    await page.locator('[data-testid="reveal"], [data-testid="answer-mode"]').first().waitFor();
    if (await page.getByTestId('answer-mode').isVisible()) await page.getByTestId('answer-mode').selectOption('self');
    await page.getByTestId('reveal').click();
    await page.getByTestId(`rate-${grade}`).click();
    await expect.poll(async () => (await readReviews(page)).length).toBe(before + 1);
  }
}

/**
 * The compact history's invariant in the page's database (tests/shared/consistency.ts): every card the
 * replay of its log, tallies and day summaries a recount. Today is the page clock's (day starting 04:00, in the phone's zone).
 */
export async function expectConsistentPage(page: Page): Promise<void> {
  expect(await pageInconsistencies(page)).toEqual([]);
}

/** What is wrong with the page's database by that invariant (empty: nothing). */
export async function pageInconsistencies(page: Page): Promise<string[]> {
  // One transaction: the app may be writing behind the start (a cut install finished, new cards topped up).
  const [decks, pairs, cards, log, schedules, tallies, days] = await readStores(page, STORES) as [DeckRecord[], PairRecord[], CardRecord[], LogBatch[], ScheduleChange[], DeckTally[], DaySummary[]];
  const now = await page.evaluate('Date.now()') as number;
  // The page's study day: its clock, in its time zone (the phone's, not this process's).
  return inconsistencies({ decks, pairs, cards, log, schedules, tallies, days }, studyDayOf(new Date(now), { dayStartHour: 4, timeZone: PHONE.timezoneId }));
}
