// What the workload simulation starts from (workload/simulate.ts): every card
// studied so far, as its memory and its days, how many are left to learn, and
// how the learner rates (the last 90 study days of the log). Read by the
// simulation's worker, so 100,000 cards never cross to the page.
import { default_w } from 'ts-fsrs';
import { Queue } from '../schedule/queue.ts';
import type { StudySettings } from '../schedule/settings.ts';
import { dayNumber, studyDayOf, type StudyDay } from '../schedule/study-day.ts';
import { emptyTally, newCards } from '../stats/tallies.ts';
import { kindsOf } from '../deck/identity.ts';
import { ratingShares, type SimCard, type SimInput } from '../workload/simulate.ts';
import { entriesOf } from '../history/batch.ts';
import { effective, isReview } from '../history/entry.ts';
import type { Database } from './db.ts';

export async function readWorkloadInput(db: Database, today: StudyDay, settings: StudySettings, days: number): Promise<SimInput> {
  const todayNo = dayNumber(today);
  const tx = db.transaction(['decks', 'tallies', 'cards', 'log'], 'readonly');
  const [decks, tallies, batches] = await Promise.all([
    tx.objectStore('decks').getAll(), tx.objectStore('tallies').getAll(),
    tx.objectStore('log').getAll(IDBKeyRange.bound([todayNo - RATING_DAYS], [todayNo, []])),
  ]);
  const index = tx.objectStore('cards').index('queue');
  // Learning and review cards (suspended, buried for the day, retired and turned-off ones are not studied).
  const studied = (await Promise.all(decks.map((d) => index.getAll(IDBKeyRange.bound([d.id, Queue.Learning], [d.id, Queue.Review, []]))))).flat();
  await tx.done;
  const dayOf = (t: number) => dayNumber(studyDayOf(new Date(t), settings)) - todayNo;
  const cards: SimCard[] = studied.filter((c) => c.stability > 0).map((c) => ({
    stability: c.stability, difficulty: c.difficulty, last: c.lastReview === null ? 0 : Math.min(0, dayOf(c.lastReview)), due: dayOf(c.due),
  }));
  const byDeck = new Map(tallies.map((t) => [t.deckId, t]));
  return {
    w: settings.fsrsParameters ?? default_w,
    cards,
    newCards: decks.reduce((n, d) => n + newCards(byDeck.get(d.id) ?? emptyTally(d.id), kindsOf(d).length), 0),
    newPerDay: settings.newPerDay,
    reviewsPerDay: settings.reviewsPerDay,
    maximumInterval: settings.maximumInterval,
    days,
    seed: 1,
    shares: sharesOf(batches.flatMap((b) => entriesOf(b))),
  };
}

/** The study days of the log the learner's rating shares are counted over: recent habits. */
const RATING_DAYS = 90;

function sharesOf(entries: ReturnType<typeof entriesOf>): ReturnType<typeof ratingShares> {
  const first = [0, 0, 0, 0];
  const recalled = [0, 0, 0];
  for (const e of effective(entries)) {
    if (!isReview(e)) continue;
    if (e.stateBefore === 0) first[e.grade - 1]!++;
    else if (e.stateBefore === 2 && e.grade > 1) recalled[e.grade - 2]!++;
  }
  return ratingShares(first, recalled);
}
