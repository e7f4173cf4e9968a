// Consecutive study days, by the study-day boundary (a session at 01:00
// belongs to the evening before).
import { addDays, type StudyDay } from '../schedule/study-day.ts';

export interface Streak {
  /** Days in a row up to today, or up to yesterday if today has no study yet (the streak is not lost before the day ends). */
  current: number;
  longest: number;
}

export function streak(studiedDays: Iterable<StudyDay>, today: StudyDay): Streak {
  const days = new Set(studiedDays);
  const sorted = [...days].sort();
  let longest = 0;
  let run = 0;
  let previous: StudyDay | null = null;
  for (const d of sorted) {
    run = previous !== null && addDays(previous, 1) === d ? run + 1 : 1;
    longest = Math.max(longest, run);
    previous = d;
  }
  let current = 0;
  let d = days.has(today) ? today : addDays(today, -1);
  while (days.has(d)) {
    current++;
    d = addDays(d, -1);
  }
  return { current, longest };
}
