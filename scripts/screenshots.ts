// `npm run screenshots`: the pictures at the top of README.md, made from the real app so they
// stay true. The production build, served by the plain static server, in Debian's Chromium as a
// 360×800 phone in Laos, light and dark: a review card with its answer shown, a cloze typed
// with a wrong tone and its feedback, the statistics of a synthetic learner's history, and a
// word said into the microphone (Chromium's fake one playing espeak-ng) with one tone wrong.
// The clock is fixed, so the same app gives the same pictures. Writes docs/images/*.png;
// commit them with the change that altered a screen.
import { chromium, type Page } from 'playwright-core';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './build-app.ts';
import { serveStatic } from './static-server.ts';
import { LAUNCH, PHONE } from './chromium.ts';
import { backupBytes, syntheticBackup } from './fixtures/synthetic-backup.ts';
import { readStore } from './page-store.ts';
import { espeakReference, spokenFile } from './fixtures/voice-recordings.ts';

const SEED = 'kpl-2018-asean-e-services';
/** 10:00 in Vientiane on the day the pictures show. */
const NOW = new Date('2026-11-30T03:00:00Z');
const OUT = fileURLToPath(new URL('../docs/images/', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'lovi-screens-'));

// A year of a learner's reviews, made with the app's own scheduler, for the statistics.
const backup = join(work, 'history.json.gz');
writeFileSync(backup, backupBytes(syntheticBackup({ pairs: 300, reviews: 4_000, days: 120 }, 'imported-deck', NOW.getTime())));

/** The syllable with another tone: sắc becomes huyền, every other tone (or none) sắc. */
function wrongTone(syllable: string): string {
  const marks = /[\u0300\u0301\u0303\u0309\u0323]/;
  const d = syllable.normalize('NFD');
  const swapped = marks.test(d) ? d.replace(marks, (m) => (m === '\u0301' ? '\u0300' : '\u0301')) : d.replace(/([aeiouy\u0306\u0302\u031b]+)/i, '$1\u0301');
  return swapped.normalize('NFC');
}

/** The words missing from the cloze on screen. */
async function clozeAnswer(page: Page): Promise<string[]> {
  const lo = await page.getByTestId('card-front').textContent();
  return (await readStore<{ lo: string; cloze?: string[] }>(page, 'pairs')).find((p) => p.lo === lo)!.cloze!;
}

/** Waits until the deck studies exactly these kinds of card. */
async function kindsSaved(page: Page, kinds: string[]): Promise<void> {
  // A few transactions: well under a second; 30 s means something is wrong.
  for (const deadline = Date.now() + 30_000; Date.now() < deadline; await page.waitForTimeout(50)) {
    const deck = (await readStore<{ id: string; kinds?: string[] }>(page, 'decks')).find((d) => d.id === SEED);
    if (deck?.kinds?.join() === kinds.join()) return;
  }
  throw new Error(`the deck's kinds were not saved as ${kinds.join()}`);
}

async function shoot(page: Page, name: string): Promise<void> {
  // Let the last transition and font swap settle.
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`docs/images/${name}.png`);
}

