// Exercise cards in Chromium at 360 px: a cloze answered by choosing and by
// typing with Telex (right, tone wrong, letter mark wrong), the diff, the
// suggested rating, an override, the saved log entry, undo; dictation with a
// stubbed speechSynthesis; a kind turned off and on again keeping progress.
import { pairIdOfCard } from '../../src/deck/identity.ts';
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { phone, readReviews, readStore, sharedBrowser } from './setup/browser.ts';
import { correction } from './setup/page-checks.ts';
import type { CardRecord, PairRecord } from '../../src/storage/schema.ts';

const SEED = 'kpl-2018-asean-e-services';
const getBrowser = sharedBrowser();

/** Telex keys that type `text`, worked out here letter by letter (independently of the app's input method). */
function telex(text: string, toneKey?: (syllable: string, key: string) => string): string {
  const LETTER: Record<string, string> = { â: 'aa', ă: 'aw', ê: 'ee', ô: 'oo', ơ: 'ow', ư: 'uw', đ: 'dd' };
  const TONE: Record<string, string> = { '\u0300': 'f', '\u0301': 's', '\u0309': 'r', '\u0303': 'x', '\u0323': 'j' };
  return text.split(' ').map((syllable) => {
    let keys = '';
    let tone = '';
    for (const ch of syllable.toLowerCase().normalize('NFD')) {
      if (TONE[ch]) tone = TONE[ch]!;
      else if (ch === '\u0302' || ch === '\u0306' || ch === '\u031b') keys = keys.slice(0, -1) + LETTER[(keys.slice(-1) + ch).normalize('NFC')]!;
      else keys += ch === 'đ' ? 'dd' : ch;
    }
    return keys + (toneKey ? toneKey(syllable, tone) : tone);
  }).join(' ');
}

async function setKinds(page: Page, kinds: string[]): Promise<void> {
  await page.getByTestId('nav-home').click();
  // The menu may still be open from the last change.
  if (!(await page.getByTestId('setting-kinds').isVisible())) await page.getByTestId(`deck-menu-${SEED}`).click();
  for (const kind of ['recognition', 'production', 'cloze', 'dictation']) {
    const box = page.getByTestId(`kind-${kind}`);
    if (await box.isDisabled()) continue;
    await box.setChecked(kinds.includes(kind));
  }
  await page.getByTestId('apply-kinds').click();
  await expect.poll(async () => (await readStore<{ id: string; kinds?: string[] }>(page, 'decks')).find((d) => d.id === SEED)?.kinds?.join()).toBe(
    ['recognition', 'production', 'cloze', 'dictation'].filter((k) => kinds.includes(k)).join());
}

/** The pair of the card on screen (the cloze shows its Lao). */
async function pairOnScreen(page: Page): Promise<PairRecord> {
  const lo = await page.getByTestId('card-front').textContent();
  return (await readStore<PairRecord>(page, 'pairs')).find((p) => p.deckId === SEED && p.lo === lo)!;
}

const log = (page: Page) => readReviews(page);
const results = (page: Page) => page.getByTestId('diff-syllable').evaluateAll((els) => els.map((e) => e.getAttribute('data-result')));

