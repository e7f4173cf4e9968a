// The review log as the optimiser reads it: every review, a few batch
// records per short read-only transaction (a year of daily study is 100,000+
// entries; one long read would hold the store), kept to the fields a fit needs. And how much history there is, from the day
// summaries and the tallies (a few hundred small records, not the log), for
// the settings screen to say whether a fit is possible yet.
import type { FitEntry } from '../optimise/history.ts';
import { effective } from '../history/entry.ts';
import { logInParts } from './log.ts';
import type { HistorySize } from '../optimise/enough.ts';
import { dayNumber } from '../schedule/study-day.ts';
import type { Database } from './db.ts';

/** Every review that stands (undone ones left out), with the fields a fit and the revlog CSV need. */
export async function readLogForFit(db: Database, onProgress: (done: number, total: number) => void = () => {}): Promise<FitEntry[]> {
  const total = await db.count('log');
  const log: FitEntry[] = [];
  let read = 0;
  for await (const { batches, entries } of logInParts(db)) {
    for (const e of effective(entries)) {
      if (e.type === 'review') log.push({ id: e.id, deckId: e.deckId, cardId: e.cardId, at: e.at, day: e.day, grade: e.grade, stateBefore: e.stateBefore, durationMs: e.durationMs });
    }
    read += batches.length;
    onProgress(read, Math.max(total, read));
  }
  return log;
}

/** Reviews (all decks), study days from the first to the last, and cards studied (not new). */
export async function loadHistorySize(db: Database): Promise<HistorySize> {
  const tx = db.transaction(['days', 'tallies'], 'readonly');
  const [days, tallies] = await Promise.all([tx.objectStore('days').getAll(), tx.objectStore('tallies').getAll()]);
  let reviews = 0;
  let first = Infinity;
  let last = -Infinity;
  for (const d of days) {
    if (!d.reviews) continue;
    reviews += d.reviews;
    first = Math.min(first, dayNumber(d.day));
    last = Math.max(last, dayNumber(d.day));
  }
  const cards = tallies.reduce((sum, t) => sum + t.states.learning + t.states.young + t.states.mature + t.states.suspended, 0);
  return { reviews, days: reviews ? last - first + 1 : 0, cards };
}
