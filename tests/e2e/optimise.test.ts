// Fitting the schedule on the phone, offline: a backup with months of a
// synthetic learner's history is imported, the optimiser runs with the
// server gone and the network off, the result shows both losses, applying
// changes the interval on a rating button (and no card's stored state), and
// going back restores it. Stopping a fit changes nothing.
import { describe, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { default_w } from 'ts-fsrs';
import { firstVisit, pageInconsistencies, phone, readStore, screenshot, sharedBrowser } from './setup/browser.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { importLearner } from './setup/learner.ts';
import type { CardRecord } from '../../src/storage/schema.ts';
import type { StudySettings } from '../../src/schedule/settings.ts';

const DIST = fileURLToPath(new URL('../artifacts/dist', import.meta.url));
const DECK = 'imported-deck';
const getBrowser = sharedBrowser();
/** Every studied card's memory replayed in the worker (~600 cards, 3,000 reviews: well under a second here). */
const REMEMORY_MS = 15_000;

const studySettings = async (page: Page) => (await readStore<StudySettings>(page, 'settings')).find((s) => typeof s === 'object' && s && 'desiredRetention' in s);

/** The first card of the imported deck, answered: its front and what Easy would give. */
async function firstCardEasy(page: Page): Promise<{ front: string; easy: string }> {
  await page.getByTestId('nav-home').click();
  await page.getByTestId(`start-${DECK}`).click();
  await page.locator('[data-testid="reveal"], [data-testid="answer-mode"]').first().waitFor();
  if (await page.getByTestId('answer-mode').isVisible()) await page.getByTestId('answer-mode').selectOption('self');
  const front = (await page.getByTestId('card-front').textContent())!;
  await page.getByTestId('reveal').click();
  const easy = (await page.getByTestId('rate-4').getAttribute('aria-label'))!;
  await page.getByTestId('nav-home').click();
  return { front, easy };
}

describe('fitting the schedule to the learner', () => {
  it('runs offline to the end, applies only on request, brings every card’s memory in line with the new parameters while due dates stay, and goes back', async () => {
    const server = await serveStatic(DIST);
    const context = await phone(getBrowser());
    const page = await context.newPage();
    await firstVisit(page, server.url);

    // No history yet: the screen says what a fit needs and what is missing; no button.
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('optimize-not-enough').waitFor();
    expect(await page.getByTestId('optimize-not-enough').textContent()).toContain('400');
    expect(await page.getByTestId('optimize').count()).toBe(0);

    // Four months of a learner's reviews, from a backup. The whole test, merge and fit included, takes
    // 5.3 s here with one core kept busy: 60 s for the fit is over 5× that.
    await importLearner(page, DECK);
    // Enough now: offered, and the optimiser is fetched ahead while there is a network.
    await page.getByTestId('optimize-offline-ready').waitFor();
    expect(await page.getByTestId('optimize-not-enough').count()).toBe(0);

    // Stopped: nothing is written.
    await page.getByTestId('optimize').click();
    await page.getByTestId('optimize-cancel').click();
    await page.getByTestId('optimize-stopped').waitFor();
    expect(await page.getByTestId('optimize-result').count()).toBe(0);
    expect((await studySettings(page))?.fsrsParameters ?? null).toBeNull();

    const before = await firstCardEasy(page);
    const cards = await readStore<CardRecord>(page, 'cards');

    // Offline for real: the server is gone and the network is off.
    await context.setOffline(true);
    await server.close();
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('optimize').click();
    await page.getByTestId('optimize-progress').waitFor();
    await page.getByTestId('optimize-result').waitFor({ timeout: 60_000 });
    const loss = async (which: 'before' | 'after') => Number((await page.getByTestId(`optimize-loss-${which}`).textContent())!.replace(',', '.'));
    const [lossBefore, lossAfter] = [await loss('before'), await loss('after')];
    expect(lossBefore).toBeGreaterThan(0);
    expect(lossAfter).toBeGreaterThan(0);
    expect(lossAfter).toBeLessThan(lossBefore);
    await screenshot(page, 'optimise-result-360');
    // Nothing changes before the learner confirms.
    expect((await studySettings(page))?.fsrsParameters ?? null).toBeNull();

    // Due dates stay unless the learner asks to reschedule (Anki's default): the box starts unticked.
    expect(await page.getByTestId('optimize-reschedule').isChecked()).toBe(false);
    await page.getByTestId('optimize-apply').click();
    await page.getByTestId('optimize-applied').waitFor();
    const applied = (await studySettings(page))!;
    expect(applied.fsrsParameters).toHaveLength(default_w.length);
    expect(applied.fsrsFit).toMatchObject({ reviews: 3000 });
    expect(applied.fsrsPrevious).toEqual({ w: null, fit: null });
    // The parameters in use, their date and evaluation, are on the screen.
    await page.getByTestId('optimize-in-use-scores').waitFor();
    // Every studied card's memory follows the new parameters (a worker replays the log); due dates and intervals stay.
    await expect.poll(async () => (await pageInconsistencies(page)).length, { timeout: REMEMORY_MS }).toBe(0);
    const rewritten = await readStore<CardRecord>(page, 'cards');
    const schedule = ({ deckId, cardId, due, scheduledDays, state, reps, lapses, lastReview, queue }: CardRecord) => ({ deckId, cardId, due, scheduledDays, state, reps, lapses, lastReview, queue });
    expect(rewritten.map(schedule)).toEqual(cards.map(schedule));
    expect(rewritten.filter((c, i) => c.stability !== cards[i]!.stability).length).toBeGreaterThan(cards.filter((c) => c.reps > 0).length / 2);

    const fitted = await firstCardEasy(page);
    expect(fitted.front).toBe(before.front);
    expect(fitted.easy).not.toBe(before.easy);

    await page.getByTestId('nav-settings').click();
    await page.getByTestId('optimize-restore').click();
    await page.getByTestId('optimize-restored').waitFor();
    expect((await studySettings(page))?.fsrsParameters ?? null).toBeNull();
    // Back to FSRS's defaults, the memory the log gave with them: every card as it was.
    await expect.poll(async () => (await pageInconsistencies(page)).length, { timeout: REMEMORY_MS }).toBe(0);
    expect(await readStore<CardRecord>(page, 'cards')).toEqual(cards);
    expect(await firstCardEasy(page)).toEqual(before);
    await context.close();
  });
});