describe('exercise cards', () => {
  it('takes a cloze answered by choice and by Telex typing, suggests a rating the learner may change, and saves how it was answered', async () => {
    const context = await phone(getBrowser());
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.getByTestId(`start-${SEED}`).waitFor();
    await setKinds(page, ['cloze']);
    await page.getByTestId(`start-${SEED}`).click();

    // 1. By choice: the right option for each gap.
    await page.getByTestId('cloze').waitFor();
    let pair = await pairOnScreen(page);
    expect(await page.getByTestId('cloze').textContent()).not.toContain(pair.cloze![0]);
    for (const word of pair.cloze!) {
      const options = await page.locator('[data-testid^="choice-"]').allTextContents();
      expect(options).toHaveLength(4);
      await page.getByTestId(`choice-${options.indexOf(word) + 1}`).click();
    }
    await page.getByTestId('diff').waitFor();
    expect((await results(page)).every((r) => r === 'right')).toBe(true);
    expect(await page.getByTestId('suggested-rating').getAttribute('data-rating')).toBe('3');
    expect(await page.getByTestId('rate-3').getAttribute('data-suggested')).toBe('true');
    await page.getByTestId('rate-3').click();
    await expect.poll(async () => (await log(page)).length).toBe(1);
    expect((await log(page))[0]).toMatchObject({ grade: 3, exercise: { kind: 'cloze', mode: 'choice', errors: [], suggested: 3 } });

    // 2. By typing with Telex, right.
    await page.getByTestId('cloze').waitFor();
    await page.getByTestId('answer-mode').selectOption('type');
    expect(await page.getByTestId('input-method').inputValue()).toBe('telex');
    // The keyboard must leave Telex keys alone: off by attribute and, where the engine has it, by property.
    expect(await page.getByTestId('answer-input').getAttribute('autocomplete')).toBe('off');
    const corr = await correction(page, 'answer-input');
    expect(corr).toMatchObject({ autocorrect: 'off', autocapitalize: 'off', spellcheck: false });
    expect(corr.autocorrectProperty === false || corr.autocorrectProperty === 'absent').toBe(true);
    pair = await pairOnScreen(page);
    await page.getByTestId('answer-input').pressSequentially(telex(pair.cloze!.join(' ')));
    expect(await page.getByTestId('answer-input').inputValue()).toBe(pair.cloze!.join(' ').toLowerCase());
    await page.getByTestId('check-answer').click();
    await page.getByTestId('diff').waitFor();
    expect((await results(page)).every((r) => r === 'right')).toBe(true);
    await page.getByTestId('rate-3').click();
    await expect.poll(async () => (await log(page)).length).toBe(2);
    expect((await log(page)).find((e) => pairIdOfCard(e.cardId) === pair.pairId)!.exercise).toMatchObject({ mode: 'type', errors: [] });

    // 3. A wrong tone on the first syllable: Again suggested; the learner chooses Hard, and Hard is saved.
    await page.getByTestId('cloze').waitFor();
    pair = await pairOnScreen(page);
    const wrongTone = (s: string, key: string) => (s === pair.cloze![0]!.split(' ')[0] ? (key === 'f' ? 's' : 'f') : key);
    await page.getByTestId('answer-input').pressSequentially(telex(pair.cloze!.join(' '), wrongTone));
    await page.getByTestId('check-answer').click();
    await page.getByTestId('diff').waitFor();
    expect((await results(page))[0]).toBe('tone-wrong');
    expect(await page.getByTestId('suggested-rating').getAttribute('data-rating')).toBe('1');
    await page.getByTestId('rate-2').click();
    await expect.poll(async () => (await log(page)).length).toBe(3);
    expect((await log(page)).find((e) => pairIdOfCard(e.cardId) === pair.pairId)).toMatchObject({ grade: 2, exercise: { mode: 'type', errors: ['tone'], suggested: 1, given: expect.stringMatching(/\S/) } });

    // 4. A letter mark wrong (a hat added with a doubled vowel): Again, and undo takes it back like any rating.
    await page.getByTestId('cloze').waitFor();
    pair = await pairOnScreen(page);
    const keys = telex(pair.cloze!.join(' '));
    const at = keys.search(/[aeo](?![aeow])/);
    await page.getByTestId('answer-input').pressSequentially(keys.slice(0, at + 1) + keys[at] + keys.slice(at + 1));
    await page.getByTestId('check-answer').click();
    await page.getByTestId('diff').waitFor();
    expect(await results(page)).toContain('mark-wrong');
    await page.getByTestId('rate-1').click();
    await expect.poll(async () => (await log(page)).length).toBe(4);
    expect((await log(page)).find((e) => pairIdOfCard(e.cardId) === pair.pairId)!.exercise).toMatchObject({ errors: ['mark'], suggested: 1 });
    await page.getByTestId('undo').click();
    await expect.poll(async () => (await log(page)).length).toBe(3);
    // The undone card comes back (the screen may still show the next one for a moment).
    await expect.poll(() => page.getByTestId('card-front').textContent()).toBe(pair.lo);
    await page.getByTestId('cloze').waitFor();

    // Cloze turned off: its cards leave the queues with their progress; on again, back as they were.
    const studied = (await readStore<CardRecord>(page, 'cards')).filter((c) => c.kind === 'cloze' && c.reps > 0);
    expect(studied).toHaveLength(3);
    await setKinds(page, ['recognition', 'production']);
    const off = (await readStore<CardRecord>(page, 'cards')).filter((c) => c.kind === 'cloze' && c.reps > 0);
    expect(off.map((c) => [c.cardId, c.queue, c.stability])).toEqual(studied.map((c) => [c.cardId, -4, c.stability]));
    await setKinds(page, ['recognition', 'production', 'cloze']);
    expect((await readStore<CardRecord>(page, 'cards')).filter((c) => c.kind === 'cloze' && c.reps > 0)).toEqual(studied);
    await context.close();
  });

  it('speaks a dictation card in vi-VN, a long sentence in parts, and takes a typed answer of the whole sentence', async () => {
    const context = await phone(getBrowser());
    await context.addInitScript(() => {
      const spoken: { text: string; lang: string }[] = [];
      (window as unknown as { spoken: typeof spoken }).spoken = spoken;
      speechSynthesis.getVoices = () => [{ lang: 'vi-VN', name: 'Tiếng Việt', default: false, localService: true, voiceURI: 'vi' } as SpeechSynthesisVoice];
      Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', { configurable: true, get() { return null; }, set() {} });
      speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void spoken.push({ text: u.text, lang: u.lang });
    });
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.getByTestId(`start-${SEED}`).waitFor();
    await setKinds(page, ['dictation']);
    await page.getByTestId(`start-${SEED}`).click();
    await page.getByTestId('listen').click();
    const spoken = () => page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
    await expect.poll(async () => (await spoken()).length).toBeGreaterThan(1);
    const first = (await readStore<PairRecord>(page, 'pairs')).filter((p) => p.deckId === SEED).sort((a, b) => a.order - b.order)[0]!;
    expect((await spoken()).map((u) => u.text).join(' ')).toBe(first.vi);
    expect((await spoken()).every((u) => u.lang === 'vi-VN' && u.text.length <= 140)).toBe(true);
    await page.getByTestId('answer-mode').selectOption('type');
    // Typed in full, the text is not shown before the answer.
    expect(await page.locator('.card').textContent()).not.toContain(first.vi.slice(0, 20));
    await page.getByTestId('input-method').selectOption('off');
    await page.getByTestId('answer-input').fill(first.vi);
    await page.getByTestId('check-answer').click();
    await page.getByTestId('diff').waitFor();
    expect((await results(page)).every((r) => r === 'right')).toBe(true);
    await page.getByTestId('rate-3').click();
    await expect.poll(async () => (await log(page)).length).toBe(1);
    expect((await log(page))[0]!.exercise).toMatchObject({ kind: 'dictation', mode: 'type', errors: [] });
    await context.close();
  });
});

