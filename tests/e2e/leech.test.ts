// A card forgotten for the eighth time: suspended with its review, a notice on
// the review screen (edit the sentence, or keep studying it), and the card
// browser's leech filter finds it.
import { describe, expect, inject, it } from 'vitest';
import { phone, readStore, screenshot, sharedBrowser } from './setup/browser.ts';
import type { CardRecord, PairRecord } from '../../src/storage/schema.ts';

const SEED = 'kpl-2018-asean-e-services';
const T0 = new Date('2026-03-10T03:00:00Z');
const getBrowser = sharedBrowser();

describe('leeches', () => {
  it('suspends a card at its 8th lapse, says so, lets the learner keep it, and the browser filters leeches', async () => {
    const context = await phone(getBrowser());
    await context.clock.install({ time: T0 });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.getByTestId(`start-${SEED}`).waitFor();
    const cards = await readStore<CardRecord>(page, 'cards');
    const target = cards.filter((c) => c.kind === 'recognition').sort((a, b) => a.order - b.order)[1]!;
    // Seven lapses behind it, due a minute ago: the first card of the day.
    await page.evaluate((card) => new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('lovi');
      open.onsuccess = () => {
        const tx = open.result.transaction('cards', 'readwrite');
        tx.objectStore('cards').put(card);
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    }), { ...target, state: 2, queue: 2, stability: 2, difficulty: 8, reps: 20, lapses: 7, scheduledDays: 2, elapsedDays: 2, due: T0.getTime() - 60_000, sortKey: T0.getTime() - 60_000, lastReview: T0.getTime() - 2 * 86_400_000 });
    await page.reload();
    await page.getByTestId(`start-${SEED}`).click();
    await page.getByTestId('reveal').click();
    await page.getByTestId('rate-1').click();

    await page.getByTestId('leech-notice').waitFor();
    expect(await page.getByTestId('leech-notice').getAttribute('role')).toBe('status');
    await expect.poll(async () => (await readStore<CardRecord>(page, 'cards')).find((c) => c.cardId === target.cardId)?.queue).toBe(-1);
    // The next card is another one: the leech left today's queue.
    await page.getByTestId('card-front').waitFor();
    await screenshot(page, 'leech-notice-360');

    // "Edit" opens the leech's own sentence (not the card now on screen); cancel leaves it as it was.
    await page.getByTestId('leech-edit').click();
    await page.getByTestId('pair-editor').waitFor();
    const pair = (await readStore<PairRecord>(page, 'pairs')).find((p) => p.pairId === target.pairId)!;
    expect(await page.getByTestId('pair-vi').inputValue()).toBe(pair.vi);
    await page.getByTestId('pair-editor').getByRole('button', { name: 'ຍົກເລີກ' }).click();
    await page.getByTestId('leech-keep').click();
    await expect.poll(() => page.getByTestId('leech-notice').count()).toBe(0);
    await expect.poll(async () => (await readStore<CardRecord>(page, 'cards')).find((c) => c.cardId === target.cardId)?.queue).toBe(1);

    await page.getByTestId('nav-home').click();
    await page.getByTestId('nav-browse').click();
    await page.getByTestId('browse-filter-leech').click();
    expect(await page.getByTestId('browse-filter-leech').getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => page.getByTestId('browse-result').count()).toBe(1);
    expect(await page.getByTestId('leech-tag').count()).toBe(1);
    await screenshot(page, 'leech-browser-360');
    await context.close();
  });
});
