// Faults a phone meets: the app closed in the middle of saving. On reopening,
// the database is consistent: every card's state is what its log says, the
// day summaries add up to the log, and nothing recorded before is lost.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser, phone, readStore } from './setup/browser.ts';
import type { CardRecord, ReviewEntry } from '../../src/storage/schema.ts';
import type { DaySummary } from '../../src/stats/day-summary.ts';

const SEED = 'kpl-2018-asean-e-services';
const getBrowser = sharedBrowser();

async function expectConsistent(page: Page): Promise<number> {
  const [cards, log, days] = await Promise.all([
    readStore<CardRecord>(page, 'cards'), readStore<ReviewEntry>(page, 'reviews'), readStore<DaySummary>(page, 'days'),
  ]);
  for (const card of cards) {
    const mine = log.filter((e) => e.cardId === card.cardId).sort((a, b) => a.at - b.at);
    const last = mine[mine.length - 1];
    if (last) expect({ due: card.due, reps: card.reps, state: card.state }).toEqual({ due: last.after.due, reps: last.after.reps, state: last.after.state });
    else expect(card.reps).toBe(0);
  }
  expect(days.reduce((n, d) => n + d.reviews, 0)).toBe(log.length);
  return log.length;
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
  });
});
