// Sentences by hand on the phone: one typed into "My sentences" and studied;
// a pair corrected from the card browser and from the review screen, its
// cards' progress kept; the way back to the deck's text.
import { pairIdOfCard } from '../../src/deck/identity.ts';
import { describe, expect, inject, it } from 'vitest';
import { phone, rateCards, readReviews, readStore, screenshot, sharedBrowser } from './setup/browser.ts';
import { correction } from './setup/page-checks.ts';
import type { CardRecord, PairRecord } from '../../src/storage/schema.ts';

const SEED = 'kpl-2018-asean-e-services';
const getBrowser = sharedBrowser();

describe('sentences by hand', () => {
  it('adds a typed sentence to "My sentences", refuses one with the compiler\'s reason, and studies it', async () => {
    const context = await phone(getBrowser());
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.getByTestId('add-sentences').click();
    await page.getByTestId('add-pair').click();
    expect(await page.getByTestId('pair-lo').getAttribute('lang')).toBe('lo');
    expect(await page.getByTestId('pair-vi').getAttribute('lang')).toBe('vi');
    // The phone keyboard does not correct the sentences (Vietnamese keeps its spellcheck underline and capitals).
    for (const field of ['pair-lo', 'pair-vi']) {
      const corr = await correction(page, field);
      expect(corr.autocorrect).toBe('off');
      expect(corr.autocorrectProperty === false || corr.autocorrectProperty === 'absent').toBe(true);
    }

    // Vietnamese typed on the Lao side: refused, with the reason, nothing written.
    await page.getByTestId('pair-lo').fill('Xin chào');
    await page.getByTestId('pair-vi').fill('Xin chào bạn');
    await page.getByTestId('save-pair').click();
    await expect.poll(() => page.getByTestId('pair-problems').locator('[data-code]').getAttribute('data-code')).toBe('no-lao-script');
    expect((await readStore<PairRecord>(page, 'pairs')).filter((p) => p.deckId === 'own-mine')).toHaveLength(0);

    await page.getByTestId('pair-lo').fill('ຂ້ອຍຮັກພາສາຫວຽດນາມ');
    await page.getByTestId('pair-vi').fill('Tôi yêu tiếng Việt');
    await page.getByTestId('pair-note').fill('ຈາກຄູ');
    await page.getByTestId('save-pair').click();
    await expect.poll(() => page.getByTestId('pair-message').textContent()).toContain('ປະໂຫຍກຂອງຂ້ອຍ');
    await screenshot(page, 'add-pair-360');
    // The same Lao again: already there.
    await page.getByTestId('pair-lo').fill('ຂ້ອຍຮັກພາສາຫວຽດນາມ');
    await page.getByTestId('pair-vi').fill('Tôi yêu tiếng Việt lắm');
    await page.getByTestId('save-pair').click();
    await expect.poll(() => page.getByTestId('pair-message').getAttribute('role')).toBe('alert');
    const mine = (await readStore<PairRecord>(page, 'pairs')).filter((p) => p.deckId === 'own-mine');
    expect(mine.map((p) => [p.lo, p.vi, p.note])).toEqual([['ຂ້ອຍຮັກພາສາຫວຽດນາມ', 'Tôi yêu tiếng Việt', 'ຈາກຄູ']]);

    await page.getByTestId('nav-home').click();
    await page.getByTestId('start-own-mine').click();
    await expect.poll(() => page.getByTestId('card-front').textContent()).toBe('Tôi yêu tiếng Việt');
    await rateCards(page, [3]);
    expect((await readReviews(page)).map((e) => e.deckId)).toEqual(['own-mine']);
    await context.close();
  });

  it('corrects a studied pair from the browser and from the review screen, keeping its cards\' progress, and goes back to the deck\'s text', async () => {
    const context = await phone(getBrowser());
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.getByTestId(`start-${SEED}`).click();
    await rateCards(page, [3]);
    const [entry] = await readReviews(page);
    const cardsBefore = (await readStore<CardRecord>(page, 'cards')).filter((c) => c.pairId === pairIdOfCard(entry!.cardId));
    const original = (await readStore<PairRecord>(page, 'pairs')).find((p) => p.pairId === pairIdOfCard(entry!.cardId))!;

    // From the browser: the Vietnamese corrected.
    await page.getByTestId('nav-home').click();
    await page.getByTestId('nav-browse').click();
    await page.getByTestId('browse-search').fill('Bo Buu chinh');
    const result = page.getByTestId('browse-result').first();
    await result.getByTestId('edit-pair').click();
    await page.getByTestId('pair-vi').fill(`${original.vi} (đã sửa)`);
    await page.getByTestId('save-pair').click();
    await result.getByTestId('pair-edited').waitFor();
    expect(await result.locator('[lang="vi"]').textContent()).toBe(`${original.vi} (đã sửa)`);
    let stored = (await readStore<PairRecord>(page, 'pairs')).find((p) => p.pairId === pairIdOfCard(entry!.cardId))!;
    expect(stored).toMatchObject({ vi: `${original.vi} (đã sửa)`, edited: true, original: { lo: original.lo, vi: original.vi } });
    expect((await readStore<CardRecord>(page, 'cards')).filter((c) => c.pairId === pairIdOfCard(entry!.cardId))).toEqual(cardsBefore);

    // Back to the deck's text.
    await result.getByTestId('revert-pair').click();
    await expect.poll(() => result.getByTestId('pair-edited').count()).toBe(0);
    stored = (await readStore<PairRecord>(page, 'pairs')).find((p) => p.pairId === pairIdOfCard(entry!.cardId))!;
    expect([stored.lo, stored.vi, stored.edited]).toEqual([original.lo, original.vi, undefined]);

    // From the review screen, after the answer shows: the Lao corrected; the card on screen follows.
    await page.getByTestId('nav-home').click();
    await page.getByTestId(`start-${SEED}`).click();
    await page.getByTestId('reveal').click();
    const front = await page.getByTestId('card-front').textContent();
    const onScreen = (await readStore<PairRecord>(page, 'pairs')).find((p) => p.vi === front)!;
    const cardsOnScreen = (await readStore<CardRecord>(page, 'cards')).filter((c) => c.pairId === onScreen.pairId);
    await page.getByTestId('edit-pair').click();
    await page.getByTestId('pair-lo').fill(`${onScreen.lo} ແກ້`);
    await page.getByTestId('save-pair').click();
    await expect.poll(() => page.getByTestId('card-back').textContent()).toBe(`${onScreen.lo} ແກ້`);
    expect((await readStore<PairRecord>(page, 'pairs')).find((p) => p.pairId === onScreen.pairId)!.lo).toBe(`${onScreen.lo} ແກ້`);
    expect((await readStore<CardRecord>(page, 'cards')).filter((c) => c.pairId === onScreen.pairId)).toEqual(cardsOnScreen);
    await page.getByTestId('rate-3').click();
    await expect.poll(async () => (await readReviews(page)).length).toBe(2);
    await context.close();
  });
});
