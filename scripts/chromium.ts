// How Lovi starts Chromium, for the browser tests and the benchmarks alike:
// Debian's Chromium, headless, never a browser downloaded by a tool; a phone
// in Laos (360×800, touch, Lao locale, Vientiane time).
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = process.env.LOVI_CHROMIUM ?? '/usr/bin/chromium';

export const LAUNCH = {
  executablePath: CHROMIUM,
  headless: true,
  // Without the background-networking flags Chromium keeps trying to reach Google on this closed network.
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'],
};

export const PHONE = {
  viewport: { width: 360, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
  locale: 'lo-LA', timezoneId: 'Asia/Vientiane',
};

/**
 * A phone whose profile (IndexedDB, service worker) lives in `dir` and outlives the browser.
 * Also the one to use for large data: a fresh context's IndexedDB lives in memory, and
 * Chromium's in-memory store is ~7× slower at 20,000 writes than a profile on disk.
 */
export function persistentPhone(dir: string, options: { serviceWorkers?: 'allow' | 'block' } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(dir, { ...LAUNCH, ...PHONE, ...options });
}
