// Sync in real Chromium: two phones (browser contexts, each its own storage)
// of one learner, through a CouchDB-protocol server on loopback that this file
// starts (scripts/sync-server.ts), reached on the app's own origin at /db/ as a
// deployment's reverse proxy serves it. They study, one of them offline, sync
// in turn, and end with one log and every card the replay of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { expectConsistentPage, persistentPhone, phone, rateCards, readLog, readStore, sharedBrowser } from './setup/browser.ts';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';
import { ADMIN, startSyncServer, type SyncServer } from '../../scripts/sync-server.ts';
import type { CardRecord } from '../../src/storage/schema.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { backupFileBytes, syntheticBackup } from '../../scripts/fixtures/synthetic-backup.ts';
import { entryCount, type LogBatch } from '../../src/history/batch.ts';
import { userDatabase } from '../../src/sync/couch.ts';

const SEED = 'kpl-2018-asean-e-services';
const DIST = fileURLToPath(new URL('../artifacts/dist', import.meta.url));
const getBrowser = sharedBrowser();
let sync: SyncServer;
let site: StaticServer;

beforeAll(async () => {
  sync = await startSyncServer();
  site = await serveStatic(DIST, '/', 0, { prefix: '/db/', target: () => sync.url });
});
afterAll(async () => {
  await site?.close();
  await sync?.close();
});

async function open(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await page.goto(site.url);
  await page.getByTestId('language').selectOption('en');
  await page.getByTestId(`deck-${SEED}`).waitFor();
  return page;
}

async function account(page: Page, how: 'signup' | 'signin', name: string, password: string): Promise<void> {
  await page.getByTestId('nav-settings').click();
  // Open already (a sign-in that failed): its form is there.
  await page.locator('[data-testid="sync-open"], [data-testid="sync-name"]').first().waitFor();
  if (await page.getByTestId('sync-open').isVisible()) await page.getByTestId('sync-open').click();
  await page.getByTestId('sync-name').fill(name);
  await page.getByTestId('sync-password').fill(password);
  await page.getByTestId(`sync-${how}`).click();
}

const status = (page: Page) => page.getByTestId('sync-status');

/** Settings, the sync panel open (it opens by itself where sync has started; otherwise, as the learner does). */
async function syncPanel(page: Page): Promise<void> {
  await page.getByTestId('nav-settings').click();
  await page.locator('[data-testid="sync-open"], [data-testid="sync-status"]').first().waitFor();
  if (await page.getByTestId('sync-open').isVisible()) await page.getByTestId('sync-open').click();
  await status(page).waitFor();
}

/** Signed up or in, and the first sync done. */
async function signedIn(page: Page, how: 'signup' | 'signin', name: string, password: string): Promise<void> {
  await account(page, how, name, password);
  await expect.poll(() => status(page).getAttribute('data-state')).toBe('synced');
}
const studied = async (page: Page) => (await readStore<CardRecord>(page, 'cards')).filter((c) => c.reps > 0).map(({ logDays: _, ...c }) => c).sort((a, b) => (a.cardId < b.cardId ? -1 : 1));

async function study(page: Page, grades: readonly (1 | 2 | 3 | 4)[]): Promise<void> {
  await page.getByTestId('nav-home').click();
  await page.getByTestId(`start-${SEED}`).click();
  await rateCards(page, grades);
  await page.getByTestId('nav-home').click();
}

/** "Sync now", until the status says synced with nothing waiting (it may say synced before the tap takes effect). */
async function syncNow(page: Page): Promise<void> {
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('sync-now').click();
  await expect.poll(async () => [await status(page).getAttribute('data-state'), await status(page).getAttribute('data-pending')]).toEqual(['synced', '0']);
}

const ADMIN_AUTH = `Basic ${Buffer.from(`${ADMIN.name}:${ADMIN.password}`).toString('base64')}`;

/** The entries of the learner's log the server holds (read as CouchDB's admin). */
async function serverEntries(name: string): Promise<number> {
  const answer = await (await fetch(`${sync.url}${userDatabase(name)}/_all_docs?include_docs=true`, { headers: { Authorization: ADMIN_AUTH } })).json() as { rows: { id: string; doc: { batch?: LogBatch } }[] };
  return answer.rows.filter((r) => r.id.startsWith('log:')).reduce((n, r) => n + entryCount(r.doc.batch!), 0);
}

