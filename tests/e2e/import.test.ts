// Bringing your own sentences, in Chromium at 360 px: a file, an edited
// re-import that keeps progress, pasted text, UTF-16, and a file that is not
// text at all (refused, nothing written).
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstVisit, phone, rateCards, readLog, readStore, screenshot, sharedBrowser } from './setup/browser.ts';
import type { CardRecord, DeckRecord, PairRecord } from '../../src/storage/schema.ts';

const getBrowser = sharedBrowser();
const SEED_FILE = new URL('../../content/kpl-2018-asean-e-services/pairs.tsv', import.meta.url);
const seedLines = () => readFileSync(SEED_FILE, 'utf8').trim().split('\n').map((l) => l.split('\t') as [string, string]);

function tempFile(name: string, content: string | Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'lovi-import-')), name);
  writeFileSync(path, content);
  return path;
}

async function openImport(page: Page): Promise<void> {
  await page.getByTestId('nav-home').click();
  await page.getByTestId('add-sentences').click();
  await page.getByTestId('import-file').waitFor({ state: 'attached' });
}

const count = async (page: Page, what: 'new' | 'changed' | 'unchanged' | 'gone') => Number(await page.getByTestId(`import-count-${what}`).textContent());
const counts = async (page: Page) => ({ new: await count(page, 'new'), changed: await count(page, 'changed'), unchanged: await count(page, 'unchanged'), gone: await count(page, 'gone') });

async function importFile(page: Page, path: string | string[]): Promise<void> {
  await openImport(page);
  await page.getByTestId('import-file').setInputFiles(path);
  await page.getByTestId('import-preview').waitFor();
}

async function save(page: Page): Promise<string> {
  await page.getByTestId('import-save').click();
  const start = page.getByTestId('import-done').locator('[data-testid^="start-"]');
  await start.waitFor();
  return (await start.getAttribute('data-testid'))!.slice('start-'.length);
}

/** A phone with the seed imported as the learner's deck `name`, and its first cards rated. */
async function learnerDeckStudied(name: string, grades: (1 | 2 | 3 | 4)[]) {
  const context = await phone(getBrowser());
  const page = await context.newPage();
  await page.goto(inject('baseUrl'));
  await page.getByTestId('add-sentences').waitFor();
  await importFile(page, tempFile(`${name}.tsv`, readFileSync(SEED_FILE)));
  const deckId = await save(page);
  await page.getByTestId(`start-${deckId}`).click();
  await rateCards(page, grades);
  const studied = (await readStore<CardRecord>(page, 'cards')).filter((c) => c.deckId === deckId && c.reps > 0);
  return { context, page, deckId, studied };
}

