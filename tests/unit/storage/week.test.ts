// The learner's week through a real rating: the day chosen is stored, in the
// log, and what a replay gives (schedule/balance.ts for the rules themselves).
import { describe, expect, it } from 'vitest';
import { State } from 'ts-fsrs';
import { deckFrom, freshDb, installWithCards, readLog } from './helpers.ts';
import { DEFAULT_SETTINGS, type StudySettings } from '../../../src/schedule/settings.ts';
import { dayNumber, studyDayOf } from '../../../src/schedule/study-day.ts';
import { weekdayOf } from '../../../src/schedule/closed-days.ts';
import { recordReview } from '../../../src/storage/reviews.ts';
import type { Database } from '../../../src/storage/db.ts';
import { isReview } from '../../../src/history/entry.ts';
import { expectConsistent } from '../history/consistency.ts';
import { applyBreak, previewBreak } from '../../../src/storage/study-break.ts';
import { saveSettings } from '../../../src/storage/save-settings.ts';
import { addDays } from '../../../src/schedule/study-day.ts';

const T0 = Date.parse('2026-12-01T05:00:00Z');
const DAY = 86_400_000;
const pairs = (n: number): [string, string][] => Array.from({ length: n }, (_, i) => [`ປະໂຫຍກ ${i} ກ່ຽວກັບ`, `Câu số ${i} về nhà`]);

/** Every card of the deck studied day after day for `days` days, each due card rated `grade` (new ones Good, or Easy with `easyFirst`). */
async function study(db: Database, settings: StudySettings, days: number, grade: 3 | 4 = 3, easyFirst = false): Promise<void> {
  for (let d = 0; d < days; d++) {
    const at = new Date(T0 + d * DAY);
    const day = studyDayOf(at, settings);
    const dayEnd = T0 + (d + 1) * DAY - 3_600_000;
    let second = 0;
    for (const card of await db.getAll('cards')) {
      if (card.due > dayEnd && card.state !== State.New) continue;
      // A few seconds apart, as a learner rates them (fuzz draws from the moment).
      const when = new Date(at.getTime() + 5000 * second++);
      await recordReview(db, { deckId: card.deckId, cardId: card.cardId, before: card, grade: card.state === State.New && !easyFirst ? 3 : grade, at: when, day, durationMs: 2000 });
    }
  }
}

const dueDay = (due: number, settings: StudySettings) => dayNumber(studyDayOf(new Date(due), settings));

describe('the learner\'s week, as ratings store it', () => {
  it('sends no card rated Good or Easy for more than 3 days to a Sunday set to none, in the cards and in the log', async () => {
    const settings: StudySettings = { ...DEFAULT_SETTINGS, easyDays: ['none', 'normal', 'normal', 'normal', 'normal', 'normal', 'normal'] };
    const db = await freshDb(settings);
    await installWithCards(db, deckFrom(pairs(30)), new Date(T0));
    await study(db, settings, 21, 4);
    const long = (await db.getAll('cards')).filter((c) => c.state === State.Review && c.scheduledDays > 3);
    expect(long.length).toBeGreaterThan(40);
    expect(long.filter((c) => weekdayOf(dueDay(c.due, settings)) === 0)).toEqual([]);
    // The log holds the days chosen, so the replay agrees with the cards.
    expect((await readLog(db)).some((e) => isReview(e) && e.days !== undefined)).toBe(true);
    await expectConsistent(db, studyDayOf(new Date(T0 + 21 * DAY), settings));
  }, 30_000);

  it('spreads one day\'s cards evenly over the days fuzz allows, and a sentence\'s cards apart', async () => {
    const settings: StudySettings = { ...DEFAULT_SETTINGS };
    const counts = async (loadBalance: boolean) => {
      const db = await freshDb({ ...settings, loadBalance });
      await installWithCards(db, deckFrom(pairs(60)), new Date(T0));
      // 240 new cards (60 sentences, four kinds), all rated Easy on one day: the same interval for each.
      await study(db, { ...settings, loadBalance }, 1, 4, true);
      const perDay = new Map<number, number>();
      const cards = (await db.getAll('cards')).filter((c) => c.state === State.Review);
      for (const c of cards) perDay.set(dueDay(c.due, settings), (perDay.get(dueDay(c.due, settings)) ?? 0) + 1);
      const sameDaySiblings = cards.filter((c) => cards.some((o) => o.pairId === c.pairId && o.cardId !== c.cardId && dueDay(o.due, settings) === dueDay(c.due, settings))).length;
      return { spread: Math.max(...perDay.values()) - Math.min(...perDay.values()), sameDaySiblings, cards: cards.length };
    };
    const balanced = await counts(true);
    const fuzzed = await counts(false);
    expect(balanced.cards).toBe(240);
    expect(fuzzed.cards).toBe(240);
    expect(balanced.spread).toBeLessThanOrEqual(1);
    expect(fuzzed.spread).toBeGreaterThan(1);
    expect(balanced.sameDaySiblings).toBe(0);
    expect(fuzzed.sameDaySiblings).toBeGreaterThan(0);
  }, 60_000);

  it('moves the cards due in a break out of it, before and after, losing none, in the log and the cards', async () => {
    const settings: StudySettings = { ...DEFAULT_SETTINGS };
    const db = await freshDb(settings);
    await installWithCards(db, deckFrom(pairs(30)), new Date(T0));
    await study(db, settings, 1, 4, true);
    const at = new Date(T0 + DAY);
    const today = studyDayOf(at, settings);
    const reviewDays = (await db.getAll('cards')).map((c) => dueDay(c.due, settings));
    const from = Math.min(...reviewDays);
    const to = Math.max(...reviewDays);
    const withBreak: StudySettings = { ...settings, studyBreak: { from: addDays(today, from - dayNumber(today)), to: addDays(today, to - dayNumber(today)) } };
    await saveSettings(db, withBreak, at);
    const preview = await previewBreak(db, withBreak, at);
    expect(preview!.moves).toHaveLength(120);
    const applied = await applyBreak(db, withBreak, at);
    expect(applied).toEqual(preview);
    const cards = await db.getAll('cards');
    expect(cards.filter((c) => c.state === State.Review)).toHaveLength(120);
    expect(cards.filter((c) => dueDay(c.due, settings) >= from && dueDay(c.due, settings) <= to)).toEqual([]);
    expect(cards.filter((c) => dueDay(c.due, settings) < from).length).toBe(applied!.before);
    expect((await readLog(db)).filter((e) => e.type === 'move')).toHaveLength(120);
    await expectConsistent(db, today);
    // Done once: a second save moves nothing.
    expect((await applyBreak(db, withBreak, at))!.moves).toEqual([]);
  }, 30_000);
});