describe('sync between two phones', () => {
  it('brings one phone\'s reviews to the other, and both phones\' offline reviews together', async () => {
    const phoneA = await phone(getBrowser());
    const phoneB = await phone(getBrowser());
    const a = await open(phoneA);
    await signedIn(a, 'signup', 'nok', 'pw-nok-12345');
    await study(a, [3, 3, 1]);
    // A sentence typed by hand: its deck is the learner's own, and travels.
    await a.getByTestId('add-sentences').click();
    await a.getByTestId('add-pair').click();
    await a.getByTestId('pair-lo').fill('ຂ້ອຍຮັກພາສາຫວຽດນາມ');
    await a.getByTestId('pair-vi').fill('Tôi yêu tiếng Việt');
    await a.getByTestId('save-pair').click();
    await a.getByTestId('pair-message').waitFor();
    await syncNow(a);

    // The second phone signs in: the first one's reviews, and the cards they gave, are there, and the typed sentence's deck on its home screen.
    const b = await open(phoneB);
    await signedIn(b, 'signin', 'nok', 'pw-nok-12345');
    await expect.poll(async () => (await readLog(b)).length).toBe(3);
    expect(await studied(b)).toEqual(await studied(a));
    await b.getByTestId('nav-home').click();
    await b.getByTestId('deck-own-mine').waitFor();
    expect((await readStore<{ deckId: string; vi: string }>(b, 'pairs')).filter((p) => p.deckId === 'own-mine').map((p) => p.vi)).toEqual(['Tôi yêu tiếng Việt']);

    // Both study, the second offline: its status says what waits; back online, it syncs by itself.
    await phoneB.setOffline(true);
    await study(b, [4, 2]);
    await study(a, [3]);
    await b.getByTestId('nav-settings').click();
    await b.getByTestId('sync-now').click();
    await expect.poll(async () => [await status(b).getAttribute('data-state'), await status(b).getAttribute('data-pending')]).toEqual(['offline', '2']);
    await expect.poll(() => status(b).textContent()).toContain('2 reviews waiting');
    await phoneB.setOffline(false);
    await expect.poll(() => status(b).getAttribute('data-pending')).toBe('0');
    await syncNow(a);
    await syncNow(b);

    // The second phone's sync started by the network's return may still be under way: "sync now" then runs again after it.
    const ids = async (p: Page) => (await readLog(p)).map((e) => e.id).sort();
    await expect.poll(async () => (await ids(b)).length).toBe(6);
    expect((await ids(a)).length).toBe(6);
    expect(await ids(b)).toEqual(await ids(a));
    expect(await studied(b)).toEqual(await studied(a));
    await expectConsistentPage(a);
    await expectConsistentPage(b);
    await phoneA.close();
    await phoneB.close();
  }, 120_000);

  it('says so when the server refuses the password, and lets no one else read a learner\'s data', async () => {
    const context = await phone(getBrowser());
    const page = await open(context);
    await signedIn(page, 'signup', 'kham', 'pw-kham-12345');
    const stranger = await phone(getBrowser());
    const other = await open(stranger);
    await account(other, 'signin', 'kham', 'not-the-password');
    await expect.poll(() => other.getByTestId('sync-problem').textContent()).toContain('refused the name or password');
    expect(await other.getByTestId('sync-status').getAttribute('data-state')).toBe('off');
    // Another learner's session cannot read it.
    await signedIn(other, 'signup', 'mone', 'pw-mone-12345');
    const refused = await other.evaluate(async () => (await fetch('/db/userdb-6b68616d/_all_docs', { credentials: 'include' })).status);
    expect([401, 403]).toContain(refused);
    await context.close();
    await stranger.close();
  }, 60_000);

  it('signs out keeping this phone\'s data, and deletes the account\'s server copy on request', async () => {
    const context = await phone(getBrowser());
    const page = await open(context);
    await signedIn(page, 'signup', 'dao', 'pw-dao-12345');
    await study(page, [3, 3]);
    await syncNow(page);
    // Sign out, keeping the data: the reviews stay, sync is off.
    await page.getByTestId('sync-signout').click();
    await page.getByTestId('sync-signout-keep').click();
    await expect.poll(() => status(page).getAttribute('data-state')).toBe('off');
    expect((await readLog(page)).length).toBe(2);
    // Back in (the server still has it), then the account deleted: its database goes with it.
    await signedIn(page, 'signin', 'dao', 'pw-dao-12345');
    await page.getByTestId('sync-delete-account').click();
    await page.getByTestId('sync-delete-confirm').click();
    await expect.poll(() => status(page).getAttribute('data-state')).toBe('off');
    expect((await readLog(page)).length).toBe(2);
    await expect.poll(async () => (await fetch(`${sync.url}${userDatabase('dao')}`, { headers: { Authorization: ADMIN_AUTH } })).status).toBe(404);
    await context.close();
  }, 60_000);

  it('keeps the session across a restart of the browser; asks to sign in again once it has ended, and sends what waited after', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'lovi-session-'));
    let context = await persistentPhone(profile);
    let page = await open(context);
    await signedIn(page, 'signup', 'keo', 'pw-keo-12345');
    await study(page, [3]);
    // The browser closed and opened again (the phone restarted): still signed in, the review sent by the sync at start.
    await context.close();
    context = await persistentPhone(profile);
    page = await open(context);
    await expect.poll(() => serverEntries('keo')).toBe(1);
    await page.getByTestId('nav-settings').click();
    await expect.poll(() => status(page).getAttribute('data-state')).toBe('synced');
    await syncNow(page);
    // The session cookie gone (expired on the server, or cleared): the next sync is refused. A request
    // still under way when it is cleared brings a renewed cookie back, so it is cleared until none is
    // under way and none is back.
    await expect.poll(async () => {
      await context.clearCookies();
      if ((await status(page).getAttribute('data-state')) === 'syncing') return 'syncing';
      return (await context.cookies()).length;
    }).toBe(0);
    await study(page, [4, 2]);
    await syncPanel(page);
    // The sync after the session may have been refused already (the panel then asks to sign in): if not, "sync now".
    await page.locator('[data-testid="sync-now"], [data-testid="sync-signin"]').first().waitFor();
    if (await page.getByTestId('sync-now').isVisible()) await page.getByTestId('sync-now').click();
    await expect.poll(() => status(page).getAttribute('data-state')).toBe('error');
    await expect.poll(() => page.getByTestId('sync-problem').textContent()).toContain('sign in again');
    await expect.poll(() => status(page).getAttribute('data-pending')).toBe('2');
    expect(await serverEntries('keo')).toBe(1);
    await page.getByTestId('sync-password').fill('pw-keo-12345');
    await page.getByTestId('sync-signin').click();
    await expect.poll(async () => [await status(page).getAttribute('data-state'), await status(page).getAttribute('data-pending')]).toEqual(['synced', '0']);
    expect(await serverEntries('keo')).toBe(3);
    expect((await readLog(page)).length).toBe(3);
    await context.close();
  }, 60_000);

  it('finishes a year\'s first sync cut twice by closing the page, nothing lost or doubled; signing out can remove this phone\'s copy', async () => {
    const context = await phone(getBrowser());
    let page = await open(context);
    // A year of another device's history, brought by a backup file: 6,000 reviews in 365 batches, four writes of 100 and eight reads of 50.
    const backup = syntheticBackup({ pairs: 500, reviews: 6_000 }, 'year-deck', Date.now() - 86_400_000);
    const file = join(mkdtempSync(join(tmpdir(), 'lovi-sync-')), 'year.lovi-backup');
    writeFileSync(file, await backupFileBytes(backup));
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('import-backup').setInputFiles(file);
    await expect.poll(async () => (await readLog(page)).length, { timeout: 30_000 }).toBe(6_000);
    await account(page, 'signup', 'sone', 'pw-sone-12345');
    // Closed as soon as it is syncing, twice; the next start syncs by itself (the account was saved before the first sync began).
    for (let cut = 0; cut < 2; cut++) {
      if (cut > 0) await page.getByTestId('nav-settings').click();
      await expect.poll(() => status(page).getAttribute('data-state'), { interval: 20 }).toBe('syncing');
      await page.close();
      page = await open(context);
    }
    await page.getByTestId('nav-settings').click();
    await expect.poll(async () => [await status(page).getAttribute('data-state'), await status(page).getAttribute('data-pending')], { timeout: 30_000 }).toEqual(['synced', '0']);
    expect(await serverEntries('sone')).toBe(6_000);
    expect((await readLog(page)).length).toBe(6_000);
    await expectConsistentPage(page);

    // Signed out removing this phone's copy: the app starts afresh, empty, signed out; the server keeps it all.
    await page.getByTestId('sync-signout').click();
    await page.getByTestId('sync-signout-remove').click();
    await page.getByTestId(`deck-${SEED}`).waitFor();
    expect(await readLog(page)).toHaveLength(0);
    expect(await page.getByTestId('deck-year-deck').count()).toBe(0);
    await syncPanel(page);
    await expect.poll(() => status(page).getAttribute('data-state')).toBe('off');
    expect(await serverEntries('sone')).toBe(6_000);
    await context.close();
  }, 120_000);
});