describe('importing sentences', () => {
  it('imports a file, then an edited version of it that keeps the progress of studied pairs', async () => {
    const context = await phone(getBrowser());
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.getByTestId('add-sentences').waitFor();
    const lines = seedLines();

    await importFile(page, tempFile('pairs.tsv', readFileSync(SEED_FILE)));
    expect(await page.getByTestId('import-title').inputValue()).toBe('pairs');
    expect(await counts(page)).toEqual({ new: 8, changed: 0, unchanged: 0, gone: 0 });
    // The cut-off news credit is left out, and said so, grouped, with its line.
    const cutOff = page.getByTestId('import-diagnostics').locator('[data-code="cut-off"]');
    expect(await cutOff.getAttribute('data-count')).toBe('1');
    expect(await cutOff.textContent()).toContain('9');
    await screenshot(page, 'import-preview-360');
    const deckId = await save(page);
    expect(deckId).toBe('own-pairs');

    // Study the first two cards of the new deck.
    await page.getByTestId(`start-${deckId}`).click();
    await rateCards(page, [3, 4]);
    const studied = (await readStore<CardRecord>(page, 'cards')).filter((c) => c.deckId === deckId && c.reps > 0);
    expect(studied).toHaveLength(2);

    // The learner fixes the Vietnamese of one studied pair and the Lao of the other (which
    // sentences came first depends on the order of new cards: by the words the learner knows),
    // removes one not studied and adds a new one at the end.
    const studiedPairs = (await readStore<PairRecord>(page, 'pairs')).filter((p) => p.deckId === deckId && studied.some((c) => c.pairId === p.pairId));
    const [a, b] = studiedPairs.map((p) => lines.findIndex(([, vi]) => vi.normalize('NFC').trim() === p.vi.trim())).sort((x, y) => x - y) as [number, number];
    expect(a).toBeGreaterThanOrEqual(0);
    expect(b).toBeGreaterThan(a);
    const removed = [4, 5, 6].find((i) => i !== a && i !== b)!;
    const edited = lines.slice(0, 8).map(([lo, vi]) => [lo, vi]);
    edited[a]![1] = `${edited[a]![1]} (sửa)`;
    edited[b]![0] = `${edited[b]![0]} ແກ້`;
    edited.splice(removed, 1);
    edited.push(['ຂ້ອຍຮຽນພາສາຫວຽດນາມທຸກມື້', 'Tôi học tiếng Việt mỗi ngày']);
    await importFile(page, tempFile('pairs.tsv', `${edited.map((p) => p.join('\t')).join('\n')}\n`));
    expect(await page.getByTestId('import-preview').getAttribute('data-deck')).toBe(deckId);
    expect(await counts(page)).toEqual({ new: 1, changed: 2, unchanged: 5, gone: 1 });
    await save(page);

    const cards = await readStore<CardRecord>(page, 'cards');
    const pairs = (await readStore<PairRecord>(page, 'pairs')).filter((p) => p.deckId === deckId);
    for (const before of studied) {
      const after = cards.find((c) => c.deckId === deckId && c.cardId === before.cardId)!;
      expect({ due: after.due, stability: after.stability, reps: after.reps, state: after.state }).toEqual(
        { due: before.due, stability: before.stability, reps: before.reps, state: before.state });
      const pair = pairs.find((p) => p.pairId === before.pairId)!;
      expect(pair.retired).toBe(false);
      expect([pair.lo, pair.vi]).toContainEqual(expect.stringMatching(/\(sửa\)$| ແກ້$/));
    }
    expect(pairs.filter((p) => p.retired).map((p) => p.vi)).toEqual([lines[removed]![1]]);
    expect(pairs.filter((p) => !p.retired)).toHaveLength(8);
    const deck = (await readStore<DeckRecord>(page, 'decks')).find((d) => d.id === deckId)!;
    expect(deck.pairs).toBe(8);
    await page.getByTestId('nav-home').click();
    await expect.poll(() => page.getByTestId(`deck-${deckId}`).getByTestId('pair-count').textContent()).toMatch(/^8 /);
    await context.close();
  });

  it('imports pasted text with Lao and Vietnamese on alternate lines', async () => {
    const context = await phone(getBrowser());
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await openImport(page);
    const [[lo1, vi1], [lo2, vi2]] = seedLines() as [[string, string], [string, string]];
    await page.getByTestId('import-paste').fill(`${lo1}\n${vi1}\n\n${lo2}\n${vi2}\n`);
    await page.getByTestId('import-paste-go').click();
    await page.getByTestId('import-preview').waitFor();
    expect(await counts(page)).toEqual({ new: 2, changed: 0, unchanged: 0, gone: 0 });
    await page.getByTestId('import-title').fill('Lesson 1');
    await expect.poll(() => page.getByTestId('import-preview').getAttribute('data-deck')).toBe('own-lesson-1');
    const deckId = await save(page);
    expect(deckId).toBe('own-lesson-1');
    // The same text as the shipped deck's first two pairs (normalised by the same compiler).
    const all = await readStore<PairRecord>(page, 'pairs');
    const shipped = all.filter((p) => p.deckId === 'kpl-2018-asean-e-services').sort((a, b) => a.order - b.order).slice(0, 2);
    expect(all.filter((p) => p.deckId === deckId).sort((a, b) => a.order - b.order).map((p) => [p.lo, p.vi])).toEqual(shipped.map((p) => [p.lo, p.vi]));
    await context.close();
  });

  it('reads a UTF-16 file (Excel\'s "Unicode Text") and refuses a file that is not text, writing nothing', async () => {
    const context = await phone(getBrowser());
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.getByTestId('add-sentences').waitFor();
    const text = readFileSync(SEED_FILE, 'utf8');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    await importFile(page, tempFile('unicode.txt', utf16));
    expect(await counts(page)).toEqual({ new: 8, changed: 0, unchanged: 0, gone: 0 });
    await page.getByTestId('import-cancel').click();

    const before = { decks: await readStore(page, 'decks'), pairs: (await readStore(page, 'pairs')).length, cards: (await readStore(page, 'cards')).length };
    let seed = 11;
    const binary = Uint8Array.from({ length: 5000 }, () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) >> 23);
    await importFile(page, tempFile('photo.jpg', binary));
    expect(await page.getByTestId('import-diagnostics').locator('[data-code="invalid-utf8"]').count()).toBe(1);
    expect(await page.getByTestId('import-save').isDisabled()).toBe(true);
    await page.getByTestId('import-cancel').click();
    expect({ decks: await readStore(page, 'decks'), pairs: (await readStore(page, 'pairs')).length, cards: (await readStore(page, 'cards')).length }).toEqual(before);
    await context.close();
  });
});

