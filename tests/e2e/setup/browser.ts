// Debian's Chromium, headless, driven by playwright-core (which never
// downloads a browser of its own). A fresh profile per context.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CHROMIUM = process.env.LOVI_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = fileURLToPath(new URL('../../artifacts/', import.meta.url));

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
  });
}

/** A phone: 360×800 CSS pixels, touch, Lao-speaking. */
export async function phone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 360, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale: 'lo-LA' });
}

/** Screenshots for people to look at, in a folder git ignores. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(`${ARTIFACTS}screenshots`, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}screenshots/${name}.png`, fullPage: true });
}
