// A break ("I can't study from … to …"): the review cards due in it are moved
// out, each to the side of the break nearer its due day (a card may be
// reviewed early, before it, only after its last review), and spread over as
// many days on that side as half the break lasts (2 to 14), the least loaded
// open day first (a day of less study counting double, as for a rating), a
// sentence's cards apart where they can be. Nothing is dropped: every card in
// the break gets a day. Ratings made afterwards keep out of the break by
// themselves (balance.ts). Pure: days are study-day numbers.
import { closedDay } from './closed-days.ts';
import { dayCost } from './balance.ts';
import type { WeekRules } from './week.ts';

export interface BreakCard {
  key: string;
  pairKey: string;
  /** The study day it is due. */
  day: number;
  /** The study day of its last review: it cannot come back on or before it. */
  lastDay: number;
}

export interface BreakMove {
  key: string;
  /** The study day it now comes back on. */
  day: number;
}

export interface BreakPlan {
  moves: BreakMove[];
  before: number;
  after: number;
  /** The busiest day after the break and its cards, moved ones included (what the break costs). */
  busiestAfter: { day: number; cards: number } | null;
}

/** Days on each side of the break cards are spread over. */
export const sideDays = (from: number, to: number): number => Math.min(14, Math.max(2, Math.ceil((to - from + 1) / 2)));

/**
 * `load(day)`: review cards due that day, not counting the cards in the break. `rules.studyBreak` is the
 * break; `today` the day it is set.
 */
export function planBreak(cards: readonly BreakCard[], from: number, to: number, today: number, load: (day: number) => number, rules: WeekRules): BreakPlan {
  const w = sideDays(from, to);
  const added = new Map<number, number>();
  const pairDays = new Map<string, Set<number>>();
  // As a rating weighs a day (balance.ts): a day of less study counts double.
  const cost = (day: number) => dayCost(load(day) + (added.get(day) ?? 0), day, rules);
  const open = (day: number) => !closedDay(rules, day, today);
  const moves: BreakMove[] = [];
  let before = 0;
  for (const c of [...cards].sort((a, b) => a.day - b.day || (a.key < b.key ? -1 : 1))) {
    if (c.day < from || c.day > to) continue;
    const first = Math.max(today, c.lastDay + 1, from - w);
    const earlier = range(first, from - 1).filter(open);
    const later = range(to + 1, to + w).filter(open);
    // The nearer side; the other when the nearer has no open day.
    const beforeNearer = c.day - (from - 1) <= to + 1 - c.day;
    const side = (beforeNearer && earlier.length > 0) || later.length === 0 ? earlier : later;
    const days = side.length > 0 ? side : [nextOpenAfter(to + w, open)];
    const taken = pairDays.get(c.pairKey) ?? new Set<number>();
    const apart = days.filter((d) => !taken.has(d));
    const pool = apart.length > 0 ? apart : days;
    // Least loaded; ties to the day nearest the break.
    let best = pool[0]!;
    for (const d of pool) if (cost(d) < cost(best) || (cost(d) === cost(best) && distance(d, from, to) < distance(best, from, to))) best = d;
    added.set(best, (added.get(best) ?? 0) + 1);
    pairDays.set(c.pairKey, taken.add(best));
    moves.push({ key: c.key, day: best });
    if (best < from) before++;
  }
  let busiestAfter: BreakPlan['busiestAfter'] = null;
  const dueOn = (d: number) => load(d) + (added.get(d) ?? 0);
  for (let d = to + 1; d <= to + w; d++) if (!busiestAfter || dueOn(d) > busiestAfter.cards) busiestAfter = { day: d, cards: dueOn(d) };
  return { moves, before, after: moves.length - before, busiestAfter };
}

const range = (a: number, b: number) => Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);
const distance = (d: number, from: number, to: number) => (d < from ? from - d : d - to);

function nextOpenAfter(day: number, open: (d: number) => boolean): number {
  for (let d = day + 1; d < day + 8; d++) if (open(d)) return d;
  return day + 1;
}