describe('a learner\'s deck, out and back again', () => {
  it('exports a deck as TSV that re-imports to the same ids; a deleted deck imported again has its progress back', async () => {
    const { context, page, deckId, studied } = await learnerDeckStudied('lesson', [3, 3, 4]);
    expect(studied).toHaveLength(3);

    // Export: Anki's headers and an id column.
    await page.getByTestId('nav-home').click();
    await page.getByTestId(`deck-menu-${deckId}`).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-deck').click()]);
    expect(download.suggestedFilename()).toBe('lesson.tsv');
    const exported = readFileSync(await download.path(), 'utf8');
    expect(exported.split('\n').slice(0, 3)).toEqual(['#separator:tab', '#html:false', '#columns:id\tlo\tvi\ttags\tnote']);
    const ids = exported.trim().split('\n').slice(5).map((l) => l.split('\t')[0]);
    const stored = (await readStore<PairRecord>(page, 'pairs')).filter((p) => p.deckId === deckId);
    expect(new Set(ids)).toEqual(new Set(stored.map((p) => p.pairId)));

    // Delete it (history kept): the confirmation says how many cards were studied.
    await page.getByTestId('delete-deck').click();
    await expect.poll(() => page.locator('[role="alertdialog"]').textContent()).toMatch(/3/);
    await page.getByTestId('confirm-delete').click();
    await expect.poll(() => page.getByTestId(`deck-${deckId}`).count()).toBe(0);
    expect((await readStore<CardRecord>(page, 'cards')).filter((c) => c.deckId === deckId)).toHaveLength(0);

    // The exported file imported again: the same deck, the same ids, the progress back from the log.
    await importFile(page, tempFile('lesson.tsv', exported));
    expect(await counts(page)).toEqual({ new: 8, changed: 0, unchanged: 0, gone: 0 });
    expect(await save(page)).toBe(deckId);
    const back = (await readStore<CardRecord>(page, 'cards')).filter((c) => c.deckId === deckId);
    for (const before of studied) {
      const after = back.find((c) => c.cardId === before.cardId)!;
      expect({ due: after.due, reps: after.reps, stability: after.stability }).toEqual({ due: before.due, reps: before.reps, stability: before.stability });
    }

    // Deleted with its history erased: the log of that deck is gone too.
    await page.getByTestId('nav-home').click();
    await page.getByTestId(`deck-menu-${deckId}`).click();
    await page.getByTestId('delete-deck').click();
    await page.getByTestId('erase-history').check();
    await page.getByTestId('confirm-delete').click();
    await expect.poll(() => page.getByTestId(`deck-${deckId}`).count()).toBe(0);
    expect((await readLog(page)).filter((e) => e.deckId === deckId)).toHaveLength(0);
    await context.close();
  });
});

describe('sharing to Lovi (Web Share Target)', () => {
  it('takes a file posted to the share target by the service worker into the import preview', async () => {
    const context = await phone(getBrowser());
    const page = await context.newPage();
    await firstVisit(page, inject('baseUrl'));
    // What Android's share sheet sends: a multipart POST to the manifest's share_target action.
    const manifest = JSON.parse(await (await page.request.get(`${inject('baseUrl')}manifest.webmanifest`)).text());
    expect(manifest.share_target).toMatchObject({ method: 'POST', enctype: 'multipart/form-data', params: { files: [{ name: 'files' }] } });
    const seed = readFileSync(SEED_FILE, 'utf8');
    const answer = await page.evaluate(async ({ action, text }) => {
      const form = new FormData();
      form.append('files', new File([text], 'from-chat.txt', { type: 'text/plain' }));
      const response = await fetch(action, { method: 'POST', body: form });
      return { redirected: response.redirected, url: response.url };
    }, { action: manifest.share_target.action as string, text: seed });
    // Answered by the service worker (the static server knows no such path): a 303 to the app with ?share.
    expect(answer).toEqual({ redirected: true, url: `${inject('baseUrl')}?share` });

    await page.goto(`${inject('baseUrl')}?share`);
    await page.getByTestId('import-preview').waitFor();
    expect(await page.getByTestId('import-title').inputValue()).toBe('from-chat');
    expect(await counts(page)).toEqual({ new: 8, changed: 0, unchanged: 0, gone: 0 });
    // Taken once: the address has lost ?share, and the shared files are gone from the cache.
    expect(new URL(page.url()).search).toBe('');
    expect(await page.evaluate(() => caches.has('lovi-shared'))).toBe(false);
    await context.close();
  });
});

describe('a learner\'s deck in a backup', () => {
  it('comes back on a new phone from a backup, with its progress', async () => {
    const { context, page, deckId, studied } = await learnerDeckStudied('teacher', [3, 4]);
    await page.getByTestId('nav-home').click();
    await page.getByTestId('nav-settings').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-backup').click()]);
    const file = tempFile('backup.json.gz', readFileSync(await download.path()));
    await context.close();

    const fresh = await (await phone(getBrowser())).newPage();
    await fresh.goto(inject('baseUrl'));
    await fresh.getByTestId('nav-settings').click();
    await fresh.getByTestId('import-backup').setInputFiles(file);
    await expect.poll(() => fresh.getByTestId('import-result').getAttribute('data-busy')).toBe('false');
    await fresh.getByTestId('nav-home').click();
    await expect.poll(() => fresh.getByTestId(`deck-${deckId}`).locator('.deck-title').textContent()).toBe('teacher');
    const back = (await readStore<CardRecord>(fresh, 'cards')).filter((c) => c.deckId === deckId && c.reps > 0);
    expect(back.map((c) => [c.cardId, c.due, c.stability])).toEqual(studied.map((c) => [c.cardId, c.due, c.stability]));
    await fresh.context().close();
  });
});
