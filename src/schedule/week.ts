// The learner's week as scheduling sees it: days with less or no study, and a
// break with none at all. Days are study-day numbers (study-day.ts dayNumber),
// so weekdays and breaks need no Date and no time zone here.
import { addDays, type StudyDay } from './study-day.ts';

/** How much study a weekday takes: as usual, less (about half), or none (only cards already overdue). */
export type EasyDay = 'normal' | 'less' | 'none';
export const EASY_DAY_LEVELS: readonly EasyDay[] = ['normal', 'less', 'none'];

/** "I can't study from … to …", both days included. */
export interface StudyBreak {
  from: StudyDay;
  to: StudyDay;
}

export interface WeekRules {
  /** Within the days fuzz allows, the one with the fewest cards due, away from the sentence's other cards. */
  loadBalance: boolean;
  /** Sunday first (index 0), as Date.getDay() counts. */
  easyDays: readonly EasyDay[];
  studyBreak: StudyBreak | null;
}

const STUDY_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Rules as saved, anything malformed replaced: seven valid levels, a break of two real days in order. */
export function sanitiseWeek(easyDays: unknown, studyBreak: unknown): Pick<WeekRules, 'easyDays' | 'studyBreak'> {
  // A week of no study at all would leave no day to schedule on.
  const days = Array.isArray(easyDays) && easyDays.length === 7 && easyDays.every((d) => EASY_DAY_LEVELS.includes(d as EasyDay)) && easyDays.some((d) => d !== 'none')
    ? (easyDays as EasyDay[]) : NORMAL_WEEK;
  const b = studyBreak as Partial<StudyBreak> | null;
  // A real day: 2026-02-30 is not one (addDays would give 2026-03-02).
  const valid = (d: unknown): d is StudyDay => typeof d === 'string' && STUDY_DAY.test(d) && addDays(d, 0) === d;
  return { easyDays: days, studyBreak: b && valid(b.from) && valid(b.to) && b.from <= b.to ? { from: b.from, to: b.to } : null };
}

export const NORMAL_WEEK: readonly EasyDay[] = ['normal', 'normal', 'normal', 'normal', 'normal', 'normal', 'normal'];
