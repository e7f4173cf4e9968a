import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, phone } from './setup/browser.ts';

const SEED = 'kpl-2018-asean-e-services';
const getBrowser = sharedBrowser();

describe('home screen', () => {
  it('lists the seed deck with its pairs and cards, in Lao by default', async () => {
    const context = await phone(getBrowser());
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(inject('baseUrl'));
    const deck = page.getByTestId(`deck-${SEED}`);
    await expect.poll(() => deck.count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('lo');
    expect(await deck.getByTestId('pair-count').textContent()).toBe('8 ປະໂຫຍກ');
    expect(await deck.getByTestId('card-count').textContent()).toBe('32 ບັດ');
    expect(await deck.locator('[lang="lo"]').first().textContent()).toBe('ອາຊຽນ ແລະ ລະບົບບໍລິການທັນສະໄໝ');
    expect(await deck.locator('[lang="vi"]').first().textContent()).toBe('ASEAN và các hệ thống dịch vụ hiện đại');
    // The self-hosted Lao font is what renders Lao, not whatever the device has.
    const laoFont = await page.evaluate(async () => {
      await document.fonts.ready;
      return [...document.fonts].filter((f) => f.family.replaceAll('"', '') === 'Noto Sans Lao' && f.status === 'loaded').length;
    });
    expect(laoFont).toBeGreaterThanOrEqual(1);
    // No horizontal scroll at phone width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('moves nothing on a first visit at 4×: the seed deck is listed and its install ends without a layout shift', async () => {
    const context = await phone(getBrowser());
    const page = await context.newPage();
    // A slow phone, as Lighthouse's: its CLS counted the deck list jumping up when the install progress above it went.
    await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.addInitScript(() => {
      const w = window as unknown as { __shifts: { value: number; nodes: string[] }[] };
      w.__shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean; sources: { node?: Node }[] }[]) {
          if (!e.hadRecentInput) w.__shifts.push({ value: e.value, nodes: e.sources.map((s) => (s.node as Element | undefined)?.tagName ?? '?') });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(inject('baseUrl'));
    await page.getByTestId(`start-${SEED}`).waitFor({ timeout: 20_000 });
    await page.getByTestId('installing').waitFor({ state: 'detached', timeout: 20_000 });
    // Two frames for a last shift to be reported.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const shifts = await page.evaluate(() => (window as unknown as { __shifts: { value: number; nodes: string[] }[] }).__shifts);
    expect(shifts.reduce((n, s) => n + s.value, 0), JSON.stringify(shifts)).toBeLessThan(0.01);
    await context.close();
  }, 60_000);

  it('switches the UI to English and remembers the choice', async () => {
    const context = await phone(getBrowser());
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.getByTestId('language').selectOption('en');
    const deck = page.getByTestId(`deck-${SEED}`);
    // English's messages are a chunk of their own (src/i18n/catalog.ts): shown once loaded.
    await expect.poll(() => deck.getByTestId('pair-count').textContent(), { timeout: 5000 }).toBe('8 sentences');
    await page.reload();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.getByTestId(`deck-${SEED}`).getByTestId('card-count').textContent()).toBe('32 cards');
    await context.close();
  });

  it('registers a service worker that precaches the compiled deck', async () => {
    const context = await phone(getBrowser());
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    const cached = await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        urls.push(...(await cache.keys()).map((r) => new URL(r.url).pathname));
      }
      return urls;
    });
    expect(cached.some((u) => /\/assets\/kpl-2018-asean-e-services-[\w-]+\.json$/.test(u))).toBe(true);
    expect(cached.some((u) => u.endsWith('/index.html'))).toBe(true);
    await context.close();
  });

  it('wraps the longest Lao sentence at 320 px without horizontal scroll', async () => {
    const context = await getBrowser().newContext({ viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.getByTestId(`start-${SEED}`).click();
    // Rate cards until the seed's longest Lao sentence (line 7) is on the answer side.
    for (let i = 0; i < 9; i++) {
      await page.getByTestId('reveal').click();
      const lo = await page.getByTestId('card-back').locator('[lang="lo"]').textContent();
      if (lo?.startsWith('ທ່ານ ພູຂົງ')) break;
      await page.getByTestId('rate-4').click();
      await expect.poll(() => page.getByTestId('reveal').count()).toBe(1);
    }
    expect(await page.getByTestId('card-back').textContent()).toMatch(/^ທ່ານ ພູຂົງ/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await context.close();
  });
});
