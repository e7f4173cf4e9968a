// A year of review-log entries for the browser benchmarks' seeded profiles,
// as the app stores them (src/history/batch.ts: a batch per study day of one
// device) with the day summaries that go with them: random cards of the
// seeded deck (seed-db.ts), random grades, every card in review before.
import { appendEntries, emptyBatch, type LogBatch } from '../../src/history/batch.ts';
import type { NewEntry } from '../../src/history/entry.ts';
import { applyReview, emptyDay, type DaySummary } from '../../src/stats/day-summary.ts';

const DAY = 86_400_000;

export function seedLog({ deckId, pairs, reviews, now }: { deckId: string; pairs: number; reviews: number; now: number }): { log: LogBatch[]; days: DaySummary[] } {
  let rnd = 7;
  const random = () => ((rnd = (rnd * 1103515245 + 12345) >>> 0) / 4294967296);
  // Study day in Vientiane (UTC+7, day starts 04:00): UTC+3.
  const dayOf = (t: number) => new Date(t + 3 * 3_600_000).toISOString().slice(0, 10);
  const byDay = new Map<string, NewEntry[]>();
  for (let i = 0; i < reviews; i++) {
    const at = now - DAY - Math.floor(random() * 365 * DAY);
    const entry: NewEntry = {
      type: 'review', deckId, cardId: `bench${Math.floor(random() * pairs)}:r`, at,
      grade: (1 + Math.floor(random() * 4)) as 1 | 2 | 3 | 4, durationMs: 4000, stateBefore: 2, matureBefore: random() < 0.65,
    };
    const day = dayOf(at);
    const list = byDay.get(day);
    if (list) list.push(entry);
    else byDay.set(day, [entry]);
  }
  const log: LogBatch[] = [];
  const days: DaySummary[] = [];
  for (const [day, entries] of byDay) {
    entries.sort((a, b) => a.at - b.at);
    log.push(appendEntries(emptyBatch(day, 'benchdevice1', entries[0]!.at), entries).batch);
    days.push(entries.reduce((d, e) => (e.type === 'review' ? applyReview(d, e) : d), emptyDay(deckId, day)));
  }
  return { log, days };
}
