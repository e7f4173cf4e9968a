// Which day a reviewed card comes back on. FSRS gives an interval and fuzz a
// range of days around it that serve memory about as well (ts-fsrs
// get_fuzz_range); within that range Lovi picks the day that fits the
// learner's week, as Anki's load balancer and easy days do by their manual's
// description (this is written from that, not from Anki's code):
// - the day with the fewest cards due, a day of "less" study counting double,
//   and not a day that already holds another card of the same sentence;
// - never a day of the break or a weekday of no study, even when that means
//   leaving the range (the nearest open day, earlier first);
// - intervals over LONG_INTERVAL days keep FSRS's own day, but for those two
//   rules: by then the learner's week will have changed anyway.
// Pure: the storage adapter counts the loads and finds the siblings.
import { closedDay, weekdayOf } from './closed-days.ts';
import type { WeekRules } from './week.ts';

/** Over this (days), a card's day is FSRS's own. */
export const LONG_INTERVAL = 90;

export interface DayRange {
  /** FSRS's interval before fuzz (days). */
  interval: number;
  /** The days fuzz allows (ts-fsrs get_fuzz_range), both included. */
  min: number;
  max: number;
  /** The interval FSRS's own fuzz chose: the answer when balancing is off. */
  fuzzed: number;
}

export interface DayFacts {
  /** The rating's study day (dayNumber). */
  today: number;
  /** Review cards due on a study day (all of the learner's decks). */
  load(day: number): number;
  /** Days on which the sentence's other cards are due. */
  siblingDays: ReadonlySet<number>;
}

/** How far outside the range a closed day may push a card (a break of a month pushes it past). */
const MAX_PUSH = 400;

/** The interval (days from today) the card gets. */
export function chooseInterval(range: DayRange, facts: DayFacts, rules: WeekRules): number {
  const open = (k: number) => !closedDay(rules, facts.today + k, facts.today);
  if (!rules.loadBalance || range.interval > LONG_INTERVAL) return open(range.fuzzed) ? range.fuzzed : nearestOpen(range.fuzzed, open);
  const days: number[] = [];
  for (let k = range.min; k <= range.max; k++) if (open(k)) days.push(k);
  if (days.length === 0) return nearestOpen(range.interval, open);
  const apart = days.filter((k) => !facts.siblingDays.has(facts.today + k));
  const pool = apart.length > 0 ? apart : days;
  let best = pool[0]!;
  let bestCost = Infinity;
  for (const k of pool) {
    const cost = dayCost(facts.load(facts.today + k), facts.today + k, rules);
    // Ties: the day nearer FSRS's interval, then the earlier one (pool is in order).
    if (cost < bestCost || (cost === bestCost && Math.abs(k - range.interval) < Math.abs(best - range.interval))) {
      best = k;
      bestCost = cost;
    }
  }
  return best;
}

/** A day's cards as a burden: one more than are due (an empty "less" day still costs more than an empty normal one), doubled on a day of less study. */
export function dayCost(load: number, day: number, rules: Pick<WeekRules, 'easyDays'>): number {
  return (load + 1) * (rules.easyDays[weekdayOf(day)] === 'less' ? 2 : 1);
}

/** The open day nearest `k`, earlier first but never before tomorrow. */
function nearestOpen(k: number, open: (k: number) => boolean): number {
  for (let d = 1; d <= MAX_PUSH; d++) {
    if (k - d >= 1 && open(k - d)) return k - d;
    if (open(k + d)) return k + d;
  }
  return k;
}
