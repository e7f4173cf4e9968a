// Offline-first, proven by taking the network away for real: the static
// server is stopped and the context is offline (setOffline alone has not
// always covered a service worker's own requests).
import { describe, expect, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { firstVisit, phone, rateCards, readReviews, readStore, sharedBrowser } from './setup/browser.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { buildApp } from '../../scripts/build-app.ts';


const SEED = 'kpl-2018-asean-e-services';
const DIST = fileURLToPath(new URL('../artifacts/dist', import.meta.url));
const getBrowser = sharedBrowser();

/** Every request the page and its service worker make. */
function recordRequests(context: BrowserContext): string[] {
  const urls: string[] = [];
  context.on('request', (r) => urls.push(r.url()));
  return urls;
}

async function reviewCards(page: Page, n: number) {
  await page.getByTestId(`start-${SEED}`).click();
  await rateCards(page, Array(n).fill(3));
}

describe('offline', () => {
  it('works with the server gone and the network off: reload, review three cards, reload', async () => {
    const server = await serveStatic(DIST);
    const context = await phone(getBrowser());
    const requests = recordRequests(context);
    const page = await context.newPage();
    await firstVisit(page, server.url);

    // Going offline shows a calm hint. (Checked on the open page: after a reload under
    // Playwright's offline emulation, this Chromium still reports navigator.onLine = true.)
    await context.setOffline(true);
    await page.getByTestId('offline-indicator').waitFor();
    await server.close();
    await page.reload();
    await reviewCards(page, 3);
    await page.reload();
    // Mid-session: back on the next card, offline too; the counts are a tap away.
    await page.getByTestId('card-front').waitFor();
    await page.getByTestId('nav-home').click();
    await page.getByTestId(`start-${SEED}`).waitFor();
    expect((await readReviews(page)).map((e) => e.grade)).toEqual([3, 3, 3]);
    await expect.poll(() => page.getByTestId('new-count').textContent()).toBe('5');
    // Calm: a hint, not an error.
    expect(await page.getByTestId('problem').count()).toBe(0);

    // Not one request ever left the app's origin.
    const origin = new URL(server.url).origin;
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'))).toEqual([]);
    await context.close();
  });

  it('works from a plain static server under a sub-path, offline too', async () => {
    const dir = await buildApp(fileURLToPath(new URL('../artifacts/dist-lovi', import.meta.url)), { LOVI_BASE: '/lovi/' });
    const server = await serveStatic(dir, '/lovi/');
    const context = await phone(getBrowser());
    const page = await context.newPage();
    await firstVisit(page, server.url);
    const manifest = await page.evaluate(async () => (await fetch(document.querySelector<HTMLLinkElement>('link[rel=manifest]')!.href)).json());
    expect(manifest).toMatchObject({ start_url: '/lovi/', scope: '/lovi/' });
    expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)).toBe(`${server.url}`);

    await server.close();
    await context.setOffline(true);
    await page.reload();
    await reviewCards(page, 1);
    await context.close();
  });

  it('downloads each file once on the first visit, the service worker included (a data plan is precious)', async () => {
    const server = await serveStatic(DIST);
    const context = await phone(getBrowser());
    const page = await context.newPage();
    await firstVisit(page, server.url);
    const assets = server.requests.filter((p) => p.startsWith('/assets/'));
    const twice = assets.filter((p, i) => assets.indexOf(p) !== i);
    // The page fetched the deck, the fonts and the scripts; the precache took them from the HTTP cache.
    expect(assets.some((p) => p.endsWith('.json'))).toBe(true);
    expect(twice).toEqual([]);
    await context.close();
    await server.close();
  });
});
