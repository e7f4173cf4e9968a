// A new version: detected, offered, applied only on the learner's tap, and
// never at the cost of the review in progress.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { fileURLToPath } from 'node:url';
import { firstVisit, phone, rateCards, readReviews, readStore, sharedBrowser } from './setup/browser.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { buildApp } from '../../scripts/build-app.ts';


const SEED = 'kpl-2018-asean-e-services';
const DIST = fileURLToPath(new URL('../artifacts/dist', import.meta.url));
const getBrowser = sharedBrowser();

/** Asks the browser to look for a new version, as it does on its own now and then; false if it could not. */
function checkForUpdate(page: Page): Promise<boolean> {
  return page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update().then(() => true, () => false));
}

async function rateOne(page: Page, expected: number): Promise<void> {
  await rateCards(page, [3]);
  expect(await readReviews(page)).toHaveLength(expected);
}

describe('updates', () => {
  let next = '';
  beforeAll(async () => {
    next = await buildApp(fileURLToPath(new URL('../artifacts/dist-next', import.meta.url)), { LOVI_VERSION: '9.9.9-next' });
  });

  it('offers a rebuilt app, waits for the tap, and keeps the review in progress', async () => {
    const server = await serveStatic(DIST);
    const context = await phone(getBrowser());
    const page = await context.newPage();
    await firstVisit(page, server.url);

    // Mid-review: the answer is showing.
    await page.getByTestId(`start-${SEED}`).click();
    await page.getByTestId('reveal').click();
    await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));

    // The new version goes live; the browser checks for it.
    server.root = next;
    const fetched: string[] = [];
    context.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    await page.getByTestId('update-available').waitFor();

    // Nothing reloaded by itself: same document, answer still showing; the rating is saved.
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await page.getByTestId('rate-3').click();
    await expect.poll(async () => (await readReviews(page)).length).toBe(1);
    // Only what changed was downloaded: not the deck, not the fonts.
    expect(fetched.filter((p) => /\.(json|woff2)$/.test(p) && !p.endsWith('manifest.webmanifest'))).toEqual([]);

    await page.getByTestId('apply-update').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument ?? false)).toBe(false);
    // The new version opens on the card the learner was studying (src/ui/review/resume.ts).
    await page.getByTestId('card-front').waitFor();
    await page.getByTestId('nav-home').click();
    await page.getByTestId('nav-settings').click();
    expect(await page.getByTestId('app-version').textContent()).toContain('9.9.9-next');
    expect(await readReviews(page)).toHaveLength(1);
    await server.close();
    await context.close();
  });

  it('keeps working when the update check fails offline, and applies a downloaded update offline', async () => {
    // Offline means the server is gone too (setOffline alone does not stop a service worker's requests).
    let server = await serveStatic(DIST);
    const port = Number(new URL(server.url).port);
    const context = await phone(getBrowser());
    const page = await context.newPage();
    await firstVisit(page, server.url);
    await page.getByTestId(`start-${SEED}`).click();

    // Offline, the check for a new version fails; nothing is said, studying goes on.
    await context.setOffline(true);
    await server.close();
    expect(await checkForUpdate(page)).toBe(false);
    await rateOne(page, 1);
    expect(await page.getByTestId('update-available').count()).toBe(0);
    expect(await page.getByTestId('problem').count()).toBe(0);

    // Online for a moment: the new version downloads and waits. The answer is showing.
    server = await serveStatic(next, '/', port);
    await context.setOffline(false);
    expect(await checkForUpdate(page)).toBe(true);
    await page.getByTestId('update-available').waitFor();
    await page.getByTestId('reveal').click();

    // Offline again, for good: the rating saves, then the update applies from what was downloaded.
    await context.setOffline(true);
    await server.close();
    await page.getByTestId('rate-3').click();
    await expect.poll(async () => (await readReviews(page)).length).toBe(2);
    await page.getByTestId('apply-update').click();
    // Back on the card the learner was studying, in the new version; then its settings.
    await page.getByTestId('card-front').waitFor();
    await page.getByTestId('nav-home').click();
    await page.getByTestId('nav-settings').waitFor();
    await expect.poll(async () => (await page.getByTestId('nav-settings').click(), await page.getByTestId('app-version').textContent())).toContain('9.9.9-next');
    await page.getByTestId('nav-home').click();
    await page.getByTestId(`start-${SEED}`).click();
    await rateOne(page, 3);
    await page.reload();
    await page.getByTestId('card-front').waitFor();
    expect(await readReviews(page)).toHaveLength(3);
    await context.close();
  });
});
