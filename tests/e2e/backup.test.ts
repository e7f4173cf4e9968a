// A history that cannot be lost: export, clear everything, import.
import { describe, expect, inject, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { phone, readReviews, readStore, sharedBrowser } from './setup/browser.ts';
import type { CardRecord } from '../../src/storage/schema.ts';

const SEED = 'kpl-2018-asean-e-services';
const getBrowser = sharedBrowser();

describe('backup', () => {
  it('brings everything back into a cleared browser, and refuses a damaged file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lovi-backup-'));
    const first = await phone(getBrowser());
    const page = await first.newPage();
    await page.goto(inject('baseUrl'));
    await page.getByTestId(`start-${SEED}`).click();
    for (const g of [3, 1, 4]) {
      await page.getByTestId('reveal').click();
      await page.getByTestId(`rate-${g}`).click();
      await page.getByTestId('card-front').waitFor();
    }
    await expect.poll(async () => (await readReviews(page)).length).toBe(3);
    await page.getByTestId('nav-home').click();
    await page.getByTestId('nav-settings').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-backup').click()]);
    expect(download.suggestedFilename()).toMatch(/^lovi-backup-\d{4}-\d{2}-\d{2}\.json\.gz$/);
    const file = join(dir, download.suggestedFilename());
    await download.saveAs(file);
    const cards = await readStore<CardRecord>(page, 'cards');
    const log = await readReviews(page);
    await first.close();

    // A new browser profile: nothing stored.
    const second = await phone(getBrowser());
    const fresh = await second.newPage();
    await fresh.goto(inject('baseUrl'));
    await expect.poll(() => fresh.getByTestId('new-count').textContent()).toBe('8');
    await fresh.getByTestId('nav-settings').click();

    // A damaged file first: refused with a reason, nothing changes.
    const damaged = join(dir, 'damaged.json.gz');
    const bytes = readFileSync(file);
    writeFileSync(damaged, bytes.subarray(0, bytes.length - 30));
    await fresh.getByTestId('import-backup').setInputFiles(damaged);
    await expect.poll(() => fresh.getByTestId('import-result').textContent()).toContain('ເສຍຫາຍ'); // "damaged"
    expect(await readReviews(fresh)).toEqual([]);

    await fresh.getByTestId('import-backup').setInputFiles(file);
    await expect.poll(() => fresh.getByTestId('import-result').textContent()).toMatch(/3/);
    const sortById = <T extends { id?: string; cardId?: string }>(xs: T[]) => [...xs].sort((a, b) => String(a.id ?? a.cardId).localeCompare(String(b.id ?? b.cardId)));
    expect(sortById(await readReviews(fresh))).toEqual(sortById(log));
    // Studied cards come back exactly (state, next due date); new ones keep their place in line
    // (their nominal due time is when this browser installed the deck, which means nothing for a new card).
    const restored = sortById(await readStore<CardRecord>(fresh, 'cards'));
    const studied = (c: CardRecord) => c.reps > 0;
    expect(restored.filter(studied)).toEqual(sortById(cards).filter(studied));
    expect(restored.filter(studied)).toHaveLength(3);
    const place = (c: CardRecord) => [c.cardId, c.queue, c.sortKey, c.state];
    expect(restored.filter((c) => !studied(c)).map(place)).toEqual(sortById(cards).filter((c) => !studied(c)).map(place));
    await fresh.getByTestId('nav-home').click();
    await expect.poll(() => fresh.getByTestId('new-count').textContent()).toBe('5');
    await second.close();
  });

  it('says so when a backup cannot be made, instead of failing silently', async () => {
    const context = await phone(getBrowser());
    // A browser that cannot compress (as when the backup is too large to build): the export throws.
    await context.addInitScript({ content: 'window.CompressionStream = class { constructor() { throw new RangeError("Invalid string length"); } };' });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.getByTestId('language').selectOption('en');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('export-backup').click();
    await expect.poll(() => page.getByTestId('export-result').textContent()).toContain('could not be made');
    expect(await page.getByTestId('export-result').getAttribute('role')).toBe('alert');
    await context.close();
  });
});
