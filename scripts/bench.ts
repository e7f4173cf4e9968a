// `npm run bench`: every benchmark, one after the other, then one report
// under bench/results/ (ignored by git): <stamp>.json with every figure and
// <stamp>.md with a table per benchmark and each goal met or missed by how
// much. Method: bench/README.md. The sizes and runs of each benchmark can be
// set as for the single scripts (BENCH_SIZES, BENCH_CARDS, BENCH_LOG, BENCH_RUNS…).
import { spawnSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Figure } from './bench/results.ts';
import { fmt } from './bench/stats.ts';

const BENCHES = [
  ['deck', 'scripts/bench-deck.ts'],
  ['first-visit', 'scripts/bench-first-visit.ts'],
  ['review', 'scripts/bench-review.ts'],
  ['stats', 'scripts/bench-stats.ts'],
  ['data', 'scripts/bench-data.ts'],
  ['import', 'scripts/bench-import.ts'],
  ['optimise', 'scripts/bench-optimise.ts'],
  ['history', 'scripts/bench-history.ts'],
  ['sync', 'scripts/bench-sync.ts'],
  ['pitch', 'scripts/bench-pitch.ts'],
  ['voice', 'scripts/bench-voice.ts'],
  ['week', 'scripts/bench-week.ts'],
] as const;

const dir = 'bench/results';
mkdirSync(dir, { recursive: true });
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const lines = join(dir, `${stamp}.jsonl`);
const only = process.argv.slice(2);

for (const [name, script] of BENCHES) {
  if (only.length && !only.includes(name)) continue;
  console.log(`\n== ${name} ==`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', script], { stdio: 'inherit', env: { ...process.env, BENCH_OUT: lines } });
  if (run.status !== 0) console.log(`(${name} exited with ${run.status}; its figures so far are kept)`);
}

const figures: Figure[] = existsSync(lines) ? readFileSync(lines, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Figure) : [];
rmSync(lines, { force: true });
const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, platform: process.platform };
writeFileSync(join(dir, `${stamp}.json`), `${JSON.stringify({ date: new Date().toISOString(), machine, figures }, null, 2)}\n`);

const scale = (s: Record<string, number>) => Object.entries(s).map(([k, v]) => `${fmt(v)} ${k}`).join(', ');
const verdict = (f: Figure) => {
  if (!f.goal) return '';
  const value = f.summary[f.goal.at];
  return value <= f.goal.max ? `met (${f.goal.at} ≤ ${fmt(f.goal.max)})` : `missed by ${fmt(value - f.goal.max, 1)} ${f.unit} (${f.goal.at} ${fmt(value, 1)} > ${fmt(f.goal.max)})`;
};
/**
 * How each figure grows with size: its largest scale's median over its smallest's,
 * beside how much the size grew, so a cost that grows faster than it should shows at a glance.
 */
function growth(all: Figure[]): string[] {
  const groups = new Map<string, Figure[]>();
  for (const f of all) groups.set(`${f.bench}\u0000${f.figure}`, [...(groups.get(`${f.bench}\u0000${f.figure}`) ?? []), f]);
  const size = (f: Figure) => Object.values(f.scale)[0] ?? 0;
  const rows = [...groups.values()].filter((g) => g.length > 1).map((g) => {
    const sorted = [...g].sort((a, b) => size(a) - size(b));
    const [small, large] = [sorted[0]!, sorted[sorted.length - 1]!];
    const by = small.summary.median > 0 ? `×${fmt(large.summary.median / small.summary.median, 2)}` : '—';
    return `| ${small.bench} | ${small.figure} | ${scale(small.scale)} → ${scale(large.scale)} (×${fmt(size(large) / size(small))}) | ${fmt(small.summary.median, 1)} → ${fmt(large.summary.median, 1)} ${small.unit} | ${by} |`;
  });
  return rows.length ? ['## Growth with size', '', '| bench | figure | scale | median | growth |', '|---|---|---|---:|---:|', ...rows, ''] : [];
}

const md = [
  `# Lovi benchmarks — ${new Date().toISOString()}`,
  '',
  `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB, Node ${machine.node}. Browser figures: headless Chromium, 4× CPU throttling, 360×800. Method: bench/README.md.`,
  '',
  ...BENCHES.flatMap(([name]) => {
    const rows = figures.filter((f) => f.bench === name);
    if (!rows.length) return [];
    return [`## ${name}`, '', '| figure | scale | median | spread (min–max) | p95 | runs | goal |', '|---|---|---:|---:|---:|---:|---|',
      ...rows.map((f) => `| ${f.figure} | ${scale(f.scale)} | ${fmt(f.summary.median, 1)} ${f.unit} | ${fmt(f.summary.min, 1)}–${fmt(f.summary.max, 1)} | ${fmt(f.summary.p95, 1)} | ${f.summary.runs} | ${verdict(f)} |`), ''];
  }),
  ...growth(figures),
].join('\n');
writeFileSync(join(dir, `${stamp}.md`), md);
console.log(`\n${md}\nwrote ${dir}/${stamp}.json and ${dir}/${stamp}.md`);
