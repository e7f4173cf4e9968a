// `npm run bench:deck`: the deck compiler on a generated corpus (kept out of
// git, in bench/.corpus). Prints pairs per second and peak memory for check
// and build through the real CLI, and the output size per 1,000 pairs.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateCorpus } from './fixtures/corpus.ts';
import { fmt, summarise } from './bench/stats.ts';
import { record } from './bench/results.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,100000').split(',').map(Number);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const dir = 'bench/.corpus';

function runCli(args: string[]): { ms: number; rssMb: number } {
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--import', 'tsx', '--import', './scripts/bench/peak-rss.ts', 'scripts/deck.ts', ...args], { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`deck ${args.join(' ')} failed:\n${run.stdout}${run.stderr}`);
  const kb = Number(/PEAK_RSS_KB=(\d+)/.exec(run.stderr)?.[1]);
  return { ms, rssMb: kb / 1024 };
}

function startupMs(): number {
  // The CLI's fixed cost (Node + tsx + loading the compiler), to separate it from compiling.
  return summarise(Array.from({ length: RUNS }, () => runCli(['--help'] as string[]).ms)).median;
}

mkdirSync(dir, { recursive: true });
console.log(`deck compiler benchmark — ${RUNS} runs each, ${new Date().toISOString()}, node ${process.version}`);
const startup = startupMs();
console.log(`CLI start-up (node + tsx, no compile): median ${fmt(startup)} ms\n`);
console.log('| pairs | command | median ms | min–max ms | pairs/s (median, incl. start-up) | pairs/s (compile only) | peak RSS MB (max) |');
console.log('|---:|---|---:|---:|---:|---:|---:|');

for (const size of SIZES) {
  // The corpus's shape in the name: a file made by an earlier generator is not reused.
  const file = join(dir, `corpus-zipf-${size}.tsv`);
  if (!existsSync(file)) writeFileSync(file, generateCorpus(size));
  const out = join(dir, `out-${size}`);
  for (const command of ['check', 'build'] as const) {
    const samples = Array.from({ length: RUNS }, () => {
      rmSync(out, { recursive: true, force: true });
      return runCli(command === 'check' ? ['check', file] : ['build', file, '--out', out]);
    });
    const t = summarise(samples.map((s) => s.ms));
    const rss = Math.max(...samples.map((s) => s.rssMb));
    record({ bench: 'deck', figure: `${command} (CLI, wall time)`, scale: { pairs: size }, unit: 'ms', summary: t, ...(size === 100_000 && command === 'build' ? { goal: { at: 'median', max: 2000 } } : {}) });
    record({ bench: 'deck', figure: `${command} peak RSS`, scale: { pairs: size }, unit: 'MB', summary: summarise(samples.map((s) => s.rssMb)), ...(size === 100_000 ? { goal: { at: 'median', max: 400 } } : {}) });
    console.log(`| ${fmt(size)} | ${command} | ${fmt(t.median)} | ${fmt(t.min)}–${fmt(t.max)} | ${fmt(size / (t.median / 1000))} | ${fmt(size / (Math.max(1, t.median - startup) / 1000))} | ${fmt(rss)} |`);
  }
  const deckFile = readdirSync(out).find((f) => f !== 'index.json')!;
  const bytes = statSync(join(out, deckFile)).size;
  const gz = gzipSync(readFileSync(join(out, deckFile))).length;
  record({ bench: 'deck', figure: 'output per 1,000 pairs (raw)', scale: { pairs: size }, unit: 'KB', summary: summarise([bytes / size]) });
  record({ bench: 'deck', figure: 'output per 1,000 pairs (gzip)', scale: { pairs: size }, unit: 'KB', summary: summarise([gz / size]) });
  console.log(`|  | output | ${fmt(bytes / 1024)} KB deck | ${fmt(bytes / size)} KB per 1,000 pairs | ${fmt(gz / size)} KB gzip per 1,000 pairs | |`);
}
