// `npm run bench:voice`: a 3-second recording analysed the way the app does it,
// in headless Chromium on the production build's voice worker
// (src/voice/capture/analyse.ts). The recording: espeak-ng's "Tôi học tiếng
// Việt mỗi ngày" with the room before and after, at 48 kHz as a phone's
// microphone gives it (so the decimation to 16 kHz is in the time). Two ways:
// - streamed, as the app does: the worker started and warmed when the panel
//   opens, the recording sent in 2,048-sample chunks at the pace a microphone
//   gives them (pitch tracked while the learner speaks), timed from the last
//   chunk's "end" to the answer: what the learner waits for after stopping;
// - whole: the recording posted at once (the worker's whole work), its first
//   request on a cold worker reported apart.
// A slow phone is the browser capped at a quarter of one core
// (bench/cpu-cap.ts: Chromium's 4× throttling does not reach workers); also
// unthrottled.
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
import { espeak, padded } from './fixtures/voice-recordings.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
/** Streamed runs take the recording's length each. */
const STREAMED_RUNS = Number(process.env.BENCH_STREAMED_RUNS ?? 6);
const TEXT = 'Tôi học tiếng Việt mỗi ngày';
const SECONDS = 3;
const RATE = 48_000;
/** The goal: a 3-second recording analysed within 500 ms on a slow phone. */
const GOAL_MS = 500;

/** espeak-ng's sentence centred in SECONDS of the room (voice-recordings.ts), resampled (linearly) to RATE. */
function recording(): number[] {
  const { samples, sampleRate } = espeak(TEXT);
  const speech = Float32Array.from({ length: Math.floor((samples.length * RATE) / sampleRate) }, (_, i) => {
    const x = (i * sampleRate) / RATE;
    const k = Math.floor(x);
    return (samples[k] ?? 0) + ((samples[k + 1] ?? 0) - (samples[k] ?? 0)) * (x - k);
  });
  const room = (SECONDS - speech.length / RATE) / 2;
  return [...padded(speech, RATE, room, room)];
}

interface Timing { cold: number; streamed: number[]; runs: number[]; inWorker: number[]; kind: string }

async function measure(url: string, worker: string, samples: number[]): Promise<Timing> {
  const browser = await chromium.launch(LAUNCH);
  try {
    const context = await browser.newContext(PHONE);
    // tsx names the functions handed to the page with a helper the page lacks.
    await context.addInitScript(NAME_HELPER);
    const page = await context.newPage();
    await page.goto(url);
    return await page.evaluate(async ({ worker, samples, text, rate, runs, streamedRuns }) => {
      type Reply = { id: number; ms: number; attempt: { kind: string } };
      const reply = (w: Worker, id: number) => new Promise<Reply>((resolve) => {
        const on = (e: MessageEvent<Reply>) => {
          if (e.data.id !== id) return;
          w.removeEventListener('message', on);
          resolve(e.data);
        };
        w.addEventListener('message', on);
      });
      const whole = async (w: Worker, id: number) => {
        const data = Float32Array.from(samples);
        const start = performance.now();
        const answer = reply(w, id);
        w.postMessage({ type: 'analyse', id, samples: data, sampleRate: rate, text, dialect: 'north' }, [data.buffer]);
        const r = await answer;
        return { ms: performance.now() - start, inWorker: r.ms, kind: r.attempt.kind };
      };
      const cold = await whole(new Worker(worker, { type: 'module' }), 0);
      // As the panel does: a fresh worker, warmed with a quarter second of buzz, then recordings streamed.
      const w = new Worker(`${worker}?fresh`, { type: 'module' });
      const buzz = Float32Array.from({ length: 4000 }, (_, i) => ((i * 150) % 16_000 < 800 ? 0.3 : -0.015));
      const warmed = reply(w, 1);
      w.postMessage({ type: 'analyse', id: 1, samples: buzz, sampleRate: 16_000, text: 'a', dialect: 'north' }, [buzz.buffer]);
      await warmed;
      const streamed: number[] = [];
      let kind = '';
      const CHUNK = 2048;
      for (let run = 0; run < streamedRuns; run++) {
        const id = 100 + run;
        w.postMessage({ type: 'begin', id, sampleRate: rate });
        const t0 = performance.now();
        for (let at = 0; at < samples.length; at += CHUNK) {
          // The microphone's pace: a chunk when its last sample has been heard.
          const due = t0 + ((at + CHUNK) / rate) * 1000;
          await new Promise((r) => setTimeout(r, Math.max(0, due - performance.now())));
          w.postMessage({ type: 'chunk', id, samples: Float32Array.from(samples.slice(at, at + CHUNK)) });
        }
        const start = performance.now();
        const answer = reply(w, id);
        w.postMessage({ type: 'end', id, text, dialect: 'north' });
        kind = (await answer).attempt.kind;
        streamed.push(performance.now() - start);
      }
      const rest = [];
      for (let i = 1; i <= runs; i++) rest.push(await whole(w, 1000 + i));
      w.terminate();
      return { cold: cold.ms, streamed, runs: rest.map((r) => r.ms), inWorker: rest.map((r) => r.inWorker), kind };
    }, { worker: `/assets/${worker}`, samples, text: TEXT, rate: RATE, runs: RUNS, streamedRuns: STREAMED_RUNS });
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
    console.log('| phone | streamed: stop → answer, first | median (all) | max | whole, worker cold | whole: median | p95 | min–max | of it in the worker | judged |');
    console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---|');
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
      const st = summarise(t.streamed);
      const label = slow ? (capped ? `slow (${THROTTLE}×: quarter core)` : 'slow (no cap)') : 'unthrottled';
      console.log(`| ${label} | ${fmt(t.streamed[0]!)} ms | ${fmt(st.median)} ms | ${fmt(st.max)} ms | ${fmt(t.cold)} ms | ${fmt(s.median)} ms | ${fmt(s.p95)} ms | ${fmt(s.min)}–${fmt(s.max)} ms | ${fmt(w.median)} ms | ${t.kind} |`);
      record({ bench: 'voice', figure: `3 s recording streamed: stop → answer, ${label}`, scale: { seconds: SECONDS }, unit: 'ms', summary: st, ...(capped ? { goal: { at: 'median' as const, max: GOAL_MS } } : {}) });
      record({ bench: 'voice', figure: `3 s recording streamed: the first stop → answer, ${label}`, scale: { seconds: SECONDS }, unit: 'ms', summary: summarise([t.streamed[0]!]), ...(capped ? { goal: { at: 'median' as const, max: GOAL_MS } } : {}) });
      record({ bench: 'voice', figure: `3 s recording whole: postMessage → reply, ${label}`, scale: { seconds: SECONDS }, unit: 'ms', summary: s, ...(capped ? { goal: { at: 'median' as const, max: GOAL_MS } } : {}) });
      record({ bench: 'voice', figure: `3 s recording whole: first request, worker cold, ${label}`, scale: { seconds: SECONDS }, unit: 'ms', summary: summarise([t.cold]) });
    }
  } finally {
    await server.close();
    rmSync(out, { recursive: true, force: true });
  }
}

await main();
