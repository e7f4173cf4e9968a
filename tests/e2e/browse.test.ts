// The card browser: search with or without diacritics, state, history, suspend, reset.
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, phone, screenshot } from './setup/browser.ts';
import { correction } from './setup/page-checks.ts';

const SEED = 'kpl-2018-asean-e-services';
const getBrowser = sharedBrowser();

describe('card browser', () => {
  it('finds a sentence without diacritics, shows its cards and history, suspends and resets', async () => {
    const context = await phone(getBrowser());
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.getByTestId('language').selectOption('en');
    // Study the first card so it has a history.
    await page.getByTestId(`start-${SEED}`).click();
    await page.getByTestId('reveal').click();
    await page.getByTestId('rate-3').click();
    await page.getByTestId('card-front').waitFor();
    await page.getByTestId('nav-home').click();

    await page.getByTestId('nav-browse').click();
    // Search words without marks stay as typed: the keyboard corrects nothing.
    expect(await correction(page, 'browse-search')).toMatchObject({ autocorrect: 'off', autocapitalize: 'off', spellcheck: false });
    expect([false, 'absent']).toContain((await correction(page, 'browse-search')).autocorrectProperty);
    await page.getByTestId('browse-search').fill('bo buu chinh vien thong');
    await expect.poll(() => page.getByTestId('browse-result').count()).toBe(1);
    const result = page.getByTestId('browse-result');
    expect(await result.locator('[lang="vi"]').textContent()).toMatch(/^Bộ Bưu chính, Viễn thông/);
    const recognition = result.locator('[data-testid^="browse-card-"]').first();
    expect(await recognition.getByTestId('card-state').textContent()).toBe('Learning');
    await recognition.getByTestId('show-history').click();
    await expect.poll(() => recognition.getByTestId('card-history').locator('li').allTextContents()).toEqual([expect.stringMatching(/Good$/)]);
    await screenshot(page, 'browse-360');

    // Lao search too.
    await page.getByTestId('browse-search').fill('ພາບປະກອບ');
    await expect.poll(async () => (await page.getByTestId('browse-result').locator('[lang="vi"]').allTextContents())).toEqual(['Hình minh họa: kpl.gov.la.']);

    // Suspend the photo caption's recognition card: it leaves the queue.
    const caption = page.getByTestId('browse-result').locator('[data-testid^="browse-card-"]').first();
    await caption.getByTestId('toggle-suspend').click();
    await expect.poll(() => caption.getByTestId('card-state').textContent()).toBe('Suspended');

    // Reset the studied card: new again.
    await page.getByTestId('browse-search').fill('Bộ Bưu chính');
    await expect.poll(() => page.getByTestId('browse-result').count()).toBe(1);
    await recognition.getByTestId('reset-card').click();
    await expect.poll(() => recognition.getByTestId('card-state').textContent()).toBe('New');

    await page.getByTestId('nav-home').click();
    // 8 pairs: one card suspended (its sibling takes the pair's place), one reset: still 8 new today.
    await expect.poll(() => page.getByTestId('new-count').textContent()).toBe('8');
    await context.close();
  });
});
