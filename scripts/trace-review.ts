// `npm run trace:review`: where a rating tap's time goes. Seeds a profile
// (BENCH_CARDS, default 10,000 cards), rates BENCH_REVIEWS cards (default 40)
// at 4× throttling under a Chromium trace, and prints, per tap → next card,
// the main thread's time by kind (script, style, layout, paint, IndexedDB
// waits are the gaps). Writes the whole trace to bench/results/ for DevTools.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { persistentPhone } from './chromium.ts';
import { build } from 'vite';
import { serveStatic } from './static-server.ts';
import { DECK, NAME_HELPER, seededProfile, throttled } from './bench/seeded-profile.ts';
import { fmt, summarise } from './bench/stats.ts';

const CARDS = Number(process.env.BENCH_CARDS ?? 10_000);
const N = Number(process.env.BENCH_REVIEWS ?? 40);

interface TraceEvent { name: string; ph: string; ts: number; dur?: number; tid: number; pid: number; cat: string; args?: { data?: { type?: string } } }

async function main() {
  // Not minified, so that the profile names functions.
  const outDir = join(process.cwd(), 'bench/.dist-trace');
  await build({ root: process.cwd(), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: false } });
  const server = await serveStatic(outDir);
  const url = server.url;
  const { profile } = await seededProfile(url, CARDS, CARDS * 5);
  const context = await persistentPhone(profile);
  await context.addInitScript(NAME_HELPER);
  const page = await throttled(context);
  await page.goto(url);
  await page.getByTestId(`start-${DECK}`).click();
  await page.getByTestId('reveal').waitFor();
  const cdp = await context.newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await cdp.send('Tracing.start', { categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,IndexedDB', transferMode: 'ReportEvents' });
  const windows = await page.evaluate(async (n: number) => {
    const $ = (id: string) => document.querySelector<HTMLElement>(`[data-testid="${id}"]`);
    const until = (ok: () => boolean) => new Promise<void>((resolve) => {
      if (ok()) return resolve();
      const mo = new MutationObserver(() => { if (ok()) { mo.disconnect(); resolve(); } });
      mo.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
    });
    for (let i = 0; i < n; i++) {
      $('reveal')!.click();
      await until(() => $('rate-3') !== null && !($('rate-3') as HTMLButtonElement).disabled);
      performance.mark('tap');
      $('rate-3')!.click();
      await until(() => $('reveal') !== null || $('done-today') !== null);
      await new Promise((r) => requestAnimationFrame(() => r(null)));
      performance.mark('shown');
    }
    return n;
  }, N);
  const { profile: cpu } = await cdp.send('Profiler.stop');
  await cdp.send('Tracing.end');
  await done;
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/review-trace.json', JSON.stringify({ traceEvents: events }));
  // Tap → shown windows from the user-timing marks (microseconds).
  const marks = events.filter((e) => e.cat.includes('blink.user_timing') && (e.name === 'tap' || e.name === 'shown')).sort((a, b) => a.ts - b.ts);
  const spans: [number, number][] = [];
  for (let i = 0; i + 1 < marks.length; i++) if (marks[i]!.name === 'tap' && marks[i + 1]!.name === 'shown') spans.push([marks[i]!.ts, marks[i + 1]!.ts]);
  const mainTid = marks[0]!.tid;
  const kinds: Record<string, string> = {
    FunctionCall: 'script', EvaluateScript: 'script', EventDispatch: 'event', TimerFire: 'script', FireAnimationFrame: 'script', RunMicrotasks: 'microtasks',
    UpdateLayoutTree: 'style', RecalculateStyles: 'style', Layout: 'layout', Paint: 'paint', PrePaint: 'prepaint', Layerize: 'layerize', UpdateLayer: 'paint', CompositeLayers: 'composite', Commit: 'commit', HitTest: 'hittest', ParseHTML: 'parse',
  };
  const per: Record<string, number[]> = { total: [] };
  for (const [a, b] of spans) {
    per.total!.push((b - a) / 1000);
    const sums: Record<string, number> = {};
    for (const e of events) {
      if (e.tid !== mainTid || e.ph !== 'X' || !e.dur || e.ts < a || e.ts > b) continue;
      const kind = kinds[e.name];
      if (!kind) continue;
      sums[kind] = (sums[kind] ?? 0) + Math.min(e.dur, b - e.ts) / 1000;
    }
    for (const k of new Set(Object.values(kinds))) (per[k] ??= []).push(sums[k] ?? 0);
  }
  console.log(`${CARDS} cards, ${spans.length} taps; ms per tap (nested events overlap: script includes what it forces)`);
  for (const [k, v] of Object.entries(per)) {
    const s = summarise(v);
    if (s.max > 0.05) console.log(`${k.padEnd(11)} median ${fmt(s.median, 1).padStart(6)}  p95 ${fmt(s.p95, 1).padStart(6)}  max ${fmt(s.max, 1)}`);
  }
  // The page's JavaScript by function (self time over the whole run, reveals included).
  const self = new Map<string, number>();
  const byId = new Map(cpu.nodes.map((n) => [n.id, n]));
  cpu.samples!.forEach((id, i) => {
    const f = byId.get(id)!.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + cpu.timeDeltas![i]! / 1000);
  });
  console.log('\nJavaScript self time (ms, all taps):');
  for (const [k, v] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${fmt(v, 1).padStart(8)}  ${k}`);
  await context.close();
  rmSync(profile, { recursive: true, force: true });
  await server.close();
}

await main();
