// A learner with months of history, for the browser tests that need one: the
// synthetic learner's backup (a known, forgetful memory: 300 sentences, 3,000
// reviews over 120 days, the last an hour ago) imported on the settings screen.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { backupFileBytes, FORGETFUL_MEMORY, syntheticBackup } from '../../../scripts/fixtures/synthetic-backup.ts';

/** Imports the learner's history into deck `deckId`; the page must be on the settings screen. */
export async function importLearner(page: Page, deckId: string): Promise<void> {
  const file = join(mkdtempSync(join(tmpdir(), 'lovi-learner-')), 'history.json.gz');
  writeFileSync(file, await backupFileBytes(syntheticBackup({ pairs: 300, reviews: 3000, days: 120, memory: FORGETFUL_MEMORY }, deckId, Date.now() - 3_600_000)));
  await page.getByTestId('import-backup').setInputFiles(file);
  // A merge of 3,000 entries: about a second here, and 5 s with a core kept busy; 30 s is over 5× that.
  await expect.poll(() => page.getByTestId('import-result').textContent(), { timeout: 30_000 }).toMatch(/3000|3,000/);
}
