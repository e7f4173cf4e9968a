// `npm run bench:voice`: a 3-second recording analysed the way the app does it
// (src/voice/capture/analyse.ts: samples transferred to the voice worker,
// pitch, syllables and tones there, the attempt back), timed from the page's
// postMessage to the reply, in headless Chromium on the production build. The
// recording: espeak-ng's "Tôi học tiếng Việt mỗi ngày" with the room before
// and after, at 48 kHz as a phone's microphone gives it (so the decimation to
// 16 kHz is in the time). A slow phone is the browser capped at a quarter of
// one core (bench/cpu-cap.ts: Chromium's 4× throttling does not reach
// workers); also unthrottled. The first request of each browser is reported
// apart from the rest, twice: with the worker made at that moment (cold), and
// as the app does it (VoicePanel starts the worker when it opens and warms it
// with a quarter second of buzz: analyse.ts prepareWorker; the worker has the
// recording's 3 s for that before the first request).
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { LAUNCH, PHONE } from './chromium.ts';
import { capCpu } from './bench/cpu-cap.ts';
import { serveProductionBuild } from './bench/serve-build.ts';
import { NAME_HELPER, THROTTLE } from './bench/seeded-profile.ts';
import { fmt, summarise } from './bench/stats.ts';
import { record } from './bench/results.ts';
import { espeak } from './fixtures/voice-recordings.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const TEXT = 'Tôi học tiếng Việt mỗi ngày';
const SECONDS = 3;
const RATE = 48_000;
/** The goal: a 3-second recording analysed within 500 ms on a slow phone. */
const GOAL_MS = 500;

/** espeak-ng's sentence centred in SECONDS of faint noise, resampled (linearly) to RATE. */
function recording(): number[] {
  const { samples, sampleRate } = espeak(TEXT);
  const speech = Array.from({ length: Math.floor((samples.length * RATE) / sampleRate) }, (_, i) => {
    const x = (i * sampleRate) / RATE;
    const k = Math.floor(x);
    return (samples[k] ?? 0) + ((samples[k + 1] ?? 0) - (samples[k] ?? 0)) * (x - k);
  });
  const out = new Array<number>(SECONDS * RATE);
  let s = 7;
  for (let i = 0; i < out.length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    out[i] = ((s / 2 ** 32) * 2 - 1) * 0.0014;
  }
  const at = Math.floor((out.length - speech.length) / 2);
  speech.forEach((v, i) => (out[at + i]! += v));
  return out;
}

interface Timing { cold: number; first: number; runs: number[]; inWorker: number[]; kind: string }

async function measure(url: string, worker: string, samples: number[]): Promise<Timing> {
  const browser = await chromium.launch(LAUNCH);
  try {
    const context = await browser.newContext(PHONE);
    // tsx names the functions handed to the page with a helper the page lacks.
    await context.addInitScript(NAME_HELPER);
    const page = await context.newPage();
    await page.goto(url);
    return await page.evaluate(async ({ worker, samples, text, rate, runs, seconds }) => {
      const once = (w: Worker, id: number) => new Promise<{ ms: number; inWorker: number; kind: string }>((resolve) => {
        const data = Float32Array.from(samples);
        const start = performance.now();
        w.onmessage = (e: MessageEvent<{ ms: number; attempt: { kind: string } }>) => resolve({ ms: performance.now() - start, inWorker: e.data.ms, kind: e.data.attempt.kind });
        w.postMessage({ id, samples: data, sampleRate: rate, text, dialect: 'north' }, [data.buffer]);
      });
      const cold = await once(new Worker(worker, { type: 'module' }), 0);
      // A fresh worker started as the panel opens, the recording's length before the request.
      const w = new Worker(`${worker}?fresh`, { type: 'module' });
      const buzz = Float32Array.from({ length: 4000 }, (_, i) => ((i * 150) % 16_000 < 800 ? 0.3 : -0.015));
      w.postMessage({ id: -1, samples: buzz, sampleRate: 16_000, text: 'a', dialect: 'north' }, [buzz.buffer]);
      await new Promise((r) => setTimeout(r, seconds * 1000));
      const first = await once(w, 0);
      const rest = [];
      for (let i = 1; i <= runs; i++) rest.push(await once(w, i));
      w.terminate();
      return { cold: cold.ms, first: first.ms, runs: rest.map((r) => r.ms), inWorker: rest.map((r) => r.inWorker), kind: first.kind };
    }, { worker: `/assets/${worker}`, samples, text: TEXT, rate: RATE, runs: RUNS, seconds: SECONDS });
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const out = mkdtempSync(join(tmpdir(), 'lovi-bench-voice-'));
  const { url, server } = await serveProductionBuild(out);
  const worker = readdirSync(join(out, 'assets')).find((f) => f.startsWith('voice.worker-'))!;
  const samples = recording();
  try {
    console.log(`voice benchmark — headless Chromium, ${SECONDS} s at ${fmt(RATE)} Hz ("${TEXT}", espeak-ng), ${RUNS} runs after the first, ${new Date().toISOString()}`);
    console.log('| phone | first, worker cold | first, worker started and warmed 3 s ahead | then: median | p95 | min–max | of it in the worker (median) | judged |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---|');
    for (const slow of [false, true]) {
      const capped = slow && capCpu(THROTTLE);
      let t: Timing;
      try {
        t = await measure(url, worker, samples);
      } finally {
        if (capped) capCpu(1);
      }
      if (slow && !capped) console.log('(no CPU cap here: cgroup v1 cpu controller not writable; the "slow" row ran at full speed)');
      const s = summarise(t.runs);
      const w = summarise(t.inWorker);
      const label = slow ? (capped ? `slow (${THROTTLE}×: quarter core)` : 'slow (no cap)') : 'unthrottled';
      console.log(`| ${label} | ${fmt(t.cold)} ms | ${fmt(t.first)} ms | ${fmt(s.median)} ms | ${fmt(s.p95)} ms | ${fmt(s.min)}–${fmt(s.max)} ms | ${fmt(w.median)} ms | ${t.kind} |`);
      record({ bench: 'voice', figure: `3 s recording: postMessage → reply, ${label}`, scale: { seconds: SECONDS }, unit: 'ms', summary: s, ...(capped ? { goal: { at: 'median' as const, max: GOAL_MS } } : {}) });
      record({ bench: 'voice', figure: `3 s recording: first request, worker cold, ${label}`, scale: { seconds: SECONDS }, unit: 'ms', summary: summarise([t.cold]) });
      record({ bench: 'voice', figure: `3 s recording: first request, worker started and warmed 3 s ahead, ${label}`, scale: { seconds: SECONDS }, unit: 'ms', summary: summarise([t.first]) });
    }
  } finally {
    await server.close();
    rmSync(out, { recursive: true, force: true });
  }
}

await main();
