// Two tabs studying the same deck: no review lost or counted twice, and each
// tab follows the other's progress.
import { describe, expect, inject, it } from 'vitest';
import { phone, readReviews, readStore, sharedBrowser } from './setup/browser.ts';


const SEED = 'kpl-2018-asean-e-services';
const getBrowser = sharedBrowser();

describe('two tabs', () => {
  it('never lose or double a review, and each sees the other’s progress', async () => {
    const context = await phone(getBrowser());
    const a = await context.newPage();
    const b = await context.newPage();
    await a.goto(inject('baseUrl'));
    await b.goto(inject('baseUrl'));
    await a.getByTestId(`start-${SEED}`).click();
    await b.getByTestId(`start-${SEED}`).click();
    const front = (p: typeof a) => p.getByTestId('card-front').locator('[lang="vi"]').textContent();
    // Both show the same first card; both reveal it.
    await expect.poll(() => front(a)).toMatch(/^Bộ Bưu chính/);
    await expect.poll(() => front(b)).toMatch(/^Bộ Bưu chính/);
    await a.getByTestId('reveal').click();
    await b.getByTestId('reveal').click();
    // A rates it; B, with its answer still showing, rates the same card: B's rating is refused
    // (the card moved on), nothing is counted twice, and B moves to the next card without an error.
    await a.getByTestId('rate-3').click();
    await expect.poll(async () => (await readReviews(a)).length).toBe(1);
    await b.getByTestId('rate-4').click();
    await expect.poll(() => front(b)).toMatch(/^Mục đích/);
    expect(await b.getByTestId('problem').count()).toBe(0);
    const log = await readReviews(b);
    expect(log.map((e) => e.grade)).toEqual([3]);

    // B rates the second card; A, showing that card unrevealed, moves on by itself.
    await expect.poll(() => front(a)).toMatch(/^Mục đích/);
    await b.getByTestId('reveal').click();
    await b.getByTestId('rate-3').click();
    await expect.poll(() => front(a)).toMatch(/^Chia sẻ/);
    expect((await readReviews(a)).length).toBe(2);

    // A's home screen counts B's reviews without a reload.
    await a.getByTestId('nav-home').click();
    await expect.poll(() => a.getByTestId('new-count').textContent()).toBe('6');
    await b.getByTestId('reveal').click();
    await b.getByTestId('rate-3').click();
    await expect.poll(() => a.getByTestId('new-count').textContent()).toBe('5');
    await context.close();
  });
});
