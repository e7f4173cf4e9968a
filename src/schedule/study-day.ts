// The study day: the learner's calendar day, in their time zone, starting at
// a set hour (04:00 by default, so a late-night session counts for the day it
// belongs to). ts-fsrs counts days in UTC and knows nothing of this: in Laos
// (UTC+7) its day would turn at 07:00, so "today" is ours to compute.

/** A study day as YYYY-MM-DD. Strings compare in date order. */
export type StudyDay = string;

export interface DayOptions {
  /** Hour (0–23) at which a new study day begins. */
  dayStartHour: number;
  /** IANA time zone; default: the device's. */
  timeZone?: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClock(date: Date, timeZone: string | undefined): { y: number; m: number; d: number; h: number; min: number } {
  // The device's own zone from Date's getters: the first Intl.DateTimeFormat of a page loads the
  // zone data, a 125–180 ms task on a first visit at 4× (bench:first-visit).
  if (timeZone === undefined) return { y: date.getFullYear(), m: date.getMonth() + 1, d: date.getDate(), h: date.getHours(), min: date.getMinutes() };
  const key = timeZone;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
    });
    formatters.set(key, f);
  }
  const parts: Record<string, number> = {};
  for (const p of f.formatToParts(date)) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  return { y: parts.year!, m: parts.month!, d: parts.day!, h: parts.hour!, min: parts.minute! };
}

const pad = (n: number) => String(n).padStart(2, '0');

export function studyDayOf(date: Date, { dayStartHour, timeZone }: DayOptions): StudyDay {
  const w = wallClock(date, timeZone);
  // Before the start hour, it is still yesterday's study day.
  const civil = new Date(Date.UTC(w.y, w.m - 1, w.d - (w.h < dayStartHour ? 1 : 0)));
  return `${civil.getUTCFullYear()}-${pad(civil.getUTCMonth() + 1)}-${pad(civil.getUTCDate())}`;
}

/** Days from 1970-01-01 to a study day: the difference of two is the number of study days between them. */
export function dayNumber(day: StudyDay): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

export function addDays(day: StudyDay, days: number): StudyDay {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d + days));
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/**
 * The instant the study day after `date`'s begins: a review card whose due
 * time falls before it is due today. Found by stepping from a guess, which
 * stays right across daylight-saving changes.
 */
const nextStartCache = new Map<string, number>();

export function nextDayStart(date: Date, options: DayOptions): Date {
  const today = studyDayOf(date, options);
  // Asked on every rating; the answer only changes once a day.
  const key = `${today}|${options.dayStartHour}|${options.timeZone ?? ''}`;
  const cached = nextStartCache.get(key);
  if (cached !== undefined && cached > date.getTime()) return new Date(cached);
  // Start from 'now + 1 h' in whole hours and walk forward until the study day changes.
  let t = Math.floor(date.getTime() / 60_000) * 60_000 + 60_000;
  let step = 3_600_000;
  while (studyDayOf(new Date(t), options) === today) t += step;
  // Narrow down to the minute.
  t -= step;
  step = 60_000;
  while (studyDayOf(new Date(t), options) === today) t += step;
  if (nextStartCache.size > 64) nextStartCache.clear();
  nextStartCache.set(key, t);
  return new Date(t);
}

/** The instant a given study day begins (its start hour, in the zone, DST included). */
export function dayStartInstant(day: StudyDay, options: DayOptions): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  // Noon UTC the day before lies in the previous study day or next to it in every zone.
  let t = new Date(Date.UTC(y, m - 1, d - 1, 12));
  for (let i = 0; i < 4; i++) {
    const start = nextDayStart(t, options);
    const found = studyDayOf(start, options);
    if (found === day) return start;
    t = new Date(t.getTime() + (found < day ? 86_400_000 : -86_400_000));
  }
  throw new Error(`no start found for study day ${day}`);
}
