// `npm run bench:week`: the learner's week (issue 25), in Node.
//
// 1. How flat balancing makes the forecast. A simulated learner
//    (scripts/fixtures/simulated-study.ts: the optimiser's forgetful memory,
//    recalled with FSRS's probability, Good when recalled, Again when not, the
//    scheduler fitted to it) studies 600 sentences of four cards each, 20 new
//    cards a day, for 90 days, through the app's own scheduler and its choice
//    of day; then the next 30 days' due counts are the forecast. Printed with balancing
//    and without (fuzz's own day), and with Sunday set to none: their spread
//    (standard deviation) and how jagged they are (the mean change from one day
//    to the next: the forecast falls as the young cards' intervals grow, and
//    the standard deviation counts that fall too). One run per seed.
// 2. How right the workload chart is: its simulation's reviews a day (started
//    from no cards, with the learner's rating shares) against those the same
//    learner makes through the app over 120 days, at three retentions.
// 3. The workload simulation's time (workload/simulate.ts): the chart's 11
//    retentions over 180 days, at 1,000, 10,000 and 100,000 cards, in this
//    process (the app runs it in a worker; a phone is some 4–8× slower).
import { default_w } from 'ts-fsrs';
import { NORMAL_WEEK, type WeekRules } from '../src/schedule/week.ts';
import { weekdayOf } from '../src/schedule/closed-days.ts';
import { CHART_RETENTIONS, DEFAULT_SHARES, simulate, type SimCard } from '../src/workload/simulate.ts';
import { seededRandom } from '../src/seeded-random.ts';
import { FORGETFUL_MEMORY } from './fixtures/synthetic-backup.ts';
import { BASE, simulatedStudy } from './fixtures/simulated-study.ts';
import { fmt, summarise } from './bench/stats.ts';
import { record } from './bench/results.ts';

const SENTENCES = Number(process.env.BENCH_WEEK_SENTENCES ?? 600);
const STUDY_DAYS = 90;
const SEEDS = Number(process.env.BENCH_RUNS ?? 3);

/** Due counts for each of the 30 days after `STUDY_DAYS` days of study under `rules` (null: fuzz's own day). */
function forecast(rules: WeekRules | null, seed: number): number[] {
  const { due } = simulatedStudy({ memory: FORGETFUL_MEMORY, retention: 0.9, sentences: SENTENCES, newPerDay: 20, days: STUDY_DAYS, seed, rules });
  return Array.from({ length: 30 }, (_, i) => due(STUDY_DAYS + i));
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

// 2. The simulation against the learner it simulates.
console.log(`\nReviews a day over 120 days, 20 new cards a day: the app's scheduler with the simulated learner, and the workload chart's simulation (${SEEDS} seeds)`);
for (const retention of [0.8, 0.9, 0.95]) {
  const actual = summarise(Array.from({ length: SEEDS }, (_, i) => {
    const { ratings } = simulatedStudy({ memory: FORGETFUL_MEMORY, retention, sentences: 1e6, newPerDay: 20, days: 120, seed: i + 1, rules: null });
    return ratings.reduce((a, b) => a + b, 0) / ratings.length;
  }));
  const predicted = summarise(Array.from({ length: SEEDS }, (_, i) => simulate({
    w: FORGETFUL_MEMORY, cards: [], newCards: 1e6, newPerDay: 20, reviewsPerDay: 1e6, maximumInterval: 36500, days: 120, seed: i + 1,
    shares: { first: [0, 0, 1, 0], recalled: [0, 1, 0] },
  }, retention).reviewsPerDay));
  console.log(`retention ${retention}: app ${fmt(actual.median, 1)} (${fmt(actual.min, 1)}–${fmt(actual.max, 1)}), chart ${fmt(predicted.median, 1)} (${fmt(predicted.min, 1)}–${fmt(predicted.max, 1)}): ${predicted.median >= actual.median ? '+' : ''}${fmt((predicted.median / actual.median - 1) * 100, 1)} %`);
  record({ bench: 'week', figure: `workload chart's error in reviews a day at ${retention}`, scale: { days: 120 }, unit: 'ratio', summary: summarise([predicted.median / actual.median]) });
}

// 3. The simulation's time.
// As the chart simulates them for a learner at FSRS's default retention.
const CHART = [...CHART_RETENTIONS, 0.9];
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
    for (const r of CHART) simulate({ w: default_w, cards, newCards: size, newPerDay: 20, reviewsPerDay: 9999, maximumInterval: 36500, days: 180, seed: run + 1, shares: DEFAULT_SHARES }, r);
    times.push(performance.now() - t0);
  }
  const s = summarise(times);
  console.log(`${fmt(size).padStart(7)} cards: median ${fmt(s.median)} ms (${fmt(s.min)}–${fmt(s.max)}), p95 ${fmt(s.p95)} ms`);
  record({ bench: 'week', figure: 'workload chart simulated', scale: { cards: size }, unit: 'ms', summary: s });
}
