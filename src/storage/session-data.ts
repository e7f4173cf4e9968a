// What the end-of-session summary reads: the deck's review log of today (one
// index range, a few hundred entries at most) and the studied days for the
// streak (from the day summaries, never the whole log).
import { sessionSummary, type SessionSummary } from '../stats/session.ts';
import { streak } from '../stats/streak.ts';
import type { StudyDay } from '../schedule/study-day.ts';
import type { Database } from './db.ts';

export interface SessionData {
  summary: SessionSummary;
  /** Study days in a row, every deck counted. */
  streak: number;
}

export async function loadSessionData(db: Database, deckId: string, today: StudyDay): Promise<SessionData> {
  const tx = db.transaction(['reviews', 'days'], 'readonly');
  const [entries, days] = await Promise.all([
    tx.objectStore('reviews').index('deck-day').getAll([deckId, today]),
    tx.objectStore('days').getAll(),
  ]);
  await tx.done;
  const studied = days.filter((d) => d.reviews > 0).map((d) => d.day);
  return { summary: sessionSummary(entries), streak: streak(studied, today).current };
}
