// The learner's week on a phone at 360 px: Sunday set to none, then cards
// rated through the review screen never come back on a Sunday (checked in the
// database); a break moves the cards due in it; the workload chart shows for
// the imported simulated learner and saves the retention chosen on it; the
// calendar reminder downloads a file that parses as iCalendar.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import ICAL from 'ical.js';
import { firstVisit, pageInconsistencies, phone, readStore, screenshot, sharedBrowser } from './setup/browser.ts';
import { serveStatic } from '../../scripts/static-server.ts';
import { PHONE } from '../../scripts/chromium.ts';
import { importLearner } from './setup/learner.ts';
import type { CardRecord } from '../../src/storage/schema.ts';
import type { StudySettings } from '../../src/schedule/settings.ts';
import { addDays, dayNumber, studyDayOf } from '../../src/schedule/study-day.ts';

const DIST = fileURLToPath(new URL('../artifacts/dist', import.meta.url));
const DECK = 'imported-deck';
/** A section's picture beside the whole screens' (setup/browser.ts screenshot). */
const shot = (name: string) => fileURLToPath(new URL(`../artifacts/screenshots/${name}.png`, import.meta.url));
const getBrowser = sharedBrowser();
const DAY_OPTIONS = { dayStartHour: 4, timeZone: PHONE.timezoneId };
/** The weekday (0 Sunday) of the study day an instant falls in, in the phone's zone. */
const weekday = (t: number) => new Date(dayNumber(studyDayOf(new Date(t), DAY_OPTIONS)) * 86_400_000).getUTCDay();
const studySettings = async (page: Page) => (await readStore<StudySettings>(page, 'settings')).find((s) => typeof s === 'object' && s && 'desiredRetention' in s)!;

/**
 * Rates `count` cards of the imported deck through the review screen, Good and Easy in turn (self-graded),
 * by its keys (Space shows the answer, 3 and 4 rate): the same ratings as taps, without Playwright's checks
 * before each tap (0.43 s a rating by taps, a quarter of that by keys).
 */
async function rateCards(page: Page, count: number): Promise<void> {
  await page.getByTestId('nav-home').click();
  await page.getByTestId(`start-${DECK}`).click();
  for (let i = 0; i < count; i++) {
    await page.locator('[data-testid="reveal"], [data-testid="answer-mode"]').first().waitFor();
    // Each kind of card keeps its own way of answering: self-graded here, then the keys go to the page, not the menu.
    const mode = page.getByTestId('answer-mode');
    if (await mode.isVisible() && (await mode.inputValue()) !== 'self') {
      await mode.selectOption('self');
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    }
    await page.keyboard.press('Space');
    await page.getByTestId('card-back').waitFor();
    await page.keyboard.press(i % 2 ? '4' : '3');
    // Rated: the answer leaves with its card (the next one comes unanswered), or the day is done.
    await page.locator('[data-testid="card-back"]').waitFor({ state: 'detached' });
    if (await page.getByTestId('session-summary').isVisible()) break;
  }
  await page.getByTestId('nav-home').click();
}

