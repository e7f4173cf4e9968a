// The review screen for one thumb: the actions stay in reach at the bottom of
// small screens whatever the card holds, a double tap never rates, the cards
// left follow every rating and undo, and the day ends with a summary that is
// the log's.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { PHONE } from '../../scripts/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';
import { launch, readReviews, readStore, screenshot } from './setup/browser.ts';
import { buildLongApp, LONG, LONG_CHARS } from './setup/long-content.ts';
import { boxInViewport, pageOverflow, smallTargets } from './setup/page-checks.ts';
import type { Display } from '../../src/ui/display.ts';


const SEED = 'kpl-2018-asean-e-services';
const GRADES = [1, 2, 3, 4] as const;

let browser: Browser;
let longServer: StaticServer;
beforeAll(async () => {
  [browser, longServer] = await Promise.all([launch(), buildLongApp().then(serveStatic)]);
});
afterAll(async () => {
  await browser?.close();
  await longServer?.close();
});

/** A phone of this size whose display settings are already saved (as the settings screen saves them). */
async function phoneWith(size: { width: number; height: number }, display: Display): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, viewport: size });
  await context.addInitScript((d) => localStorage.setItem('lovi.display', d), JSON.stringify(display));
  return context.newPage();
}

const left = async (page: Page) => Object.fromEntries(await Promise.all(
  (['new', 'learning', 'due'] as const).map(async (q) => [q, Number(await page.getByTestId(`review-left-${q}`).textContent())] as const)));

describe('the review screen on a small phone', () => {
  const cases = [
    { width: 360, height: 640, display: { theme: 'light', textSize: 100 } },
    { width: 320, height: 568, display: { theme: 'light', textSize: 100 } },
    { width: 360, height: 640, display: { theme: 'dark', textSize: 200 } },
    { width: 320, height: 568, display: { theme: 'dark', textSize: 200 } },
    // 360×640 at 200 % browser zoom: half as many CSS pixels each way.
    { width: 180, height: 320, display: { theme: 'light', textSize: 100 } },
  ] as const;

  for (const { width, height, display } of cases) {
    it(`keeps "show answer" and all four ratings on screen at ${width}×${height}, ${display.theme}, text ${display.textSize} %`, async () => {
      const page = await phoneWith({ width, height }, display);
      await page.goto(longServer.url);
      await page.getByTestId(`start-${LONG}`).click();
      const front = page.getByTestId('card-front');
      expect((await front.textContent())!.length).toBeGreaterThanOrEqual(LONG_CHARS);
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(display.theme);

      expect((await boxInViewport(page, 'reveal')).inside).toBe(true);
      await page.getByTestId('reveal').click();
      for (const g of GRADES) {
        const { box, inside } = await boxInViewport(page, `rate-${g}`);
        expect(inside, `rate-${g} at ${JSON.stringify(box)} in ${width}×${height}`).toBe(true);
      }
      // Nothing made the page itself scroll: the card scrolls, above the actions.
      expect(await pageOverflow(page)).toEqual({ x: 0, y: 0 });
      const scroller = page.locator('.review-scroll');
      const { scrolls, lastLineShown } = await scroller.evaluate((el) => {
        const scrolls = el.scrollHeight > el.clientHeight;
        el.scrollTop = el.scrollHeight;
        const last = el.querySelector('[data-testid="card-back"] .sentence')!.getBoundingClientRect();
        return { scrolls, lastLineShown: last.bottom <= el.getBoundingClientRect().bottom + 0.5 };
      });
      expect(scrolls, 'the long card scrolls inside its area').toBe(true);
      expect(lastLineShown, 'the end of the answer can be scrolled into view').toBe(true);
      expect(await smallTargets(page)).toEqual([]);
      await page.context().close();
    });
  }
});

