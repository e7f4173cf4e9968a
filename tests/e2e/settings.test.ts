import { describe, expect, inject, it } from 'vitest';
import { sharedBrowser, phone, screenshot } from './setup/browser.ts';

const getBrowser = sharedBrowser();

describe('settings', () => {
  it('changes the daily new-card limit, which the home screen and a reload obey', async () => {
    const context = await phone(getBrowser());
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await expect.poll(() => page.getByTestId('new-count').textContent()).toBe('8');
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('setting-newPerDay').fill('3');
    await page.getByTestId('save-settings').click();
    await page.getByTestId('settings-saved').waitFor();
    await screenshot(page, 'settings-360');
    await page.getByTestId('nav-home').click();
    await expect.poll(() => page.getByTestId('new-count').textContent()).toBe('3');
    await page.reload();
    await expect.poll(() => page.getByTestId('new-count').textContent()).toBe('3');
    await page.getByTestId('nav-settings').click();
    expect(await page.getByTestId('setting-newPerDay').inputValue()).toBe('3');
    await context.close();
  });

  it('refuses a value out of range in the form', async () => {
    const context = await phone(getBrowser());
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('setting-desiredRetention').fill('1.5');
    await page.getByTestId('save-settings').click();
    expect(await page.getByTestId('setting-desiredRetention').evaluate((e) => (e as HTMLInputElement).validity.valid)).toBe(false);
    expect(await page.getByTestId('settings-saved').count()).toBe(0);
    await context.close();
  });
});
