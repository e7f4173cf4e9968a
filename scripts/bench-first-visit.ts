// `npm run bench:first-visit`: a learner's first visit on a cheap phone (4×
// CPU throttling, a fresh profile, no service worker yet), from navigation
// until the home screen is idle (the seed deck installed, its progress gone,
// one quiet second after). Prints every main-thread task over 50 ms with
// its cause: the kind of work it ran and the functions that took its time,
// from a CPU profile of the same run. The build is not minified, so that the
// profile names functions (minifying changes parse time, not the tasks).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { persistentPhone } from './chromium.ts';
import { serveStatic } from './static-server.ts';
import { DECK, NAME_HELPER, THROTTLE } from './bench/seeded-profile.ts';
import { fmt, summarise } from './bench/stats.ts';
import { record } from './bench/results.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const LONG = 50;

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; cat: string; args?: { data?: { url?: string; functionName?: string } } }
interface CpuNode { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] }
interface CpuProfile { nodes: CpuNode[]; startTime: number; samples?: number[]; timeDeltas?: number[] }
interface LongTask { at: number; ms: number; cause: string; functions: string }

/** The work a task ran, by the trace's top events inside it (script, HTML parse, style, layout…). */
const KINDS: Record<string, string> = {
  EvaluateScript: 'script evaluation', 'v8.compile': 'compile', 'v8.compileModule': 'compile', FunctionCall: 'script', TimerFire: 'timer', EventDispatch: 'event',
  FireAnimationFrame: 'animation frame', RunMicrotasks: 'microtasks', ParseHTML: 'HTML parse', UpdateLayoutTree: 'style', Layout: 'layout', Paint: 'paint',
  'v8.parseOnBackground': 'parse', GCEvent: 'GC', MinorGC: 'GC', MajorGC: 'GC', 'BlinkGC.AtomicPhase': 'GC',
};

function longTasks(events: TraceEvent[], cpu: CpuProfile, from: number): LongTask[] {
  const main = events.find((e) => e.name === 'TracingStartedInBrowser' || e.name === 'CrRendererMain');
  // The renderer's main thread: the one whose tasks evaluate the page's scripts.
  const scriptEvent = events.find((e) => e.name === 'EvaluateScript' || (e.name === 'FunctionCall' && e.args?.data?.url?.includes('/assets/')));
  const tid = scriptEvent?.tid ?? main?.tid;
  const tasks = events.filter((e) => e.tid === tid && e.name === 'RunTask' && e.ph === 'X' && (e.dur ?? 0) > LONG * 1000);
  // CPU samples as (time, function) for the windows below.
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
  const samples: [number, string][] = [];
  let t = cpu.startTime;
  cpu.samples?.forEach((id, i) => {
    t += cpu.timeDeltas![i]!;
    const f = byId.get(id)!.callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)') return;
    samples.push([t, `${f.functionName || '(anonymous)'} ${f.url.split('/').pop() || ''}${f.url ? `:${f.lineNumber + 1}` : ''}`.trim()]);
  });
  return tasks.map((task) => {
    const end = task.ts + task.dur!;
    const kinds = new Map<string, number>();
    for (const e of events) {
      if (e.tid !== tid || e.ph !== 'X' || !e.dur || e.ts < task.ts || e.ts >= end) continue;
      const kind = KINDS[e.name];
      if (kind) kinds.set(kind, Math.max(kinds.get(kind) ?? 0, e.dur / 1000));
    }
    const self = new Map<string, number>();
    for (const [at, name] of samples) if (at >= task.ts && at < end) self.set(name, (self.get(name) ?? 0) + 1);
    const total = [...self.values()].reduce((a, b) => a + b, 0) || 1;
    return {
      at: (task.ts - from) / 1000,
      ms: task.dur! / 1000,
      cause: [...kinds].sort((a, b) => b[1] - a[1]).slice(0, 2).map(([k, ms]) => `${k} ${fmt(ms)} ms`).join(', ') || 'browser',
      functions: [...self].sort((a, b) => b[1] - a[1]).slice(0, 3).map(([k, n]) => `${k} ${fmt((100 * n) / total)} %`).join('; '),
    };
  });
}

