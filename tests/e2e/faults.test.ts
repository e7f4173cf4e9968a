// Faults a phone meets: the app closed in the middle of saving a review,
// installing a large deck, or importing a backup. On reopening, the database
// is consistent: every card's state is the FSRS replay of its log, the day summaries
// add up to the log, and nothing recorded before is lost.
import { beforeAll, describe, expect, inject, it } from 'vitest';
import type { BrowserContext, Page } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectConsistentPage, persistentPhone, phone, rateCards, readReviews, readStore, sharedBrowser } from './setup/browser.ts';
import { buildLargeDeckApp, LARGE, LARGE_PAIRS } from './setup/fault-content.ts';
import { INSTALL_CHUNK } from '../../src/storage/install.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { backupBytes, syntheticBackup } from '../../scripts/fixtures/synthetic-backup.ts';
import { generateCorpus } from '../../scripts/fixtures/corpus.ts';
import type { DeckTally } from '../../src/stats/tallies.ts';
import type { CardRecord, DeckRecord, PairRecord } from '../../src/storage/schema.ts';

const SEED = 'kpl-2018-asean-e-services';
const DIST = fileURLToPath(new URL('../artifacts/dist', import.meta.url));
const getBrowser = sharedBrowser();

/** The page closes once two of the six install transactions have committed. */
const CUT_AFTER = 2 * INSTALL_CHUNK;
// Timeouts sized to each step's work, measured here with one of the two cores kept busy
// (`yes > /dev/null`), with a margin of over 6× for a slower machine:
/** A 3,000-pair deck or file saved: 4.5 s in all (2.7 s to finish after the cut). */
const INSTALL_MS = 30_000;
/** A 3,000-pair file chosen → its preview, ready to save: 0.9 s. */
const PREVIEW_MS = 15_000;
/** A backup of 3,000 reviews imported: 1.5 s. */
const BACKUP_MS = 15_000;
/** Each test of this file takes 8–14 s with a core busy. */
const TEST_MS = 60_000;

/** Checks the database is consistent (setup/browser.ts expectConsistentPage). Returns the number of reviews in the log. */
async function expectConsistent(page: Page): Promise<number> {
  await expectConsistentPage(page);
  return (await readReviews(page)).length;
}

async function reviewSeedCards(page: Page, n: number): Promise<void> {
  await page.getByTestId(`start-${SEED}`).click();
  await rateCards(page, Array(n).fill(3));
  await page.getByTestId('nav-home').click();
}

