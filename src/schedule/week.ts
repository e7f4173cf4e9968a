// The learner's week as scheduling sees it: days with less or no study, and a
// break with none at all. Days are study-day numbers (study-day.ts dayNumber),
// so weekdays and breaks need no Date and no time zone here.
import { dayNumber, type StudyDay } from './study-day.ts';

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

/** 0 Sunday … 6 Saturday. Day 0 (1970-01-01) was a Thursday. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** The break as study-day numbers, or null when there is none or it is over by `today`. */
export function breakDays(rules: Pick<WeekRules, 'studyBreak'>, today: number): { from: number; to: number } | null {
  if (!rules.studyBreak) return null;
  const from = dayNumber(rules.studyBreak.from);
  const to = dayNumber(rules.studyBreak.to);
  return to < today || to < from ? null : { from, to };
}

/** A day no card may be moved to: in the break, or a weekday of no study. */
export function closedDay(rules: WeekRules, day: number, today: number): boolean {
  const b = breakDays(rules, today);
  return (b !== null && day >= b.from && day <= b.to) || rules.easyDays[weekdayOf(day)] === 'none';
}

const STUDY_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Rules as saved, anything malformed replaced: seven valid levels, a break of two real days in order. */
export function sanitiseWeek(easyDays: unknown, studyBreak: unknown): Pick<WeekRules, 'easyDays' | 'studyBreak'> {
  // A week of no study at all would leave no day to schedule on.
  const days = Array.isArray(easyDays) && easyDays.length === 7 && easyDays.every((d) => EASY_DAY_LEVELS.includes(d as EasyDay)) && easyDays.some((d) => d !== 'none')
    ? (easyDays as EasyDay[]) : NORMAL_WEEK;
  const b = studyBreak as Partial<StudyBreak> | null;
  const valid = (d: unknown): d is StudyDay => typeof d === 'string' && STUDY_DAY.test(d) && Number.isFinite(dayNumber(d));
  return { easyDays: days, studyBreak: b && valid(b.from) && valid(b.to) && b.from <= b.to ? { from: b.from, to: b.to } : null };
}

export const NORMAL_WEEK: readonly EasyDay[] = ['normal', 'normal', 'normal', 'normal', 'normal', 'normal', 'normal'];
