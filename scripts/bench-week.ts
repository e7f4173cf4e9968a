// `npm run bench:week`: the learner's week (issue 25), in Node.
//
// 1. How flat balancing makes the forecast. A simulated learner (the
//    optimiser's forgetful memory: recalled with FSRS's probability, Good when
//    recalled, Again when not) studies 600 sentences of four cards each, 20 new
//    cards a day, for 90 days, rated through the app's own scheduler and its
//    choice of day (schedule/scheduler.ts dayRange, schedule/balance.ts
//    chooseInterval, the loads and siblings counted as storage counts them);
//    then the next 30 days' due counts are the forecast. Printed with balancing
//    and without (fuzz's own day), and with Sunday set to none: their spread
//    (standard deviation) and how jagged they are (the mean change from one day
//    to the next: the forecast falls as the young cards' intervals grow, and
//    the standard deviation counts that fall too). One run per seed.
// 2. The workload simulation's time (workload/simulate.ts): the chart's 11
//    retentions over 180 days, at 1,000, 10,000 and 100,000 cards, in this
//    process (the app runs it in a worker; a phone is some 4–8× slower).
import { default_w } from 'ts-fsrs';
import { createScheduler, type Grade4 } from '../src/schedule/scheduler.ts';
import { emptyState, type CardState } from '../src/schedule/card-state.ts';
import { DEFAULT_SETTINGS } from '../src/schedule/settings.ts';
import { chooseInterval } from '../src/schedule/balance.ts';
import { NORMAL_WEEK, type WeekRules } from '../src/schedule/week.ts';
import { weekdayOf } from '../src/schedule/closed-days.ts';
import { dayNumber } from '../src/schedule/study-day.ts';
import { simulate, RETENTIONS, type SimCard } from '../src/workload/simulate.ts';
import { FORGETFUL_MEMORY, syntheticLearner } from './fixtures/synthetic-backup.ts';
import { seededRandom } from './fixtures/corpus.ts';
import { fmt, summarise } from './bench/stats.ts';
import { record } from './bench/results.ts';

const DAY = 86_400_000;
const T0 = Date.parse('2026-01-05T02:00:00Z'); // 09:00 in Vientiane, a Monday
/** The first study day's number (schedule/study-day.ts): day d of the study is BASE + d. */
const BASE = dayNumber('2026-01-05');
const SENTENCES = Number(process.env.BENCH_WEEK_SENTENCES ?? 600);
const STUDY_DAYS = 90;
const SEEDS = Number(process.env.BENCH_RUNS ?? 3);

interface Card { id: number; pair: number; state: CardState; day: number }

/** Due counts for each of the 30 days after `STUDY_DAYS` days of study under `rules` (null: fuzz's own day). */
function forecast(rules: WeekRules | null, seed: number): number[] {
  const random = seededRandom(seed);
  const learner = syntheticLearner(FORGETFUL_MEMORY, random);
  const scheduler = createScheduler(DEFAULT_SETTINGS);
  const cards: Card[] = [];
  const byDay = new Map<number, Set<Card>>();
  const place = (c: Card, day: number) => {
    byDay.get(c.day)?.delete(c);
    c.day = day;
    let set = byDay.get(day);
    if (!set) byDay.set(day, (set = new Set()));
    set.add(c);
  };
  let next = 0;
  for (let day = 0; day < STUDY_DAYS; day++) {
    const due = [...(byDay.get(day) ?? [])];
    for (let k = 0; k < 20 && next < SENTENCES * 4; k++, next++) due.push({ id: next, pair: next >> 2, state: emptyState(new Date(T0)), day: -1 });
    let second = 0;
    for (const c of due) {
      // Learning steps within the day: rated until the card leaves for another day.
      for (let step = 0; step < 6; step++) {
        const at = new Date(T0 + day * DAY + 60_000 * second++);
        const grade = learner.rate(c.id, at.getTime()) as Grade4;
        const range = rules ? scheduler.dayRange(c.state, at, grade) : null;
        c.state = scheduler.rate(c.state, at, grade);
        let interval = Math.round((c.state.due - (T0 + day * DAY)) / DAY);
        if (range && rules) {
          const siblings = new Set(cards.filter((o) => o.pair === c.pair && o !== c).map((o) => BASE + o.day));
          interval = chooseInterval(range, { today: BASE + day, load: (d) => byDay.get(d - BASE)?.size ?? 0, siblingDays: siblings }, rules);
        }
        if (interval >= 1) {
          if (c.day === -1) cards.push(c);
          place(c, day + interval);
          break;
        }
      }
    }
  }
  return Array.from({ length: 30 }, (_, i) => byDay.get(STUDY_DAYS + i)?.size ?? 0);
}