describe('the learner\'s week', () => {
  it('keeps Sunday free, moves a break\'s cards out of it, charts the workload and saves its retention, and gives a calendar reminder', async () => {
    const server = await serveStatic(DIST);
    const context = await phone(getBrowser());
    const page = await context.newPage();
    await firstVisit(page, server.url);

    // Four months of a learner's reviews: many cards due today.
    await page.getByTestId('nav-settings').click();
    await importLearner(page, DECK);

    // Sunday: none.
    await page.getByTestId('easy-day-0').selectOption('none');
    expect(await page.getByTestId('setting-load-balance').isChecked()).toBe(true);
    await page.getByTestId('save-week').click();
    await page.getByTestId('week-saved').waitFor();
    expect((await studySettings(page)).easyDays[0]).toBe('none');

    // Thirty ratings through the review screen: none of those over 3 days lands on a Sunday.
    const before = new Map((await readStore<CardRecord>(page, 'cards')).map((c) => [c.cardId, c.reps]));
    await rateCards(page, 30);
    const rated = (await readStore<CardRecord>(page, 'cards')).filter((c) => c.reps > (before.get(c.cardId) ?? 0));
    expect(rated.length).toBeGreaterThan(20);
    const long = rated.filter((c) => c.state === 2 && c.scheduledDays > 3);
    expect(long.length).toBeGreaterThan(10);
    expect(long.filter((c) => weekday(c.due) === 0).map((c) => c.cardId)).toEqual([]);

    // A break over the next days that hold cards: what it will cost is shown, then nothing is due in it.
    const now = await page.evaluate('Date.now()') as number;
    const today = studyDayOf(new Date(now), DAY_OPTIONS);
    const from = addDays(today, 2);
    const to = addDays(today, 8);
    const inBreak = (cards: CardRecord[]) => cards.filter((c) => c.queue === 2 && studyDayOf(new Date(c.due), DAY_OPTIONS) >= from && studyDayOf(new Date(c.due), DAY_OPTIONS) <= to);
    const due = inBreak(await readStore<CardRecord>(page, 'cards')).length;
    expect(due).toBeGreaterThan(0);
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('setting-break-from').fill(from);
    await page.getByTestId('setting-break-to').fill(to);
    await page.getByTestId('break-preview').waitFor();
    expect(await page.getByTestId('break-preview').textContent()).toMatch(/\d/);
    await screenshot(page, 'week-settings-360');
    await page.locator('section.week').screenshot({ path: shot('week-section-360') });
    await page.getByTestId('save-week').click();
    await expect.poll(async () => inBreak(await readStore<CardRecord>(page, 'cards')).length).toBe(0);
    expect((await studySettings(page)).studyBreak).toEqual({ from, to });
    expect(await pageInconsistencies(page)).toEqual([]);

    // How much will I study: simulated in the worker for the imported learner.
    await page.getByTestId('workload-run').click();
    // 20 simulations of ~600 cards over 180 days: well under a second here; 20 s for a busy machine.
    await page.getByTestId('workload-chart').waitFor({ timeout: 20_000 });
    expect(await page.getByTestId('workload-retention').textContent()).toContain('0.90');
    await page.getByTestId('workload-retention-input').fill('0.96');
    await page.getByTestId('workload-warning').waitFor();
    await page.getByTestId('workload-retention-input').fill('0.85');
    expect(await page.getByTestId('workload-warning').count()).toBe(0);
    await page.getByTestId('workload-use').click();
    await page.getByTestId('workload-saved').waitFor();
    expect((await studySettings(page)).desiredRetention).toBe(0.85);
    await screenshot(page, 'workload-chart-360');
    await page.locator('section.workload').screenshot({ path: shot('workload-section-360') });
    // The same in the dark theme, for people to look at (the display test checks every screen's contrast).
    await page.getByTestId('setting-theme').selectOption('dark');
    await page.locator('section.workload').screenshot({ path: shot('workload-section-360-dark') });
    await page.locator('section.week').screenshot({ path: shot('week-section-360-dark') });
    await page.getByTestId('setting-theme').selectOption('system');
    // Nothing on the screen is wider than the phone.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // A daily reminder for the phone's calendar.
    await page.getByTestId('setting-reminder-time').fill('20:15');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('calendar-reminder').click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const event = new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!;
    expect((event.getFirstPropertyValue('rrule') as ICAL.Recur).freq).toBe('DAILY');
    expect(event.getFirstSubcomponent('valarm')).not.toBeNull();
    expect(new ICAL.Event(event).startDate.toString()).toMatch(/T20:15:00$/);
    // In the learner's language: Lao by default.
    expect(new ICAL.Event(event).summary).toMatch(/[\u0E80-\u0EFF]/);
    await expect.poll(async () => (await studySettings(page)).reminderTime).toBe('20:15');
    await context.close();
    await server.close();
  // 10–11 s here (the thirty ratings by keys about 3 s; by taps they took 13 s), the import and the simulation
  // a second or two each; 28 s with a core busy when the ratings were taps. 60 s leaves room.
  }, 60_000);
});
