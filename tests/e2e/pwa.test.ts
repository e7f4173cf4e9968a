// Install, storage persistence and the content security policy.
import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, phone } from './setup/browser.ts';

const SEED = 'kpl-2018-asean-e-services';
const getBrowser = sharedBrowser();

describe('installing and keeping data', () => {
  it('offers an install button when the browser allows it, and prompts on tap', async () => {
    const context = await phone(getBrowser());
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.getByTestId(`start-${SEED}`).waitFor();
    expect(await page.getByTestId('install').count()).toBe(0);
    // What Chromium fires when the app is installable (headless never does by itself).
    await page.evaluate(() => {
      const e = new Event('beforeinstallprompt', { cancelable: true }) as Event & { prompt: () => Promise<void>; userChoice: Promise<unknown> };
      e.prompt = async () => void ((window as unknown as { prompted: number }).prompted = 1);
      e.userChoice = Promise.resolve({ outcome: 'accepted' });
      window.dispatchEvent(e);
    });
    await page.getByTestId('install').click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { prompted?: number }).prompted)).toBe(1);
    await expect.poll(() => page.getByTestId('install').count()).toBe(0);
    await context.close();
  });

  it('explains Share → Add to Home Screen on iOS Safari', async () => {
    const context = await getBrowser().newContext({
      viewport: { width: 390, height: 844 },
      userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    expect(await page.getByTestId('install-ios').textContent()).toContain('Add to Home Screen');
    await context.close();
  });

  it('asks for persistent storage after the first finished session, not on load, and shows it in settings', async () => {
    const context = await phone(getBrowser());
    await context.addInitScript(() => {
      const w = window as unknown as { persistCalls: number };
      w.persistCalls = 0;
      const original = navigator.storage.persist.bind(navigator.storage);
      navigator.storage.persist = () => {
        w.persistCalls++;
        return original();
      };
    });
    const page = await context.newPage();
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content.Security.Policy/i.test(m.text())) violations.push(m.text());
    });
    await page.goto(inject('baseUrl'));
    await page.getByTestId(`start-${SEED}`).click();
    const calls = () => page.evaluate(() => (window as unknown as { persistCalls: number }).persistCalls);
    expect(await calls()).toBe(0);
    // A whole session: every new card, rated Easy, until Lovi says "done for today".
    for (let i = 0; i < 8; i++) {
      await page.getByTestId('reveal').click();
      await page.getByTestId('rate-4').click();
      await expect.poll(async () => (await page.getByTestId('reveal').count()) + (await page.getByTestId('done-today').count())).toBe(1);
    }
    await page.getByTestId('done-today').waitFor();
    await expect.poll(calls).toBe(1);
    // Never backed up: a gentle suggestion under "done for today", gone once a backup is taken.
    await page.getByTestId('backup-reminder').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('reminder-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^lovi-backup-/);
    await expect.poll(() => page.getByTestId('backup-reminder').count()).toBe(0);
    await page.getByTestId('nav-home').click();
    await page.getByTestId('nav-settings').click();
    const persisted = await page.evaluate(() => navigator.storage.persisted());
    expect(await page.getByTestId('storage-persisted').getAttribute('data-persisted')).toBe(String(persisted));
    expect(await page.getByTestId('storage-usage').textContent()).toMatch(/\d/);
    // The policy (script-src 'self', no inline script) blocked nothing the app needs.
    expect(violations).toEqual([]);
    await context.close();
  });
});
