// What the end-of-session summary reads: the deck's review log of today (one
// index range, a few hundred entries at most) and the studied days for the
// streak (the statistics' own day summaries, never the whole log).
import { sessionSummary, type SessionSummary } from '../stats/session.ts';
import { streak } from '../stats/streak.ts';
import type { StudyDay } from '../schedule/study-day.ts';
import type { Database } from './db.ts';
import { loadDayData } from './stats-data.ts';
import { dayEntries } from './log.ts';
import { effective, isReview } from '../history/entry.ts';

export interface SessionData {
  summary: SessionSummary;
  /** Study days in a row, every deck counted. */
  streak: number;
}

export async function loadSessionData(db: Database, deckId: string, today: StudyDay): Promise<SessionData> {
  const tx = db.transaction('log', 'readonly');
  const [entries, { studiedDays }] = await Promise.all([dayEntries(tx, today, deckId), loadDayData(db, today)]);
  return { summary: sessionSummary(effective(entries).filter(isReview)), streak: streak(studiedDays, today).current };
}
