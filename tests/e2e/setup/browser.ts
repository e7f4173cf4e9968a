// Debian's Chromium, headless, driven by playwright-core (which never
// downloads a browser of its own). A fresh profile per context.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CHROMIUM = process.env.LOVI_CHROMIUM ?? '/usr/bin/chromium';
export const ARTIFACTS = fileURLToPath(new URL('../../artifacts/', import.meta.url));

const LAUNCH = {
  executablePath: CHROMIUM,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
};

/** A phone: 360×800 CSS pixels, touch, Lao-speaking, in Laos. */
const PHONE = {
  viewport: { width: 360, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  locale: 'lo-LA', timezoneId: 'Asia/Vientiane',
};

export async function launch(): Promise<Browser> {
  return chromium.launch(LAUNCH);
}

export async function phone(browser: Browser): Promise<BrowserContext> {
  return browser.newContext(PHONE);
}

/**
 * A phone whose profile (IndexedDB, service worker) lives in `dir`, so a
 * test can close the browser and come back another day with a new clock.
 * (Moving a running fake clock by days makes Playwright replay every timer
 * since the start on the next reload, which hangs the page.)
 */
export async function persistentPhone(dir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, { ...LAUNCH, ...PHONE });
}

/** Screenshots for people to look at, in a folder git ignores. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(`${ARTIFACTS}screenshots`, { recursive: true });
  await page.screenshot({ path: `${ARTIFACTS}screenshots/${name}.png`, fullPage: true });
}

/** Every record of one object store of the app's database, read in the page. */
export async function readStore<T>(page: Page, store: string): Promise<T[]> {
  return page.evaluate((name) => new Promise<T[]>((resolve, reject) => {
    const open = indexedDB.open('lovi');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const req = open.result.transaction(name).objectStore(name).getAll();
      req.onsuccess = () => { resolve(req.result as T[]); open.result.close(); };
      req.onerror = () => reject(req.error);
    };
  }), store);
}
