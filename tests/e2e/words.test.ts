// Learning in the right order, in Chromium at 360 px: a deck of the
// learner's own whose sentences build on each other (written longest first)
// is studied one new word at a time, the new words marked; as the cards
// mature over days (fake clock), the statistics' count of known words rises
// and equals the known-word rule applied to the database.
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { persistentPhone, rateCards, readStore, screenshot } from './setup/browser.ts';
import { knowledge, pairEvidence } from '../../src/vocab/known.ts';
import type { CardRecord, DeckRecord, PairRecord } from '../../src/storage/schema.ts';

const DAY = 86_400_000;
const T0 = new Date('2026-03-10T03:00:00Z'); // 10:00 in Vientiane
const BUILDING = [
  ['ເຈົ້າກິນເຂົ້າບໍ່', 'Bạn ăn cơm không?'],
  ['ເຈົ້າກິນເຂົ້າ', 'Bạn ăn cơm.'],
  ['ຂ້ອຍກິນເຂົ້າ', 'Tôi ăn cơm.'],
  ['ຂ້ອຍກິນ', 'Tôi ăn.'],
  ['ຂ້ອຍ', 'Tôi.'],
];

/** Opens the phone on `at` with the profile kept between days. */
async function dayAt(profile: string, at: Date) {
  const context = await persistentPhone(profile);
  await context.clock.install({ time: at });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(inject('baseUrl'));
  await page.getByTestId('add-sentences').waitFor();
  return { context, page };
}

/** Waits until today's sentences were chosen for the deck, then reads the home screen again. */
async function planned(page: Page, deckId: string, day: string) {
  await expect.poll(async () => (await readStore<DeckRecord>(page, 'decks')).find((d) => d.id === deckId)?.plannedDay, { timeout: 20_000 }).toBe(day);
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('nav-home').click();
}

/** Rates every card of the deck shown today Easy; returns each card's Vietnamese (when shown) and its marked words. */
async function studyAll(page: Page, deckId: string, shot?: string) {
  await page.getByTestId(`start-${deckId}`).click();
  const seen: { vi: string; marked: string[] }[] = [];
  for (;;) {
    await page.locator('[data-testid="reveal"], [data-testid="answer-mode"], [data-testid="session-summary"], [data-testid="done"]').first().waitFor();
    if (!(await page.locator('[data-testid="reveal"], [data-testid="answer-mode"]').count())) break;
    // A cloze or production card shows Lao in front: no Vietnamese to read there.
    const front = page.getByTestId('card-front').locator('[lang="vi"]');
    const vi = (await front.count()) ? (await front.first().textContent()) ?? '' : '';
    seen.push({ vi, marked: await page.getByTestId('unknown-word').allTextContents() });
    if (shot && seen.length === 2) await screenshot(page, shot);
    await rateCards(page, [4]);
  }
  return seen;
}

async function wordFigures(page: Page) {
  await page.getByTestId('nav-home').click();
  await page.getByTestId('nav-stats').click();
  await expect.poll(() => page.getByTestId('stat-words').getAttribute('data-updating'), { timeout: 20_000 }).toBe('false');
  const n = async (id: string) => Number(await page.getByTestId(id).textContent());
  return { known: await n('stat-words-known'), seen: await n('stat-words-seen'), total: await n('stat-words-total') };
}

/** The known-word rule (src/vocab/known.ts) applied to the records as stored. */
async function ruleOnDatabase(page: Page) {
  const [cards, pairs] = [await readStore<CardRecord>(page, 'cards'), await readStore<PairRecord>(page, 'pairs')];
  const live = pairs.filter((p) => !p.retired);
  const { known, seen } = knowledge(live.map((p) => ({ words: p.words ?? [], evidence: pairEvidence(cards.filter((c) => c.deckId === p.deckId && c.pairId === p.pairId)) })));
  return { known: known.size, seen: seen.size, total: new Set(live.flatMap((p) => p.words ?? [])).size };
}

describe('new sentences by the words the learner knows', () => {
  it('brings a deck that builds on itself one new word at a time, marks the new words, and counts known words as the rule does', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'lovi-words-'));
    const file = join(mkdtempSync(join(tmpdir(), 'lovi-words-file-')), 'build.tsv');
    writeFileSync(file, `${BUILDING.map((p) => p.join('\t')).join('\n')}\n`);

    let { context, page } = await dayAt(profile, T0);
    // The order by the words the learner knows is the default, beside deck order and shuffle.
    await page.getByTestId('nav-settings').click();
    expect(await page.getByTestId('setting-new-order').inputValue()).toBe('known-words');
    expect(await page.getByTestId('setting-new-order').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['known-words', 'deck', 'random']);
    await page.getByTestId('nav-home').click();
    await page.getByTestId('add-sentences').click();
    await page.getByTestId('import-file').setInputFiles(file);
    await page.getByTestId('import-save').click();
    const start = page.getByTestId('import-done').locator('[data-testid^="start-"]');
    const deckId = (await start.getAttribute('data-testid'))!.slice('start-'.length);
    await planned(page, deckId, '2026-03-10');

    // Day 1: one card of each sentence, simplest first, each adding one word ("ăn cơm" is one word: the deck writes it together three times).
    const first = await studyAll(page, deckId, 'words-new-card-360');
    expect(first.map((c) => c.vi)).toEqual(['Tôi.', 'Tôi ăn cơm.', 'Bạn ăn cơm.', 'Tôi ăn.', 'Bạn ăn cơm không?']);
    expect(first.map((c) => c.marked)).toEqual([['Tôi'], ['ăn cơm'], ['Bạn'], ['ăn'], ['không']]);
    const day1 = await wordFigures(page);
    expect(day1).toEqual(await ruleOnDatabase(page));
    expect(day1.known).toBe(0);
    expect(day1.seen).toBe(5);
    await context.close();

    // Day 2, then day 12 when they fall due: each studied again, Easy.
    for (const [at, day] of [[new Date(T0.getTime() + DAY), '2026-03-11'], [new Date(T0.getTime() + 12 * DAY), '2026-03-22']] as const) {
      ({ context, page } = await dayAt(profile, at));
      await planned(page, deckId, day);
      await studyAll(page, deckId);
      if (day === '2026-03-22') break;
      await context.close();
    }
    const later = await wordFigures(page);
    expect(later).toEqual(await ruleOnDatabase(page));
    expect(later.known).toBeGreaterThan(0);
    await page.getByTestId('words-chart').waitFor();
    expect(await page.getByTestId('words-next').first().textContent()).not.toBe('');
    await screenshot(page, 'words-stats-360');
    await context.close();
  }, 120_000); // three study days on an on-disk profile: 12.4 s here with one core kept busy
});
