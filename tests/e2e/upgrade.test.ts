// A newer Lovi upgrades the database while an old tab is open: the old tab
// closes its connection at once (so the upgrade is not blocked), says to
// reload, saves nothing half-way, and loses nothing. Reopened as the old
// version, it says the data is newer instead of failing.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phone, readReviews, readStore, sharedBrowser } from './setup/browser.ts';
import { DB_NAME, DB_VERSION } from '../../src/storage/db.ts';
import type { CardRecord } from '../../src/storage/schema.ts';

const SEED = 'kpl-2018-asean-e-services';
const getBrowser = sharedBrowser();

/** What the next version's upgrade would do: open at a higher version and change the schema. */
function upgradeInPage(page: Page): Promise<'upgraded' | 'blocked'> {
  return page.evaluate(({ name, version }) => new Promise<'upgraded' | 'blocked'>((resolve, reject) => {
    const open = indexedDB.open(name, version);
    open.onupgradeneeded = () => open.transaction!.objectStore('schedules').createIndex('at', 'at');
    open.onsuccess = () => { open.result.close(); resolve('upgraded'); };
    open.onerror = () => reject(open.error);
    // An old tab that keeps its connection blocks the upgrade until it closes.
    open.onblocked = () => setTimeout(() => resolve('blocked'), 3000);
  }), { name: DB_NAME, version: DB_VERSION + 1 });
}

describe('database upgrade with an old tab open', () => {
  it('lets the upgrade through, tells the old tab to reload, and keeps every record', async () => {
    const context = await phone(getBrowser());
    const old = await context.newPage();
    const errors: string[] = [];
    old.on('pageerror', (e) => errors.push(e.message));
    await old.goto(inject('baseUrl'));
    await old.getByTestId('language').selectOption('en');
    await old.getByTestId(`start-${SEED}`).click();
    for (let i = 0; i < 2; i++) {
      await old.getByTestId('reveal').click();
      await old.getByTestId('rate-3').click();
      await expect.poll(async () => (await readReviews(old)).length).toBe(i + 1);
    }
    await old.getByTestId('reveal').click();
    const log = await readReviews(old);
    const cards = await readStore<CardRecord>(old, 'cards');

    // The newer version, in another tab of the same origin.
    const next = await context.newPage();
    await next.goto(`${inject('baseUrl')}manifest.webmanifest`);
    expect(await upgradeInPage(next)).toBe('upgraded');

    // The old tab says so, with a way out; a rating there now saves nothing at all.
    await expect.poll(() => old.getByTestId('problem').textContent()).toContain('reload');
    await old.getByTestId('rate-4').click();
    await expect.poll(() => old.getByTestId('problem').textContent()).toContain('reload');
    expect(await readReviews(next)).toEqual(log);
    expect(await readStore<CardRecord>(next, 'cards')).toEqual(cards);

    // Reloaded while it is still the old version: told the data is newer, nothing touched.
    await old.getByTestId('reload').click();
    await expect.poll(() => old.getByTestId('problem').textContent()).toContain('newer Lovi');
    expect(await readReviews(next)).toEqual(log);
    expect(errors).toEqual([]);
    await context.close();
  });
});
