// The invariant of the compact history, checked from outside: every stored
// card is the replay of the log from empty (all batches read, not the card's
// own list of days), lists every day it has entries on, and the tallies and
// day summaries equal a recount. Used by the property, migration and crash tests.
import { expect } from 'vitest';
import { cardKey, entriesOf } from '../../../src/history/batch.ts';
import type { LogEntry } from '../../../src/history/entry.ts';
import { replayCard } from '../../../src/history/replay.ts';
import { Timeline } from '../../../src/history/timeline.ts';
import { dayNumber, type StudyDay } from '../../../src/schedule/study-day.ts';
import { summariseDayLog } from '../../../src/stats/day-summary.ts';
import { tallyOf } from '../../../src/stats/tallies.ts';
import { matchesReplay } from '../../../src/storage/card-place.ts';
import type { Database } from '../../../src/storage/db.ts';

export async function expectConsistent(db: Database, today: StudyDay): Promise<void> {
  const [cards, batches, schedules, tallies, days] = await Promise.all([db.getAll('cards'), db.getAll('log'), db.getAll('schedules'), db.getAll('tallies'), db.getAll('days')]);
  const timeline = new Timeline(schedules);
  const byCard = new Map<string, LogEntry[]>();
  const byDay = new Map<StudyDay, LogEntry[]>();
  for (const b of batches) {
    for (const e of entriesOf(b)) {
      const key = cardKey(e.deckId, e.cardId);
      byCard.set(key, [...(byCard.get(key) ?? []), e]);
      byDay.set(e.day, [...(byDay.get(e.day) ?? []), e]);
    }
  }
  for (const card of cards) {
    const log = byCard.get(cardKey(card.deckId, card.cardId)) ?? [];
    const replayed = replayCard(log, timeline, today);
    if (!matchesReplay(card, replayed, today)) expect.fail(`stored card is not the replay of its log:\n${JSON.stringify({ card, replayed, log }, null, 1)}`);
    const listed = new Set(card.logDays ?? []);
    for (const e of log) expect(listed.has(dayNumber(e.day)), `card ${card.cardId} lists day ${e.day}`).toBe(true);
  }
  const decks = new Set(cards.map((c) => c.deckId));
  for (const deckId of decks) {
    const { wordChanges: _, ...tally } = tallies.find((t) => t.deckId === deckId) ?? tallyOf(deckId, []);
    expect(tally, `tally of ${deckId}`).toEqual(tallyOf(deckId, cards.filter((c) => c.deckId === deckId)));
  }
  const summaries = [...byDay].flatMap(([day, entries]) => [...summariseDayLog(day, entries).values()]);
  const nonEmpty = days.filter((d) => d.reviews !== 0 || d.durationMs !== 0);
  const key = (d: { deckId: string; day: string }) => `${d.deckId}/${d.day}`;
  expect(nonEmpty.sort((a, b) => (key(a) < key(b) ? -1 : 1)), 'day summaries').toEqual(summaries.sort((a, b) => (key(a) < key(b) ? -1 : 1)));
}
