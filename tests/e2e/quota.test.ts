// A full phone: Chromium's DevTools protocol lowers the origin's quota below
// what it already uses. The review that cannot be saved is reported, nothing
// saved before is lost, and the app still reads: statistics, the card
// browser and a backup download all work. With space again, reviews save.
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { persistentPhone, rateCards, readReviews, readStore } from './setup/browser.ts';
import type { CardRecord } from '../../src/storage/schema.ts';

const SEED = 'kpl-2018-asean-e-services';

async function rate(page: Page, grade: 1 | 2 | 3 | 4): Promise<void> {
  await page.getByTestId('reveal').click();
  await page.getByTestId(`rate-${grade}`).click();
}

/**
 * Opens the app in a browser whose quota for it is 1 byte, so every write that
 * adds bytes fails with QuotaExceededError. Chromium takes the quota into account
 * when the origin's storage is first opened, so the override comes before the page
 * loads, in a fresh browser. (On disk, as on a phone: Chromium does not hold
 * in-memory storage to the quota. A test that fills storage itself must write
 * incompressible data: Chromium compresses IndexedDB values.)
 */
async function openFull(profile: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await persistentPhone(profile);
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(10_000);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(inject('baseUrl')).origin, quotaSize: 1 });
  await page.goto(inject('baseUrl'));
  return { context, page };
}

describe('storage full', () => {
  it('reports the review it could not save, keeps everything before, and still reads', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'lovi-quota-'));
    const before = await persistentPhone(profile);
    const first = before.pages()[0] ?? (await before.newPage());
    await first.goto(inject('baseUrl'));
    await first.getByTestId('language').selectOption('en');
    await first.getByTestId(`start-${SEED}`).click();
    await rateCards(first, [3, 4]);
    expect(await readReviews(first)).toHaveLength(2);
    const cardsBefore = await readStore<CardRecord>(first, 'cards');
    await before.close();

    const { context, page } = await openFull(profile);
    await page.getByTestId(`start-${SEED}`).click();
    const front = await page.getByTestId('card-front').textContent();
    await rate(page, 3);
    await expect.poll(() => page.getByTestId('problem').textContent()).toContain('storage is full');
    expect(await page.getByTestId('problem').getAttribute('role')).toBe('alert');
    // Nothing half-written: the log and every card as before; the same card is offered again.
    expect(await readReviews(page)).toHaveLength(2);
    expect(await readStore<CardRecord>(page, 'cards')).toEqual(cardsBefore);
    expect(await page.getByTestId('card-front').textContent()).toBe(front);

    // Reading still works: statistics, the browser, a backup download.
    await page.getByTestId('nav-home').click();
    await page.getByTestId('nav-stats').click();
    await expect.poll(() => page.getByTestId('stat-today-reviews').textContent()).toBe('2');
    await page.getByTestId('nav-browse').click();
    await page.getByTestId('browse-search').fill('bo buu chinh');
    await expect.poll(() => page.getByTestId('browse-result').count()).toBe(1);
    await page.getByTestId('nav-settings').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-backup').click()]);
    expect(download.suggestedFilename()).toMatch(/^lovi-backup-/);
    await context.close();

    // Space again (a fresh start without the override): the rating saves.
    const after = await persistentPhone(profile);
    const again = after.pages()[0] ?? (await after.newPage());
    await again.goto(inject('baseUrl'));
    await again.getByTestId(`start-${SEED}`).click();
    await rate(again, 3);
    await expect.poll(async () => (await readReviews(again)).length).toBe(3);
    expect(await again.getByTestId('problem').count()).toBe(0);
    await after.close();
  });
});
