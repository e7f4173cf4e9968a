// Hostile content: deck and backup text made of markup and script is shown
// as the characters it is. Nothing from data is ever parsed as HTML.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { persistentPhone } from './setup/browser.ts';
import { buildHostileApp, HOSTILE, HOSTILE_LAO, HOSTILE_TITLE, HOSTILE_VI } from './setup/fault-content.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { backupBytes, syntheticBackup } from '../../scripts/fixtures/synthetic-backup.ts';


/** Elements the markup in the data would have made, had it been parsed. */
async function injected(page: Page): Promise<number> {
  return page.evaluate(() => document.querySelectorAll('main img, main script, main b, main i').length + ((window as { __pwned?: number }).__pwned ?? 0));
}

describe('hostile content', () => {
  it('shows markup in deck and backup text as text', async () => {
    const server = await serveStatic(await buildHostileApp());
    // On disk, as on a phone.
    const context = await persistentPhone(mkdtempSync(join(tmpdir(), 'lovi-hostile-')));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);

    const deck = page.getByTestId(`deck-${HOSTILE}`);
    expect(await deck.locator('.deck-title').textContent()).toBe(HOSTILE_TITLE);
    await page.getByTestId(`start-${HOSTILE}`).click();
    // The first card shows the Vietnamese sentence and asks for its meaning.
    expect(await page.getByTestId('card-front').locator('[lang="vi"]').textContent()).toBe(HOSTILE_VI);
    await page.getByTestId('reveal').click();
    expect(await page.getByTestId('card-back').locator('[lang="lo"]').textContent()).toBe(HOSTILE_LAO);
    expect(await injected(page)).toBe(0);

    // A backup carrying markup in its sentences: imported, found, shown as text.
    const backup = syntheticBackup({ pairs: 2, reviews: 3 });
    backup.pairs[0] = { ...backup.pairs[0]!, lo: `ຂໍ້ຄວາມ ${HOSTILE_LAO}`, vi: `Văn bản ${HOSTILE_VI}` };
    const file = join(mkdtempSync(join(tmpdir(), 'lovi-hostile-')), 'hostile.json.gz');
    writeFileSync(file, backupBytes(backup));
    await page.getByTestId('nav-home').click();
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('import-backup').setInputFiles(file);
    await expect.poll(() => page.getByTestId('import-result').getAttribute('data-busy')).toBe('false');
    await page.getByTestId('nav-home').click();
    await page.getByTestId('nav-browse').click();
    await page.getByTestId('browse-search').fill('van ban');
    await expect.poll(() => page.getByTestId('browse-result').count()).toBe(1);
    expect(await page.getByTestId('browse-result').locator('[lang="vi"]').textContent()).toBe(`Văn bản ${HOSTILE_VI}`);
    expect(await injected(page)).toBe(0);
    await context.close();
    await server.close();
  });
});
