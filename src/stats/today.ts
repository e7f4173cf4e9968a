// The "today" panel and the heatmap: sums of day summaries across decks.
import { addDays, type StudyDay } from '../schedule/study-day.ts';
import type { DaySummary } from './day-summary.ts';

export interface TodayStats {
  reviews: number;
  newLearned: number;
  minutes: number;
  /** Share of today's ratings that were Again, or null before the first. */
  againShare: number | null;
}

export function todayStats(summaries: DaySummary[], today: StudyDay): TodayStats {
  let reviews = 0;
  let again = 0;
  let introduced = 0;
  let ms = 0;
  for (const s of summaries) {
    if (s.day !== today) continue;
    reviews += s.reviews;
    again += s.again;
    introduced += s.introduced;
    ms += s.durationMs;
  }
  return { reviews, newLearned: introduced, minutes: Math.round(ms / 60_000), againShare: reviews ? again / reviews : null };
}

/** Reviews per study day over the `days` days ending today, oldest first, zeros included. */
export function reviewsPerDay(summaries: DaySummary[], today: StudyDay, days: number): { day: StudyDay; reviews: number }[] {
  const byDay = new Map<StudyDay, number>();
  for (const s of summaries) byDay.set(s.day, (byDay.get(s.day) ?? 0) + s.reviews);
  return Array.from({ length: days }, (_, i) => {
    const day = addDays(today, i - days + 1);
    return { day, reviews: byDay.get(day) ?? 0 };
  });
}