const sd = (xs: number[]) => {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / xs.length);
};

const SUNDAY_NONE: WeekRules = { loadBalance: true, easyDays: NORMAL_WEEK.map((_, w) => (w === 0 ? 'none' : 'normal')), studyBreak: null };
const BALANCED: WeekRules = { loadBalance: true, easyDays: NORMAL_WEEK, studyBreak: null };

const policies: [string, WeekRules | null][] = [['fuzz only', null], ['balanced', BALANCED], ['balanced, Sunday none', SUNDAY_NONE]];
console.log(`Forecast of the next 30 days after ${STUDY_DAYS} days of study: ${SENTENCES} sentences × 4 cards, 20 new a day, ${SEEDS} seeds`);
for (const [name, rules] of policies) {
  const sds: number[] = [];
  const jagged: number[] = [];
  let sundays = 0;
  let example: number[] = [];
  for (let seed = 1; seed <= SEEDS; seed++) {
    const f = forecast(rules, seed);
    example = f;
    sds.push(sd(f));
    jagged.push(f.slice(1).reduce((a, x, i) => a + Math.abs(x - f[i]!), 0) / (f.length - 1));
    sundays += f.filter((_, i) => weekdayOf(BASE + STUDY_DAYS + i) === 0).reduce((a, b) => a + b, 0);
  }
  const s = summarise(sds);
  const j = summarise(jagged);
  console.log(`${name.padEnd(22)} sd ${fmt(s.median, 1)} (${fmt(s.min, 1)}–${fmt(s.max, 1)}), day-to-day change ${fmt(j.median, 1)} (${fmt(j.min, 1)}–${fmt(j.max, 1)}), on Sundays ${fmt(sundays / SEEDS, 1)}`);
  console.log(`${''.padEnd(22)} seed ${SEEDS}: ${example.join(' ')}`);
  record({ bench: 'week', figure: `30-day forecast, sd of daily due, ${name}`, scale: { cards: SENTENCES * 4 }, unit: 'count', summary: s });
  record({ bench: 'week', figure: `30-day forecast, mean day-to-day change, ${name}`, scale: { cards: SENTENCES * 4 }, unit: 'count', summary: j });
}

// 2. The simulation's time.
const CHART = RETENTIONS.filter((_, i) => i % 3 === 0).concat(0.9);
console.log(`\nWorkload simulation: ${CHART.length} retentions × 180 days`);
for (const size of (process.env.BENCH_WEEK_CARDS ?? '1000,10000,100000').split(',').map(Number)) {
  const random = seededRandom(size);
  const cards: SimCard[] = Array.from({ length: size }, () => {
    const stability = 1 + random() * 120;
    const last = -Math.floor(random() * stability);
    return { stability, difficulty: 1 + random() * 9, last, due: last + Math.round(stability) };
  });
  const times: number[] = [];
  for (let run = 0; run < SEEDS; run++) {
    const t0 = performance.now();
    for (const r of CHART) simulate({ w: default_w, cards, newCards: size, newPerDay: 20, reviewsPerDay: 9999, maximumInterval: 36500, days: 180, seed: run + 1 }, r);
    times.push(performance.now() - t0);
  }
  const s = summarise(times);
  console.log(`${fmt(size).padStart(7)} cards: median ${fmt(s.median)} ms (${fmt(s.min)}–${fmt(s.max)}), p95 ${fmt(s.p95)} ms`);
  record({ bench: 'week', figure: 'workload chart simulated', scale: { cards: size }, unit: 'ms', summary: s });
}
