// The days no card may be moved to: a weekday of no study, and the break.
// Apart from week.ts (the settings' types, in the start-up scripts) because
// only a rating's choice of day and a break's plan need them, and those load later.
import { dayNumber } from './study-day.ts';
import type { WeekRules } from './week.ts';

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
