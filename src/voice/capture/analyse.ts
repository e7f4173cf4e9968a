// The page's side of the voice worker: one worker kept while the learner is
// practising (its start costs more than an analysis), ended after a minute
// unused. A request's samples are transferred, not copied.
import type { Attempt } from '../attempt.ts';
import type { VoiceReply, VoiceRequest } from './protocol.ts';

const IDLE_MS = 60_000;
let worker: Worker | null = null;
let idle: ReturnType<typeof setTimeout> | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve: (a: Attempt) => void; reject: (e: Error) => void }>();

function theWorker(): Worker {
  if (worker) return worker;
  // Vite finds the worker only with new URL(...) written inside new Worker(...).
  const w = new Worker(new URL('./voice.worker.ts', import.meta.url), { type: 'module' });
  w.onmessage = ({ data }: MessageEvent<VoiceReply>) => {
    const job = waiting.get(data.id);
    waiting.delete(data.id);
    if (!job) return;
    if ('attempt' in data) job.resolve(data.attempt);
    else job.reject(new Error(data.failed));
  };
  w.onerror = () => {
    for (const job of waiting.values()) job.reject(new Error('voice worker failed'));
    waiting.clear();
    w.terminate();
    worker = null;
  };
  return (worker = w);
}

/**
 * Starts the worker ahead, while the learner speaks, and warms it: a quarter
 * second of a plain 150 Hz buzz analysed once, so that the first real answer
 * does not wait for the script to load nor its loops to be compiled (on a slow
 * phone, most of a first answer's time). Ended if unused.
 */
export function prepareWorker(): void {
  if (worker) return;
  const rate = 16_000;
  const buzz = Float32Array.from({ length: rate / 4 }, (_, i) => ((i * 150) % rate < rate / 20 ? 0.3 : -0.015));
  void analyseInWorker({ samples: buzz, sampleRate: rate, text: 'a', dialect: 'north' }).catch(() => undefined);
}

function end(): void {
  worker?.terminate();
  worker = null;
}

export function analyseInWorker(request: Omit<VoiceRequest, 'id'>): Promise<Attempt> {
  clearTimeout(idle);
  const id = nextId++;
  const w = theWorker();
  return new Promise<Attempt>((resolve, reject) => {
    waiting.set(id, { resolve, reject });
    w.postMessage({ ...request, id } satisfies VoiceRequest, [request.samples.buffer]);
  }).finally(() => {
    if (waiting.size === 0) idle = setTimeout(end, IDLE_MS);
  });
}
