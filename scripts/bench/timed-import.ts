// A backup imported through the settings screen, as a learner does it: the
// milliseconds from choosing the file to the result shown.
import type { Page } from 'playwright-core';

export async function timedImport(page: Page, file: string): Promise<number> {
  await page.getByTestId('nav-settings').click();
  const t0 = Date.now();
  await page.getByTestId('import-backup').setInputFiles(file);
  await page.waitForFunction(() => document.querySelector('[data-testid="import-result"]')?.getAttribute('data-busy') === 'false', null, { timeout: 60 * 60_000, polling: 50 });
  return Date.now() - t0;
}
