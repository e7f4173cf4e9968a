// The page killed (closed, no unload) at random moments during whatever
// writes the log: ratings, undo, suspend and bury, a backup import, the
// save of a learner's own file (sentences, no log: it is finished at the next
// start or was never begun), and the migration of a database version 5 left
// (made by the app's own code in Node, copied into the page: one transaction,
// so cut, it is done again whole at the next start). After
// each, the next start finds a consistent database (every card the replay of
// its log, tallies and day summaries a recount: setup/browser.ts
// expectConsistentPage), every entry the log had before still there (it is
// appended to only: no batch half-written), and the action either done whole
// or not at all. CRASH_TRIALS sets how many (npm test: 8, each kind of write at least once; `npm run crash`: 200).
import 'fake-indexeddb/auto';
import { describe, expect, inject, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { expectConsistentPage, phone, readLog, readReviews, readStore, sharedBrowser } from './setup/browser.ts';
import type { CardRecord, PairRecord } from '../../src/storage/schema.ts';
import type { LegacyReviewEntry } from '../../src/history/legacy.ts';
import { DB_NAME } from '../../src/storage/db.ts';
import { buildVersion5 } from '../shared/version5.ts';
import { copyDatabase, writeDatabase, type DatabaseCopy } from '../shared/database-copy.ts';
import { learnerDeckId } from '../../src/import/sources.ts';
import { generateCorpus, seededRandom } from '../../scripts/fixtures/corpus.ts';
import { backupFileBytes, syntheticBackup } from '../../scripts/fixtures/synthetic-backup.ts';

const SEED = 'kpl-2018-asean-e-services';
const TRIALS = Number(process.env.CRASH_TRIALS ?? 8);
/** A trial: an action, the page closed, a new page, the database read and checked: ~2 s here. */
const TRIAL_MS = 10_000;
const getBrowser = sharedBrowser();

type Action = 'rate' | 'undo' | 'suspend' | 'bury' | 'import' | 'sentences' | 'migrate';
const ACTIONS: readonly Action[] = ['rate', 'rate', 'undo', 'suspend', 'bury', 'import', 'sentences', 'migrate'];
/** A learner's file: two install chunks' worth, so that a kill can fall between them. */
const SENTENCES = 700;

/** What the trial does before the page is killed, ending with the write that is cut; what it did (the day's cards done: an import). */
async function act(page: Page, action: Exclude<Action, 'migrate'>, backup: string, sentences: string): Promise<Action> {
  if (action === 'sentences') {
    await page.getByTestId('add-sentences').click();
    await page.getByTestId('import-file').setInputFiles(sentences);
    await page.getByTestId('import-save').click({ timeout: TRIAL_MS });
    return action;
  }
  // Nothing left to study today (the start button gone): an import.
  if (action !== 'import' && (await page.getByTestId(`start-${SEED}`).isVisible())) {
    await page.getByTestId(`start-${SEED}`).click();
    await page.locator('[data-testid="reveal"], [data-testid="answer-mode"], [data-testid="session-summary"], [data-testid="done-today"]').first().waitFor();
    if (!(await page.getByTestId('session-summary').isVisible()) && !(await page.getByTestId('done-today').isVisible())) return study(page, action);
    await page.getByTestId('nav-home').click();
  }
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('import-backup').setInputFiles(backup);
  return 'import';
}

async function study(page: Page, action: Exclude<Action, 'import' | 'sentences' | 'migrate'>): Promise<Action> {
  if (await page.getByTestId('answer-mode').isVisible()) await page.getByTestId('answer-mode').selectOption('self');
  // An exercise card (cloze, dictation) has no suspend or bury on its face: rated instead.
  if ((action === 'suspend' || action === 'bury') && (await page.getByTestId(action).isVisible())) {
    await page.getByTestId(action).click({ noWaitAfter: true });
    return action;
  }
  if (action === 'suspend' || action === 'bury') action = 'rate';
  await page.getByTestId('reveal').click();
  if (action === 'rate') {
    await page.getByTestId('rate-3').click({ noWaitAfter: true });
    return action;
  }
  // Undo: a rating saved first (the undo button counts it), then taken back.
  await page.getByTestId('rate-1').click();
  await expect.poll(() => page.getByTestId('undo').isEnabled()).toBe(true);
  await page.getByTestId('undo').click({ noWaitAfter: true });
  return action;
}

/** The version 5 database, as data to copy into a page (built once: ~2 s). */
let version5: Promise<{ copy: DatabaseCopy; cards: CardRecord[]; reviews: number }> | undefined;
function theVersion5() {
  return (version5 ??= (async () => {
    const name = `v5-${Math.random()}`;
    await buildVersion5(name, Date.now() - 3_600_000, studyDay(Date.now()));
    const copy = { ...(await copyDatabase(indexedDB, name)), name: DB_NAME };
    const store = (n: string) => copy.stores.find((s) => s.name === n)!.values;
    return { copy, cards: store('cards') as CardRecord[], reviews: (store('reviews') as LegacyReviewEntry[]).length };
  })());
}

/** The phone's study day of a moment (the day starts at 04:00, Vientiane time: UTC+7). */
function studyDay(at: number): string {
  return new Date(at + 3 * 3_600_000).toISOString().slice(0, 10);
}

/**
 * A phone whose database version 5 left, started on this version and killed after a random delay
 * (before, during or after the upgrade); said how it was found: 'cut' (still version 5) or 'done'.
 * Then the next start: every review there, every studied card as it was, the database consistent.
 */
async function migrationTrial(delay: number): Promise<'cut' | 'done'> {
  const { copy, cards, reviews } = await theVersion5();
  const context = await phone(getBrowser());
  // A page of the app's origin that does not run the app: the database is written there first.
  const other = `${inject('baseUrl')}manifest.webmanifest`;
  const page = await context.newPage();
  await page.goto(other);
  // Playwright's types for an argument this deep go beyond what TypeScript follows.
  await page.evaluate(writeDatabase as (c: unknown) => Promise<void>, copy as unknown);
  await page.goto(inject('baseUrl'), { waitUntil: 'commit' });
  await new Promise((r) => setTimeout(r, delay));
  await page.close({ runBeforeUnload: false });

  const look = await context.newPage();
  await look.goto(other);
  const found = await look.evaluate((name) => new Promise<number>((resolve) => {
    const open = indexedDB.open(name);
    open.onsuccess = () => { resolve(open.result.version); open.result.close(); };
  }), DB_NAME);
  await look.goto(inject('baseUrl'));
  await look.getByTestId('deck-news').waitFor();
  await expectConsistentPage(look);
  expect(await readReviews(look)).toHaveLength(reviews);
  // Each studied card as version 5 left it (the new ones of a database made before may be taken back: storage/new-cards.ts).
  const studied = new Map(cards.filter((c) => c.reps > 0 || c.lastReview !== null).map((c) => [c.cardId, c]));
  const now = (await readStore<CardRecord>(look, 'cards')).filter((c) => c.deckId === 'news' && studied.has(c.cardId));
  expect(now.map(({ logDays: _, logCount: __, ...c }) => c)).toEqual([...studied.values()]);
  await context.close();
  return found === 5 ? 'cut' : 'done';
}

describe('killed at random moments', () => {
  it(`leaves a consistent database with every acknowledged entry, ${TRIALS} times`, async () => {
    const context = await phone(getBrowser());
    // Four hours on between trials (the clock set, no timers run): new study days bring new cards, and learning cards come due.
    const start = Date.now();
    await context.clock.install({ time: start });
    const random = seededRandom(2026);
    const dir = mkdtempSync(join(tmpdir(), 'lovi-crash-'));
    const done: Record<Action, number> = { rate: 0, undo: 0, suspend: 0, bury: 0, import: 0, sentences: 0, migrate: 0 };
    const files: string[] = [];
    const migrations: string[] = [];
    for (let trial = 0; trial < TRIALS; trial++) {
      // Each action in turn (all of them in a short run), killed after a random delay.
      const planned = ACTIONS[trial % ACTIONS.length]!;
      if (planned === 'migrate') {
        // On a phone of its own; killed within the first 1.5 s of the start.
        migrations.push(await migrationTrial(Math.floor(random() * 1500)));
        done.migrate++;
        continue;
      }
      // A backup of another device's history, new each time (its own deck).
      const backup = join(dir, `trial-${trial}.json.gz`);
      writeFileSync(backup, await backupFileBytes(syntheticBackup({ pairs: 40, reviews: 200, days: 20 }, `crash-${trial}`, Date.now() - 3_600_000)));
      // And a learner's own file, its deck named by the file.
      const sentences = join(dir, `sentences-${trial}.tsv`);
      writeFileSync(sentences, generateCorpus(SENTENCES, trial));
      await context.clock.setSystemTime(start + trial * 4 * 3_600_000);
      const page = await context.newPage();
      await page.goto(inject('baseUrl'));
      await page.getByTestId(`deck-${SEED}`).waitFor();
      const before = (await readLog(page)).map((e) => e.id);
      const action = await act(page, planned, backup, sentences);
      // Killed before, during or after the write (a backup's and a file's take longer).
      await new Promise((r) => setTimeout(r, Math.floor(random() * (action === 'import' || action === 'sentences' ? 400 : 60))));
      await page.close({ runBeforeUnload: false });

      const check = await context.newPage();
      await check.goto(inject('baseUrl'));
      await check.getByTestId(`deck-${SEED}`).waitFor();
      await expectConsistentPage(check);
      const after = (await readLog(check)).map((e) => e.id);
      // Appended to only: all that was there is there; the action's entries whole or not at all.
      expect(before.filter((id) => !after.includes(id))).toEqual([]);
      const added = after.length - before.length;
      const whole = action === 'import' ? [0, 200] : action === 'undo' ? [1, 2] : action === 'sentences' ? [0] : [0, 1];
      expect(whole, `${action}: ${added} entries added`).toContain(added);
      if (action === 'sentences') {
        // The learner's deck: all of it (its save finished by this start) or none (never begun).
        const own = (await readStore<PairRecord>(check, 'pairs')).filter((p) => p.deckId === learnerDeckId(`sentences-${trial}`)).length;
        expect([0, SENTENCES], `a learner's file: ${own} sentences`).toContain(own);
        files.push(own === 0 ? 'never begun' : 'finished');
      }
      done[action]++;
      await check.close();
    }
    console.log(`crash trials: ${JSON.stringify(done)}; learners' files after the kill: ${files.join(', ') || 'none'}; migrations: ${migrations.join(', ') || 'none'}`);
    await context.close();
  }, TRIALS * TRIAL_MS);
});
