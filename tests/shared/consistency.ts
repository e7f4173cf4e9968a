// The invariant of the compact history, checked from outside the app: every
// stored card is the replay of the log from empty (all batches read, not the
// card's own list of days), lists every day it has entries on, and the
// tallies and day summaries equal a recount. Pure: the unit tests hand it
// fake-indexeddb's records, the browser tests the page's.
import { cardKey, entriesByCard, entriesOf, type LogBatch } from '../../src/history/batch.ts';
import type { LogEntry } from '../../src/history/entry.ts';
import { replayCard } from '../../src/history/replay.ts';
import { Timeline, type ScheduleChange } from '../../src/history/timeline.ts';
import { dayNumber, type StudyDay } from '../../src/schedule/study-day.ts';
import { summariseDayLog, type DaySummary } from '../../src/stats/day-summary.ts';
import { tallyOf, type DeckTally } from '../../src/stats/tallies.ts';
import { matchesReplay } from '../../src/storage/card-place.ts';
import type { CardRecord } from '../../src/storage/schema.ts';

export interface Stores {
  cards: CardRecord[];
  log: LogBatch[];
  schedules: ScheduleChange[];
  tallies: DeckTally[];
  days: DaySummary[];
}

/** What is wrong, in words (empty: nothing). */
export function inconsistencies({ cards, log, schedules, tallies, days }: Stores, today: StudyDay): string[] {
  const problems: string[] = [];
  const timeline = new Timeline(schedules);
  const all = log.flatMap((b) => entriesOf(b));
  const byCard = entriesByCard(all);
  const byDay = new Map<StudyDay, LogEntry[]>();
  for (const e of all) {
    const list = byDay.get(e.day);
    if (list) list.push(e);
    else byDay.set(e.day, [e]);
  }
  for (const card of cards) {
    const entries = byCard.get(cardKey(card.deckId, card.cardId)) ?? [];
    const replayed = replayCard(entries, timeline, today);
    if (!matchesReplay(card, replayed, today)) problems.push(`card ${card.deckId}/${card.cardId} is not the replay of its log: ${JSON.stringify({ card, replayed, entries })}`);
    const listed = new Set(card.logDays ?? []);
    for (const e of entries) if (!listed.has(dayNumber(e.day))) problems.push(`card ${card.cardId} does not list day ${e.day}`);
    if ((card.logCount ?? 0) !== entries.length) problems.push(`card ${card.cardId} counts ${card.logCount ?? 0} entries, the log has ${entries.length}`);
  }
  for (const deckId of new Set(cards.map((c) => c.deckId))) {
    const { wordChanges: _, ...tally } = tallies.find((t) => t.deckId === deckId) ?? tallyOf(deckId, []);
    const recount = tallyOf(deckId, cards.filter((c) => c.deckId === deckId));
    if (JSON.stringify(tally) !== JSON.stringify(recount)) problems.push(`tally of ${deckId} ${JSON.stringify(tally)} is not the recount ${JSON.stringify(recount)}`);
  }
  const key = (d: { deckId: string; day: string }) => `${d.deckId}/${d.day}`;
  const summed = new Map([...byDay].flatMap(([day, entries]) => [...summariseDayLog(day, entries).values()]).map((d) => [key(d), d]));
  for (const d of days) {
    const want = summed.get(key(d));
    summed.delete(key(d));
    const empty = d.reviews === 0 && d.durationMs === 0;
    if (want ? JSON.stringify(want) !== JSON.stringify(d) : !empty) problems.push(`day ${key(d)} ${JSON.stringify(d)} is not the sum of its log ${JSON.stringify(want)}`);
  }
  for (const k of summed.keys()) problems.push(`day ${k} has reviews but no summary`);
  return problems;
}
