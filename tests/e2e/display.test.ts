// Reading comfort: light and dark themes (following the phone by default, or
// chosen), readable contrast on every screen, the sentence size, no flash of
// the wrong theme, no sideways scrolling, large enough targets.
import { describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { PHONE } from '../../scripts/chromium.ts';
import { sharedBrowser } from './setup/browser.ts';
import { lowContrast, pageOverflow, smallTargets } from './setup/page-checks.ts';
import { TEXT_SIZES } from '../../src/ui/display.ts';

const SEED = 'kpl-2018-asean-e-services';
const getBrowser = sharedBrowser();

async function newPhone(options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await getBrowser().newContext({ ...PHONE, ...options });
  return { context, page: await context.newPage() };
}

/** The page's own background colour as [r, g, b] and its relative luminance. */
async function pageBackground(page: Page): Promise<number> {
  return page.evaluate(() => {
    const [r, g, b] = getComputedStyle(document.documentElement).backgroundColor.match(/\d+/g)!.map(Number);
    const f = (v: number) => ((v / 255) <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4);
    return 0.2126 * f(r!) + 0.7152 * f(g!) + 0.0722 * f(b!);
  });
}

/** Every screen a learner meets, each checked by `check` once it shows. */
async function everyScreen(page: Page, check: (screen: string) => Promise<void>): Promise<void> {
  await page.goto(inject('baseUrl'));
  await page.getByTestId(`start-${SEED}`).waitFor();
  await check('home');
  await page.getByTestId(`start-${SEED}`).click();
  await page.getByTestId('reveal').waitFor();
  await check('question');
  await page.getByTestId('reveal').click();
  await page.getByTestId('rate-4').waitFor();
  await check('answer');
  while (await page.getByTestId('reveal').isVisible() || await page.getByTestId('rate-4').isVisible()) {
    if (await page.getByTestId('reveal').isVisible()) await page.getByTestId('reveal').click();
    await page.getByTestId('rate-4').click();
    await page.locator('[data-testid="reveal"], [data-testid="session-summary"]').first().waitFor();
  }
  await check('summary');
  await page.getByTestId('nav-home').click();
  await page.getByTestId('nav-stats').click();
  await page.getByTestId('stats').waitFor();
  await check('statistics');
  await page.getByTestId('nav-browse').click();
  await page.getByTestId('browse-search').fill('ASEAN');
  await page.getByTestId('browse-result').first().waitFor();
  await check('browser');
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings').waitFor();
  await check('settings');
  await page.getByTestId('nav-home').click();
  await page.getByTestId('add-sentences').click();
  await page.getByTestId('add-pair').click();
  await page.getByTestId('pair-lo').fill('Xin chào');
  await page.getByTestId('pair-vi').fill('Xin chào');
  await page.getByTestId('save-pair').click();
  await page.getByTestId('pair-problems').waitFor();
  await check('add sentences');
}

describe('themes', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`follows the phone's ${scheme} theme, with every text at least 4.5:1 and every target 48 px on every screen`, async () => {
      const { context, page } = await newPhone({ colorScheme: scheme });
      const seen: string[] = [];
      await everyScreen(page, async (screen) => {
        expect(await page.evaluate(() => document.documentElement.dataset.theme), screen).toBe(scheme);
        const luminance = await pageBackground(page);
        if (scheme === 'dark') expect(luminance, screen).toBeLessThan(0.05);
        else expect(luminance, screen).toBeGreaterThan(0.8);
        const { checked, failures } = await lowContrast(page);
        expect(checked, screen).toBeGreaterThan(3);
        expect(failures, `${screen} (${scheme})`).toEqual([]);
        expect(await smallTargets(page), `${screen} (${scheme})`).toEqual([]);
        seen.push(screen);
      });
      expect(seen).toEqual(['home', 'question', 'answer', 'summary', 'statistics', 'browser', 'settings', 'add sentences']);
      const themeColor = await page.locator('meta[name="theme-color"]').getAttribute('content');
      expect(themeColor).toBe(scheme === 'dark' ? '#2b1a19' : '#b3261e');
      await context.close();
    });
  }

  it('keeps a chosen theme over the phone\'s, from the first paint of the next start', async () => {
    const { context, page } = await newPhone({ colorScheme: 'light' });
    // The theme the page has when <body> is first parsed, before any module script runs.
    await context.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.body) return;
        (window as { __themeAtBody?: string | null }).__themeAtBody = document.documentElement.getAttribute('data-theme');
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(inject('baseUrl'));
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('setting-theme').selectOption('dark');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe('#2b1a19');
    await page.reload();
    await page.getByTestId(`start-${SEED}`).waitFor();
    expect(await page.evaluate(() => (window as { __themeAtBody?: string | null }).__themeAtBody)).toBe('dark');
    expect(await pageBackground(page)).toBeLessThan(0.05);
    // Back to the phone's theme, which follows the phone when it changes.
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('setting-theme').selectOption('system');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await context.close();
  });
});

describe('text size', () => {
  it('offers at least four sizes, applies each to the sentences at once and after a reload, never with sideways scrolling', async () => {
    const { context, page } = await newPhone({ viewport: { width: 320, height: 568 } });
    await page.goto(inject('baseUrl'));
    await page.getByTestId('nav-settings').click();
    // The settings screen loads on first use: its options are read once it is there (evaluateAll does not wait).
    await page.getByTestId('setting-text-size').waitFor();
    const options = await page.getByTestId('setting-text-size').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(options.length).toBeGreaterThanOrEqual(4);
    expect(options).toEqual(TEXT_SIZES.map(String));
    const sentencePx = () => page.locator('.sentence[lang="vi"]').first().evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    for (const size of TEXT_SIZES) {
      await page.getByTestId('nav-settings').click();
      await page.getByTestId('setting-text-size').selectOption(String(size));
      // The sample in the settings follows at once.
      expect(await sentencePx()).toBeCloseTo(20 * (size / 100), 1);
      await page.reload();
      await page.getByTestId(`start-${SEED}`).click();
      await page.getByTestId('reveal').click();
      expect(await sentencePx(), `${size} %`).toBeCloseTo(20 * (size / 100), 1);
      expect(await pageOverflow(page), `${size} %`).toMatchObject({ x: 0 });
      expect(await page.locator('.review-scroll').evaluate((e) => e.scrollWidth - e.clientWidth), `${size} %`).toBe(0);
      await page.getByTestId('nav-home').click();
    }
    await context.close();
  });

  it('stays usable at 200 % browser zoom: no sideways scrolling on any screen', async () => {
    // 360×640 at 200 % zoom lays out 180×320 CSS pixels.
    const { context, page } = await newPhone({ viewport: { width: 180, height: 320 } });
    await everyScreen(page, async (screen) => {
      expect(await pageOverflow(page), screen).toMatchObject({ x: 0 });
      expect(await smallTargets(page), screen).toEqual([]);
    });
    await context.close();
  });
});