describe('studying with one thumb', () => {
  it('ignores the second tap of a double tap on "show answer", then records one review per tap', async () => {
    const page = await phoneWith({ width: 360, height: 640 }, { theme: 'system', textSize: 100 });
    await page.goto(inject('baseUrl'));
    await page.getByTestId(`start-${SEED}`).click();
    // Where a right thumb taps: right of the middle (the middle itself falls between two ratings).
    const reveal = await boxInViewport(page, 'reveal');
    const tap = { x: reveal.box.width * 0.7, y: reveal.box.height / 2 };
    await page.getByTestId('reveal').dblclick({ position: tap });
    await page.waitForTimeout(600);
    expect(await readReviews(page)).toHaveLength(0);
    expect(await page.getByTestId('card-back').count()).toBe(1);
    // The second tap did land on a rating: that is what makes this a test of the hold.
    const under = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-testid^="rate-"]')?.getAttribute('data-testid') ?? null,
      { x: reveal.box.x + tap.x, y: reveal.box.y + tap.y });
    expect(under).toBe('rate-3');

    await page.getByTestId('rate-3').click();
    await expect.poll(async () => (await readReviews(page)).length).toBe(1);
    await page.waitForTimeout(300);
    expect(await readReviews(page)).toHaveLength(1);
    await page.context().close();
  });

  it('counts the cards left down after a rating and up again after an undo', async () => {
    const page = await phoneWith({ width: 360, height: 640 }, { theme: 'system', textSize: 100 });
    await page.goto(inject('baseUrl'));
    await page.getByTestId(`start-${SEED}`).click();
    await page.getByTestId('reveal').waitFor();
    const start = await left(page);
    expect(start).toEqual({ new: 8, learning: 0, due: 0 });
    // Easy on a new card: it leaves today's queues.
    await page.getByTestId('reveal').click();
    // A screen reader is taken to the answer, and hears each rating with its interval.
    // Focus moves once the answer is rendered: waited for (read at once, it failed with a core busy).
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('card-back');
    expect(await page.getByTestId('rate-3').getAttribute('aria-label')).toBe('ດີ, 10 ນາທີ');
    await page.getByTestId('rate-4').click();
    await expect.poll(() => left(page)).toEqual({ new: 7, learning: 0, due: 0 });
    // Again on the next: new one fewer, learning one more.
    await page.getByTestId('reveal').click();
    await page.getByTestId('rate-1').click();
    await expect.poll(() => left(page)).toEqual({ new: 6, learning: 1, due: 0 });
    await page.getByTestId('undo').click();
    await expect.poll(() => left(page)).toEqual({ new: 7, learning: 0, due: 0 });
    await page.getByTestId('undo').click();
    await expect.poll(() => left(page)).toEqual(start);
    await page.context().close();
  });

  it('ends the day with a summary equal to the log, after an undo and after a reload', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const page = await phoneWith({ width: 360, height: 640 }, { theme, textSize: 100 });
      await page.goto(inject('baseUrl'));
      await page.getByTestId(`start-${SEED}`).click();
      await page.getByTestId('reveal').waitFor();
      await screenshot(page, `question-360x640-${theme}`);
      // Again first (the card comes back from learning), Easy after; one rating taken back on the way.
      let ratings = 0;
      while (await page.getByTestId('reveal').isVisible()) {
        await page.getByTestId('reveal').click();
        if (ratings === 0) await screenshot(page, `answer-360x640-${theme}`);
        await page.getByTestId(ratings === 0 ? 'rate-1' : 'rate-4').click();
        ratings++;
        if (ratings === 5) {
          await expect.poll(async () => (await readReviews(page)).length).toBe(5);
          await page.getByTestId('undo').click();
          await expect.poll(async () => (await readReviews(page)).length).toBe(4);
        }
        await page.locator('[data-testid="reveal"], [data-testid="done-today"]').first().waitFor();
      }
      await page.getByTestId('session-summary').waitFor();
      await screenshot(page, `summary-360x640-${theme}`);

      const expected = async () => {
        const log = await readReviews(page);
        const correct = log.filter((e) => e.grade !== 1).length;
        return {
          studied: String(new Set(log.map((e) => e.cardId)).size),
          minutes: String(Math.ceil(log.reduce((ms, e) => ms + e.durationMs, 0) / 60_000)),
          correct: `${Math.round((100 * correct) / log.length)}%`,
        };
      };
      const shown = async () => ({
        studied: await page.getByTestId('session-studied').textContent(),
        minutes: await page.getByTestId('session-minutes').textContent(),
        correct: await page.getByTestId('session-correct').textContent(),
      });
      const log = await readReviews(page);
      // Every pair once (siblings wait), the Again card twice, the undone rating gone.
      expect(log).toHaveLength(9);
      expect(await shown()).toEqual(await expected());
      expect(await shown()).toMatchObject({ studied: '8', correct: '89%' });
      expect(await page.getByTestId('session-streak').textContent()).toMatch(/^1 /);

      await page.reload();
      await page.getByTestId(`open-${SEED}`).click();
      await page.getByTestId('session-summary').waitFor();
      expect(await shown()).toEqual(await expected());
      await page.context().close();
    }
  });
});