/** In the page: resolves with the time the home screen shows the seed deck with no install going on. */
function homeIdle(deck: string) {
  const w = window as unknown as { __homeIdle: Promise<number> };
  w.__homeIdle = new Promise((resolve) => {
    const check = () => {
      if (!document.querySelector(`[data-testid="start-${deck}"]`) || document.querySelector('[data-testid="installing"]')) return;
      observer.disconnect();
      resolve(performance.now());
    };
    const observer = new MutationObserver(check);
    observer.observe(document, { subtree: true, childList: true });
  });
}

async function visit(url: string): Promise<{ tasks: LongTask[]; idleAt: number; blocking: number }> {
  const profile = mkdtempSync(join(tmpdir(), 'lovi-first-'));
  const context = await persistentPhone(profile);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,v8,blink.user_timing,loading', transferMode: 'ReportEvents' });
    await cdp.send('Profiler.start');
    // Waited on through a promise the page keeps (one CDP evaluate), not Playwright's locators: their
    // injected script and polling are main-thread tasks of their own, which would be counted.
    await page.addInitScript(NAME_HELPER);
    await page.addInitScript(homeIdle, DECK);
    await page.goto(url);
    const { result } = await cdp.send('Runtime.evaluate', { expression: 'window.__homeIdle.then((t) => String(t))', awaitPromise: true, returnByValue: true });
    const idleAt = Number(result.value);
    await new Promise((r) => setTimeout(r, 1000));
    const { profile: cpu } = await cdp.send('Profiler.stop');
    await cdp.send('Tracing.end');
    await done;
    const nav = events.find((e) => e.name === 'navigationStart' || e.name === 'NavigationTiming' || e.name === 'markAsMainFrame') ?? events.find((e) => e.name === 'ParseHTML')!;
    const tasks = longTasks(events, cpu as unknown as CpuProfile, nav.ts);
    // The last run's whole trace, for DevTools' performance panel.
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/first-visit-trace.json', JSON.stringify({ traceEvents: events }));
    return { tasks, idleAt, blocking: tasks.reduce((a, t) => a + t.ms - LONG, 0) };
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  const outDir = join(process.cwd(), 'bench/.dist-first');
  await build({ root: process.cwd(), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: false } });
  const server = await serveStatic(outDir);
  console.log(`first visit — headless Chromium, ${THROTTLE}× CPU throttling, 360×800, fresh profile, ${RUNS} runs, ${new Date().toISOString()}`);
  try {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await visit(server.url));
    runs.forEach((run, i) => {
      console.log(`\nrun ${i + 1}: home idle at ${fmt(run.idleAt)} ms; ${run.tasks.length} tasks over ${LONG} ms, ${fmt(run.blocking)} ms blocking`);
      for (const t of run.tasks) console.log(`  ${fmt(t.at).padStart(6)} ms  ${fmt(t.ms).padStart(4)} ms  ${t.cause}  —  ${t.functions}`);
    });
    const longest = summarise(runs.map((r) => Math.max(0, ...r.tasks.map((t) => t.ms))));
    const count = summarise(runs.map((r) => r.tasks.length));
    const idle = summarise(runs.map((r) => r.idleAt));
    console.log(`\n| figure | median | min–max | goal |\n|---|---:|---:|---|`);
    console.log(`| longest main-thread task | ${fmt(longest.median)} ms | ${fmt(longest.min)}–${fmt(longest.max)} ms | ≤ ${LONG} ms in every run |`);
    console.log(`| tasks over ${LONG} ms | ${fmt(count.median)} | ${fmt(count.min)}–${fmt(count.max)} | 0 |`);
    console.log(`| navigation → home idle | ${fmt(idle.median)} ms | ${fmt(idle.min)}–${fmt(idle.max)} ms | |`);
    record({ bench: 'first-visit', figure: 'longest main-thread task (navigation → home idle)', scale: { throttle: THROTTLE }, unit: 'ms', summary: longest, goal: { at: 'p95', max: LONG } });
    record({ bench: 'first-visit', figure: `tasks over ${LONG} ms`, scale: { throttle: THROTTLE }, unit: 'count', summary: count, goal: { at: 'p95', max: 0 } });
    record({ bench: 'first-visit', figure: 'navigation → home idle', scale: { throttle: THROTTLE }, unit: 'ms', summary: idle });
  } finally {
    await server.close();
  }
}

await main();