describe('recognition and production answered on screen', () => {
  it('takes the meaning chosen among the deck\'s sentences, and the Vietnamese typed with Telex, each saved with how it was answered', async () => {
    const context = await phone(getBrowser());
    const page = await context.newPage();
    await page.goto(inject('baseUrl'));
    await page.getByTestId(`start-${SEED}`).waitFor();
    await setKinds(page, ['recognition']);
    await page.getByTestId(`start-${SEED}`).click();
    // A recognition card is flipped by default; the learner switches it to choosing, which then stays the default.
    await page.getByTestId('reveal').waitFor();
    await page.getByTestId('answer-mode').selectOption('choice');
    const pairs = (await readStore<PairRecord>(page, 'pairs')).filter((p) => p.deckId === SEED);
    const front = await page.getByTestId('card-front').textContent();
    const pair = pairs.find((p) => p.vi === front)!;
    // The deck's sentences are read for the options as the card shows.
    await page.getByTestId('choice-4').waitFor();
    const options = await page.locator('[data-testid^="choice-"]').allTextContents();
    expect(options).toHaveLength(4);
    expect(options).toContain(pair.lo);
    expect(new Set(options).size).toBe(4);
    await page.getByTestId(`choice-${options.indexOf(pair.lo) + 1}`).click();
    await page.getByTestId('diff').waitFor();
    await page.getByTestId('rate-3').click();
    await expect.poll(async () => (await log(page)).length).toBe(1);
    expect((await log(page))[0]).toMatchObject({ grade: 3, exercise: { kind: 'recognition', mode: 'choice', errors: [], suggested: 3 } });
    // The next recognition card comes straight to choosing.
    await page.locator('[data-testid^="choice-"]').first().waitFor();

    await setKinds(page, ['production']);
    await page.getByTestId(`start-${SEED}`).click();
    await page.getByTestId('reveal').waitFor();
    await page.getByTestId('answer-mode').selectOption('type');
    const lo = await page.getByTestId('card-front').textContent();
    const target = pairs.find((p) => p.lo === lo)!;
    // Typed with one syllable's tone wrong.
    const first = target.vi.split(' ')[0]!;
    await page.getByTestId('answer-input').pressSequentially(telex(target.vi.replace(/[.,:;!?()]/g, ''), (s, key) => (s === first ? (key === 'f' ? 's' : 'f') : key)));
    await page.getByTestId('check-answer').click();
    await page.getByTestId('diff').waitFor();
    const r = await results(page);
    expect(r[0]).toBe('tone-wrong');
    expect(r.slice(1).every((x) => x === 'right')).toBe(true);
    // Rated from the keyboard: the key counts like a tap, with how the card was answered.
    await page.getByTestId('rate-1').waitFor();
    await page.keyboard.press('1');
    await expect.poll(async () => (await log(page)).length).toBe(2);
    expect((await log(page)).find((e) => pairIdOfCard(e.cardId) === target.pairId)).toMatchObject({ grade: 1, exercise: { kind: 'production', mode: 'type', errors: ['tone'], suggested: 1 } });
    await context.close();
  });
});
