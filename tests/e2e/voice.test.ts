// "Say it and see your tone" in Chromium at 360 px, the microphone Chromium's
// fake device playing a WAV the test made with espeak-ng: a word said right,
// one syllable said with the wrong tone, silence, the microphone refused, and
// the first-time calibration; the spoken tones kept with the rating in the
// log, undo and the ratings unaffected.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';
import { LAUNCH, PHONE } from '../../scripts/chromium.ts';
import { serveStatic, type StaticServer } from '../../scripts/static-server.ts';
import { firstVisit, readReviews, screenshot } from './setup/browser.ts';
import { buildWithDecks } from './setup/build-content.ts';
import { espeakReference, quietFile, spokenFile } from '../../scripts/fixtures/voice-recordings.ts';

const DECK = 'voice-words';
/** One pair: its recognition card shows "con cá" on its front. */
const TSV = 'ປາໂຕໜຶ່ງ\tcon cá\n';
/** A build of its own (~5 s here), and each case's Chromium start with its own microphone file (~1 s). */
const BUILD_MS = 120_000;
const CASE_MS = 60_000;

let server: StaticServer;
let reference = 0;
beforeAll(async () => {
  server = await serveStatic(await buildWithDecks('voice', [{ id: DECK, title: { lo: 'ຄຳສັ້ນ', vi: 'Từ ngắn' }, tsv: TSV }]));
  reference = espeakReference();
}, BUILD_MS);
afterAll(async () => {
  await server?.close();
});

/** Chromium whose microphone plays `wav` once; `deny`: the learner refuses the microphone. */
async function withMicrophone(wav: string, deny = false): Promise<Browser> {
  return chromium.launch({
    ...LAUNCH,
    args: [...LAUNCH.args, '--use-fake-device-for-media-stream', `--use-fake-ui-for-media-stream${deny ? '=deny' : ''}`, `--use-file-for-fake-audio-capture=${wav}%noloop`],
  });
}

/** The app's home screen; `calibrated`: the learner's level voice already known (espeak-ng's). */
async function home(browser: Browser, calibrated = true, theme?: 'dark'): Promise<Page> {
  const context = await browser.newContext({ ...PHONE, ...(theme ? { colorScheme: theme } : {}) });
  if (calibrated) await context.addInitScript((hz) => localStorage.setItem('lovi.voiceReference', String(hz)), reference);
  const page = await context.newPage();
  await page.goto(server.url);
  return page;
}

/** The deck's first card on screen. */
async function firstCard(browser: Browser, calibrated = true, theme?: 'dark'): Promise<Page> {
  const page = await home(browser, calibrated, theme);
  await page.getByTestId(`start-${DECK}`).click();
  await page.getByTestId('card-front').waitFor();
  return page;
}

const syllables = (page: Page) => page.getByTestId('voice-syllable').evaluateAll((els) => els.map((e) => ({
  expected: e.getAttribute('data-expected'), heard: e.getAttribute('data-heard'), verdict: e.getAttribute('data-verdict'),
})));

