// The invariant of the compact history, checked from outside the app: every
// stored card is the replay of the log from empty (all batches read, not the
// card's own list of days), lists every day it has entries on, and the
// tallies (sentences without cards among them: storage/new-cards.ts) and day
// summaries equal a recount. Pure: the unit tests hand it
// fake-indexeddb's records, the browser tests the page's.
import { cardKey, entriesByCard, entriesOf, type LogBatch } from '../../src/history/batch.ts';
import type { LogEntry } from '../../src/history/entry.ts';
import { replayCard } from '../../src/history/replay.ts';
import { Timeline, type ScheduleChange } from '../../src/history/timeline.ts';
import { dayNumber, type StudyDay } from '../../src/schedule/study-day.ts';
import { summariseDayLog, type DaySummary } from '../../src/stats/day-summary.ts';
import { tallyOf, type DeckTally } from '../../src/stats/tallies.ts';
import { matchesReplay } from '../../src/storage/card-place.ts';
import type { CardRecord, DeckRecord, PairRecord } from '../../src/storage/schema.ts';
import { pairIdOfCard } from '../../src/deck/identity.ts';

/** The stores the invariant reads, each whole. */
export const STORES = ['decks', 'pairs', 'cards', 'log', 'schedules', 'tallies', 'days'] as const;

export interface Stores {
  decks: DeckRecord[];
  pairs: PairRecord[];
  cards: CardRecord[];
  log: LogBatch[];
  schedules: ScheduleChange[];
  tallies: DeckTally[];
  days: DaySummary[];
}

/** What is wrong, in words (empty: nothing). */
export function inconsistencies({ decks, pairs, cards, log, schedules, tallies, days }: Stores, today: StudyDay): string[] {
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
  const cardsOfPair = new Map<string, CardRecord[]>();
  for (const c of cards) {
    const k = `${c.deckId}\u0000${c.pairId}`;
    cardsOfPair.set(k, [...(cardsOfPair.get(k) ?? []), c]);
  }
  // A card with entries is stored wherever its sentence is (one never studied may have none).
  const pairsHere = new Set(pairs.map((p) => `${p.deckId}\u0000${p.pairId}`));
  const storedCards = new Set(cards.map((c) => cardKey(c.deckId, c.cardId)));
  for (const [key, entries] of byCard) {
    const { deckId, cardId } = entries[0]!;
    if (!storedCards.has(key) && pairsHere.has(`${deckId}\u0000${pairIdOfCard(cardId)}`)) problems.push(`card ${deckId}/${cardId} has ${entries.length} entries but is not stored`);
  }
  const virtual = new Map<string, number>();
  for (const p of pairs) {
    if (p.retired) continue;
    const stored = cardsOfPair.get(`${p.deckId}\u0000${p.pairId}`);
    if (!stored) virtual.set(p.deckId, (virtual.get(p.deckId) ?? 0) + 1);
  }
  for (const deckId of new Set([...cards.map((c) => c.deckId), ...virtual.keys()])) {
    const { wordChanges: _, ...tally } = tallies.find((t) => t.deckId === deckId) ?? tallyOf(deckId, []);
    const recount = tallyOf(deckId, cards.filter((c) => c.deckId === deckId), virtual.get(deckId));
    if (JSON.stringify(sorted(tally)) !== JSON.stringify(sorted(recount))) problems.push(`tally of ${deckId} ${JSON.stringify(tally)} is not the recount ${JSON.stringify(recount)}`);
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

/** The same record with its fields in one order (a running tally gains a field later than a recount does). */
function sorted(record: object): object {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : 1)));
}