describe('closed mid-write', () => {
  it('leaves a consistent database when the page closes right after a rating, at any moment', async () => {
    const context = await phone(getBrowser());
    let saved = 0;
    // Close at different moments after the tap: before, during and after the transaction.
    for (const delay of [0, 1, 3, 8, 20, 50]) {
      const page = await context.newPage();
      await page.goto(inject('baseUrl'));
      await page.getByTestId(`start-${SEED}`).click();
      await page.getByTestId('reveal').click();
      await page.getByTestId('rate-3').click({ noWaitAfter: true });
      if (delay) await new Promise((r) => setTimeout(r, delay));
      await page.close({ runBeforeUnload: false });

      const check = await context.newPage();
      await check.goto(inject('baseUrl'));
      await check.getByTestId(`start-${SEED}`).waitFor();
      const now = await expectConsistent(check);
      // Nothing saved before is lost; the last rating is either all there or not at all.
      expect(now).toBeGreaterThanOrEqual(saved);
      expect(now).toBeLessThanOrEqual(saved + 1);
      saved = now;
      await check.close();
    }
    await context.close();
  }, TEST_MS);

  describe('a large deck install', () => {
    let faults = '';
    beforeAll(async () => {
      faults = await buildLargeDeckApp();
    });

    it('lists a new deck after its first part: the learner studies while the rest goes in, and it ends whole', async () => {
      const server = await serveStatic(faults);
      const context: BrowserContext = await persistentPhone(mkdtempSync(join(tmpdir(), 'lovi-early-')), { serviceWorkers: 'block' });
      const page = context.pages()[0] ?? (await context.newPage());
      // A slow phone, so that the install is still going on when the learner begins.
      await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await page.goto(server.url);
      await page.getByTestId(`start-${LARGE}`).waitFor({ timeout: INSTALL_MS });
      expect(await page.getByTestId('installing').count()).toBe(1);
      await page.getByTestId(`start-${LARGE}`).click();
      await rateCards(page, [3, 1]);
      await page.getByTestId('nav-home').click();
      await page.getByTestId('installing').waitFor({ state: 'detached', timeout: INSTALL_MS });
      expect((await readStore<DeckRecord>(page, 'decks')).find((d) => d.id === LARGE)?.contentHash).not.toBe('');
      expect((await readStore<PairRecord>(page, 'pairs')).filter((p) => p.deckId === LARGE)).toHaveLength(LARGE_PAIRS);
      await expectNewCardsOnce(page, LARGE, LARGE_PAIRS, 2);
      expect(await expectConsistent(page)).toBe(2);
      await context.close();
      await server.close();
    }, TEST_MS);

    it('is finished at the next start when the page closed halfway, and the reviews before it are kept', async () => {
      const server = await serveStatic(DIST);
      // No service worker: the test swaps the served build under the page, as a new release would.
      const context: BrowserContext = await persistentPhone(mkdtempSync(join(tmpdir(), 'lovi-install-')), { serviceWorkers: 'block' });
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(server.url);
      await reviewSeedCards(page, 3);

      // A release with a deck of six install transactions; the page closes once two have committed.
      server.root = faults;
      await page.reload();
      await page.waitForFunction((min) => (document.querySelector<HTMLProgressElement>('[data-testid=installing] progress')?.value ?? 0) >= min, CUT_AFTER, { polling: 10, timeout: INSTALL_MS });
      await page.close({ runBeforeUnload: false });

      // Looked at without starting the app: cut short, the deck listed (after its first part) but not marked installed.
      const look = await context.newPage();
      await look.goto(`${server.url}manifest.webmanifest`);
      const partial = (await readStore<PairRecord>(look, 'pairs')).filter((p) => p.deckId === LARGE).length;
      expect(partial).toBeGreaterThanOrEqual(CUT_AFTER);
      expect(partial).toBeLessThan(LARGE_PAIRS);
      expect((await readStore<DeckRecord>(look, 'decks')).find((d) => d.id === LARGE)?.contentHash).toBe('');
      expect(await expectConsistent(look)).toBe(3);
      await look.close();

      // The next start finishes it: every pair and card once, the reviews before it kept.
      const again = await context.newPage();
      await again.goto(server.url);
      await again.getByTestId(`start-${LARGE}`).waitFor({ timeout: INSTALL_MS });
      await again.getByTestId('installing').waitFor({ state: 'detached', timeout: INSTALL_MS });
      expect((await readStore<DeckRecord>(again, 'decks')).find((d) => d.id === LARGE)?.contentHash).not.toBe('');
      expect((await readStore<PairRecord>(again, 'pairs')).filter((p) => p.deckId === LARGE)).toHaveLength(LARGE_PAIRS);
      await expectNewCardsOnce(again, LARGE, LARGE_PAIRS);
      expect(await expectConsistent(again)).toBe(3);
      await context.close();
      await server.close();
    }, TEST_MS);
  });

  it('finishes an import of the learner\'s own file at the next start when the page closed during its save', async () => {
    const PAIRS = LARGE_PAIRS;
    const file = join(mkdtempSync(join(tmpdir(), 'lovi-import-')), 'large.tsv');
    writeFileSync(file, generateCorpus(PAIRS, 5));
    const context = await persistentPhone(mkdtempSync(join(tmpdir(), 'lovi-import-cut-')));
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(inject('baseUrl'));
    await reviewSeedCards(page, 2);
    await page.getByTestId('add-sentences').click();
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-save').click({ timeout: PREVIEW_MS });
    await page.waitForFunction((min) => (document.querySelector<HTMLProgressElement>('[data-testid=import-progress] progress')?.value ?? 0) >= min, CUT_AFTER, { polling: 10, timeout: INSTALL_MS });
    await page.close({ runBeforeUnload: false });

    const look = await context.newPage();
    await look.goto(`${inject('baseUrl')}manifest.webmanifest`);
    const partial = (await readStore<PairRecord>(look, 'pairs')).filter((p) => p.deckId === 'own-large').length;
    expect(partial).toBeGreaterThanOrEqual(CUT_AFTER);
    expect(partial).toBeLessThan(PAIRS);
    expect((await readStore<{ id: string }>(look, 'decks')).map((d) => d.id)).not.toContain('own-large');
    await look.close();

    const again = await context.newPage();
    await again.goto(inject('baseUrl'));
    await again.getByTestId('start-own-large').waitFor({ timeout: INSTALL_MS });
    expect((await readStore<PairRecord>(again, 'pairs')).filter((p) => p.deckId === 'own-large')).toHaveLength(PAIRS);
    await expectNewCardsOnce(again, 'own-large', PAIRS);
    expect(await again.evaluate(() => new Promise((resolve) => {
      const open = indexedDB.open('lovi');
      open.onsuccess = () => {
        const req = open.result.transaction('settings').objectStore('settings').get('pendingImport');
        req.onsuccess = () => { resolve(req.result === undefined); open.result.close(); };
      };
    }))).toBe(true);
    expect(await expectConsistent(again)).toBe(2);
    await context.close();
  }, TEST_MS);

  it('leaves a backup import all done or not done at all when the page closes during it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lovi-faults-'));
    const file = join(dir, 'large-backup.json.gz');
    const IMPORTED = 3_000;
    writeFileSync(file, backupBytes(syntheticBackup({ pairs: 400, reviews: IMPORTED })));
    const importIn = async (page: Page) => {
      await page.goto(inject('baseUrl'));
      await page.getByTestId('nav-settings').click();
      await page.getByTestId('import-backup').setInputFiles(file);
    };
    const finished = (page: Page) => expect.poll(() => page.getByTestId('import-result').getAttribute('data-busy'), { timeout: BACKUP_MS }).toBe('false');

    // How long the whole import takes here (another profile), so the closes below fall all along it.
    const timing = await persistentPhone(join(dir, 'timing'));
    const timed = timing.pages()[0] ?? (await timing.newPage());
    const t0 = Date.now();
    await importIn(timed);
    await finished(timed);
    const duration = Date.now() - t0;
    await timing.close();

    const context = await persistentPhone(join(dir, 'profile'));
    const first = context.pages()[0] ?? (await context.newPage());
    await first.goto(inject('baseUrl'));
    await reviewSeedCards(first, 3);
    await first.close();

    const outcomes: number[] = [];
    let cutShort = 0;
    for (const fraction of [0.3, 0.5, 0.7, 0.85, 0.95]) {
      const page = await context.newPage();
      const t = Date.now();
      await importIn(page);
      await new Promise((r) => setTimeout(r, Math.max(0, duration * fraction - (Date.now() - t))));
      if ((await page.getByTestId('import-result').getAttribute('data-busy')) === 'true') cutShort++;
      await page.close({ runBeforeUnload: false });

      const check = await context.newPage();
      await check.goto(inject('baseUrl'));
      await check.getByTestId(`start-${SEED}`).waitFor();
      const n = await expectConsistent(check);
      outcomes.push(n);
      await check.close();
      if (n > 3) break;
    }
    // Closes came in the middle of the import, and every time it was all or nothing.
    expect(cutShort).toBeGreaterThan(0);
    for (const n of outcomes) expect([3, 3 + IMPORTED]).toContain(n);

    // Imported to the end once the page stays open.
    const last = await context.newPage();
    await importIn(last);
    await finished(last);
    expect(await expectConsistent(last)).toBe(3 + IMPORTED);
    await context.close();
  }, TEST_MS);
});

/**
 * Every sentence of a deck just installed counted once among its new cards: those the queue wrote
 * ahead (storage/new-cards.ts), in places of their own, and one per kind for each of the rest.
 */
async function expectNewCardsOnce(page: Page, deckId: string, pairs: number, studied = 0): Promise<void> {
  const cards = (await readStore<CardRecord>(page, 'cards')).filter((c) => c.deckId === deckId);
  const tally = (await readStore<DeckTally>(page, 'tallies')).find((t) => t.deckId === deckId)!;
  expect(cards.length).toBeGreaterThan(0);
  expect(new Set(cards.map((c) => c.order)).size).toBe(cards.length);
  expect(new Set(cards.map((c) => c.pairId)).size + (tally.virtualPairs ?? 0)).toBe(pairs);
  expect(tally.states.new + studied + (tally.virtualPairs ?? 0) * 4).toBe(pairs * 4);
}