mkdirSync(OUT, { recursive: true });
const server = await serveStatic(await buildApp(join(work, 'dist')));
const browser = await chromium.launch(LAUNCH);
try {
  for (const scheme of ['light', 'dark'] as const) {
    // Pictures for a README: a 1.5× phone screen is sharp enough and half the bytes of 2×.
    const context = await browser.newContext({ ...PHONE, deviceScaleFactor: 1.5, colorScheme: scheme });
    // Time stands still at NOW (timers still run): the schedule's fuzz is seeded by the review's
    // time, so the intervals shown are the same each time.
    await context.clock.setFixedTime(NOW);
    const page = await context.newPage();
    await page.goto(server.url);

    // 1. A review card with its answer and the four ratings.
    await page.getByTestId(`start-${SEED}`).click();
    await page.getByTestId('reveal').click();
    await page.getByTestId('rate-3').waitFor();
    // The card from its first line (revealing scrolls to the answer).
    await page.getByTestId('card-front').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await shoot(page, `review-${scheme}`);

    // 2. A cloze typed with the first word's tone wrong: the feedback per syllable.
    await page.getByTestId('nav-home').click();
    await page.getByTestId(`deck-menu-${SEED}`).click();
    for (const kind of ['recognition', 'production', 'dictation']) {
      const box = page.getByTestId(`kind-${kind}`);
      if (!(await box.isDisabled())) await box.setChecked(false);
    }
    await page.getByTestId('kind-cloze').setChecked(true);
    await page.getByTestId('apply-kinds').click();
    await kindsSaved(page, ['cloze']);
    await page.getByTestId('nav-home').click();
    await page.getByTestId(`start-${SEED}`).click();
    await page.getByTestId('cloze').waitFor();
    await page.getByTestId('answer-mode').selectOption('type');
    const words = await clozeAnswer(page);
    const typed = words.join(' ').split(' ').map((s, i) => (i === 0 ? wrongTone(s) : s)).join(' ').toLowerCase();
    await page.getByTestId('answer-input').fill(typed);
    await page.getByTestId('check-answer').click();
    await page.getByTestId('diff').waitFor();
    await shoot(page, `exercise-${scheme}`);

    // 3. The statistics of four months of study, brought in from a backup.
    await page.getByTestId('nav-home').click();
    await page.getByTestId('nav-settings').click();
    await page.getByTestId('import-backup').setInputFiles(backup);
    await page.waitForFunction(() => document.querySelector('[data-testid=import-result]')?.getAttribute('data-busy') === 'false', undefined, { timeout: 60_000 });
    await page.getByTestId('nav-stats').click();
    await page.getByTestId('stat-cards').waitFor();
    await page.getByTestId('words-chart').waitFor({ timeout: 60_000 });
    await shoot(page, `stats-${scheme}`);
    await context.close();
  }
  // 4. A word of the first card said with its last syllable's tone wrong. The word is the first the
  // card offers to say (read off the panel, whose microphone this browser has not got), said by
  // espeak-ng through a browser whose fake microphone plays it.
  const reference = espeakReference();
  const probe = await browser.newContext(PHONE);
  // Tuned to espeak-ng's voice, as its "ma" would tune it (else the panel asks for the "ma" first).
  await probe.addInitScript((hz) => localStorage.setItem('lovi.voiceReference', String(hz)), reference);
  const first = await probe.newPage();
  await first.goto(server.url);
  await first.getByTestId(`start-${SEED}`).click();
  await first.getByTestId('voice-record').click();
  const word = (await first.getByTestId('voice-target').first().textContent())!;
  await probe.close();
  const said = word.split(' ').map((s, i, all) => (i === all.length - 1 ? wrongTone(s) : s)).join(' ');
  const mic = await chromium.launch({ ...LAUNCH, args: [...LAUNCH.args, '--use-fake-device-for-media-stream', '--use-fake-ui-for-media-stream', `--use-file-for-fake-audio-capture=${spokenFile('screenshot', said)}%noloop`] });
  try {
    for (const scheme of ['light', 'dark'] as const) {
      const context = await mic.newContext({ ...PHONE, deviceScaleFactor: 1.5, colorScheme: scheme });
      await context.addInitScript((hz) => localStorage.setItem('lovi.voiceReference', String(hz)), reference);
      const page = await context.newPage();
      await page.goto(server.url);
      await page.getByTestId(`start-${SEED}`).click();
      await page.getByTestId('voice-record').click();
      await page.getByTestId('voice-result').waitFor({ timeout: 30_000 });
      const verdicts = await page.getByTestId('voice-syllable').evaluateAll((els) => els.map((e) => e.getAttribute('data-verdict')));
      console.log(`"${word}" said as "${said}": ${verdicts.join(', ')}`);
      await page.getByTestId('voice-syllable').first().evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await shoot(page, `voice-${scheme}`);
      await context.close();
    }
  } finally {
    await mic.close();
  }
} finally {
  await browser.close();
  await server.close();
}
