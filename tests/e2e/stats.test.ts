// Statistics in the browser: what the screen shows is what the log says.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { persistentPhone, rateCards, readReviews, readStore, screenshot } from './setup/browser.ts';


const SEED = 'kpl-2018-asean-e-services';

async function study(page: Page, grades: (1 | 2 | 3 | 4)[]) {
  await page.getByTestId(`start-${SEED}`).click();
  await rateCards(page, grades);
  await page.getByTestId('nav-home').click();
}

async function openStats(page: Page) {
  await page.getByTestId('nav-stats').click();
  await page.getByTestId('stats').waitFor();
}

describe('statistics', () => {
  it('shows today, the streak and card states exactly as the log has them, over several days', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'lovi-stats-'));
    // Day 1, 10:00 in Vientiane.
    let context = await persistentPhone(profile);
    await context.clock.install({ time: new Date('2026-03-10T03:00:00Z') });
    let page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await study(page, [3, 1, 4]);
    await openStats(page);
    expect(await page.getByTestId('stat-today-reviews').textContent()).toBe('3');
    expect(await page.getByTestId('stat-today-new').textContent()).toBe('3');
    expect(await page.getByTestId('stat-today-again').textContent()).toBe('33.3%');
    expect(await page.getByTestId('stat-streak').getAttribute('data-current')).toBe('1');
    await page.getByTestId('stat-cards').waitFor();
    await screenshot(page, 'stats-360');
    await context.close();

    // Day 2 at 05:00 local (after the 04:00 day start): two more.
    context = await persistentPhone(profile);
    await context.clock.install({ time: new Date('2026-03-10T22:00:00Z') });
    page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.getByTestId('language').selectOption('en');
    await study(page, [3, 3]);
    await openStats(page);
    const log = await readReviews(page);
    const perDay = new Map<string, number>();
    for (const e of log) perDay.set(e.day, (perDay.get(e.day) ?? 0) + 1);
    expect([...perDay].sort()).toEqual([['2026-03-10', 3], ['2026-03-11', 2]]);
    expect(await page.getByTestId('stat-today-reviews').textContent()).toBe(String(perDay.get('2026-03-11')));
    expect(await page.getByTestId('stat-today-again').textContent()).toBe('0%');
    expect(await page.getByTestId('stat-streak').getAttribute('data-current')).toBe('2');
    expect(await page.getByTestId('stat-streak').getAttribute('data-longest')).toBe('2');
    // Card states add up to the deck's 32 cards (four kinds of 8 pairs); no review card is mature after two days.
    await page.getByTestId('stat-cards').waitFor();
    const states = await page.getByTestId(`stat-deck-${SEED}`).locator('dd').allTextContents();
    expect(states.map(Number).reduce((a, b) => a + b, 0)).toBe(32);
    expect(await page.getByTestId(`stat-deck-${SEED}`).locator('[data-state="mature"]').textContent()).toBe('0');
    // The heatmap and forecast are described for screen readers too.
    expect(await page.locator('svg.heatmap title').first().textContent()).toBe('Reviews over the past year');
    // Heatmap, forecast, and known words over time (once the word figures are counted).
    await page.getByTestId('words-chart').waitFor();
    expect(await page.locator('figure.chart table').count()).toBe(3);
    await context.close();
  });
});