describe('say it and see your tone', () => {
  it('judges "con cá" said right: every syllable right; the tones go with the rating into the log, and undo takes them back', async () => {
    const browser = await withMicrophone(spokenFile('right', 'con cá'));
    const page = await firstCard(browser);
    await page.getByTestId('voice-record').click();
    // It stops by itself a second after the word.
    await page.getByTestId('voice-result').waitFor();
    expect(await syllables(page)).toEqual([
      { expected: 'ngang', heard: 'ngang', verdict: 'right' },
      { expected: 'sac', heard: 'sac', verdict: 'right' },
    ]);
    await page.getByTestId('reveal').click();
    await page.getByTestId('rate-3').click();
    await expect.poll(async () => (await readReviews(page)).length).toBe(1);
    const [entry] = await readReviews(page);
    expect(entry!.grade).toBe(3);
    expect(entry!.exercise).toEqual({ kind: 'recognition', mode: 'self', errors: [], spoken: '0022' });
    await page.getByTestId('undo').click();
    await expect.poll(async () => (await readReviews(page)).length).toBe(0);
    await page.getByTestId('reveal').click();
    await page.getByTestId('rate-4').click();
    await expect.poll(async () => (await readReviews(page)).map((e) => [e.grade, e.exercise ?? null])).toEqual([[4, null]]);
    await browser.close();
  }, CASE_MS);

  it('hears "cá" said as "cà": that syllable sounded like huyền, and the advice names it', async () => {
    const browser = await withMicrophone(spokenFile('wrong', 'con cà'));
    for (const theme of ['light', 'dark'] as const) {
      const page = await firstCard(browser, true, theme === 'dark' ? 'dark' : undefined);
      await page.getByTestId('voice-record').click();
      await page.getByTestId('voice-result').waitFor();
      expect(await syllables(page)).toEqual([
        { expected: 'ngang', heard: 'ngang', verdict: 'right' },
        { expected: 'sac', heard: 'huyen', verdict: 'wrong' },
      ]);
      const verdict = await page.getByTestId('voice-syllable').nth(1).textContent();
      expect(verdict).toContain('huyền');
      const advice = await page.getByTestId('voice-advice').textContent();
      expect(advice).toContain('cá');
      expect(advice).toContain('sắc');
      await screenshot(page, `voice-${theme}`);
      if (theme === 'light') {
        // Rated: the statistics' tone picture counts what was heard for what was meant.
        await page.getByTestId('reveal').click();
        await page.getByTestId('rate-1').click();
        await expect.poll(async () => (await readReviews(page)).map((e) => e.exercise?.spoken)).toEqual(['0021']);
        await page.getByTestId('nav-home').click();
        await page.getByTestId('nav-stats').click();
        const spoken = page.getByTestId('stat-tones-spoken');
        await expect.poll(() => spoken.locator('td[data-expected="sac"][data-given="huyen"]').textContent()).toBe('1');
        expect(await spoken.locator('td[data-expected="ngang"][data-given="ngang"]').textContent()).toBe('1');
        expect(await spoken.textContent()).toContain('sắc');
        await screenshot(page, 'voice-stats');
      }
      await page.context().close();
    }
    await browser.close();
  }, CASE_MS);

  it('says "say it again" for silence, never a verdict', async () => {
    const browser = await withMicrophone(quietFile('quiet', 3));
    const page = await firstCard(browser);
    await page.getByTestId('voice-record').click();
    await page.getByTestId('voice-level').waitFor();
    // Nothing said: the learner taps stop.
    await page.getByTestId('voice-record').click();
    await page.getByTestId('voice-again').waitFor();
    expect(await page.getByTestId('voice-result').count()).toBe(0);
    expect(await page.getByTestId('voice-again').getAttribute('data-why')).toBe('quiet');
    await browser.close();
  }, CASE_MS);

  it('tells a learner who refused the microphone, and the card is rated as ever; the accent is a setting', async () => {
    const browser = await withMicrophone(spokenFile('refused', 'con cá'), true);
    const page = await firstCard(browser);
    await page.getByTestId('voice-record').click();
    const problem = page.getByTestId('voice-problem');
    await problem.waitFor();
    expect(await problem.getAttribute('role')).toBe('alert');
    expect(await problem.getAttribute('lang') ?? await page.evaluate(() => document.documentElement.lang)).toBe('lo');
    await page.getByTestId('reveal').click();
    await page.getByTestId('rate-3').click();
    await expect.poll(async () => (await readReviews(page)).map((e) => [e.grade, e.exercise ?? null])).toEqual([[3, null]]);
    // The accent's setting, Northern by default, kept on the phone when changed.
    await page.getByTestId('nav-home').click();
    await page.getByTestId('nav-settings').click();
    const dialect = page.getByTestId('setting-tone-dialect');
    expect(await dialect.inputValue()).toBe('north');
    await dialect.selectOption('south');
    expect(await page.evaluate(() => localStorage.getItem('lovi.toneDialect'))).toBe('south');
    await browser.close();
  }, CASE_MS);

  it('deals the deck\'s syllables in the "practise tones" drill, one tone after another, and judges one said', async () => {
    const browser = await withMicrophone(spokenFile('drill', 'cá'));
    const page = await home(browser);
    await page.getByTestId(`deck-menu-${DECK}`).click();
    await page.getByTestId('practise-tones').click();
    const syllable = page.getByTestId('drill-syllable');
    // The deck's words are "con" and "cá": ngang comes first, then sắc.
    expect([await syllable.textContent(), await syllable.getAttribute('data-tone')]).toEqual(['con', 'ngang']);
    await page.getByTestId('drill-next').click();
    await expect.poll(() => syllable.textContent()).toBe('cá');
    await page.getByTestId('voice-record').click();
    await page.getByTestId('voice-result').waitFor();
    expect(await syllables(page)).toEqual([{ expected: 'sac', heard: 'sac', verdict: 'right' }]);
    expect(await readReviews(page)).toEqual([]);
    await screenshot(page, 'voice-drill');
    await browser.close();
  }, CASE_MS);

  it('learns the learner\'s level voice from a "ma" the first time, keeps it on this phone, and works offline once used (and says so when it is not yet)', async () => {
    // A server of its own, stopped halfway: the practice's files must come from the service worker's cache.
    let own = await serveStatic(server.root);
    const browser = await withMicrophone(spokenFile('ma', 'ma'));
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    await firstVisit(page, own.url);
    const offline = async (midSession: boolean) => {
      await own.close();
      // The browser's HTTP cache emptied too (it holds every hashed file for a year): what remains is the service worker's.
      await (await context.newCDPSession(page)).send('Network.clearBrowserCache');
      await page.reload();
      // Reloaded mid-session, the card comes back by itself (src/ui/review/resume.ts).
      if (midSession) await page.getByTestId('card-front').waitFor();
      else await page.getByTestId(`start-${DECK}`).click();
    };
    // Offline before the practice was ever used: it is not on the phone yet, and the learner is told so.
    const port = Number(new URL(own.url).port);
    await offline(false);
    await page.getByTestId('voice-record').click();
    expect(await page.getByTestId('part-offline').getAttribute('role')).toBe('alert');
    await page.getByTestId('reveal').click();
    await page.getByTestId('rate-3').click();
    await expect.poll(async () => (await readReviews(page)).length).toBe(1);

    // Online again, Lovi opened again (the browser keeps a failed module failed until then).
    own = await serveStatic(server.root, '/', port);
    await page.reload();
    await page.getByTestId('card-front').waitFor();
    await page.getByTestId('voice-record').click();
    await page.getByTestId('voice-calibrate').waitFor();
    await page.getByTestId('voice-calibrate').waitFor({ state: 'detached' });
    const saved = Number(await page.evaluate(() => localStorage.getItem('lovi.voiceReference')));
    // The same voice as the analysis in Node finds, within a semitone (the fake device resamples).
    expect(Math.abs(12 * Math.log2(saved / reference))).toBeLessThan(1);

    await offline(true);
    await page.getByTestId('voice-record').click();
    // Recorded and analysed offline: the fake microphone may play its "ma" again (one syllable heard
    // for the two of "con cá") or only the room; stopped by the learner (the room alone never stops itself).
    await page.getByTestId('voice-level').waitFor();
    await page.getByTestId('voice-record').click();
    await page.getByTestId('voice-again').waitFor();
    expect(await page.getByTestId('voice-problem').count()).toBe(0);
    await browser.close();
  }, CASE_MS);
});
