// The page's side of the voice worker: one worker kept while the learner is
// practising (its start costs more than an analysis), ended after a minute
// unused. A recording goes to it as it comes in (streamTo), or whole.
import type { Attempt } from '../attempt.ts';
import type { Asked, VoiceReply, VoiceRequest } from './protocol.ts';

const IDLE_MS = 60_000;
let worker: Worker | null = null;
let idle: ReturnType<typeof setTimeout> | undefined;
let nextId = 1;
const waiting = new Map<number, { resolve: (a: Attempt) => void; reject: (e: Error) => void }>();

function theWorker(): Worker {
  clearTimeout(idle);
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

function idleLater(): void {
  clearTimeout(idle);
  if (waiting.size === 0) idle = setTimeout(() => {
    worker?.terminate();
    worker = null;
  }, IDLE_MS);
}

/** The answer to a request that completes a recording. */
function ask(request: VoiceRequest, transfer: Transferable[] = []): Promise<Attempt> {
  const w = theWorker();
  return new Promise<Attempt>((resolve, reject) => {
    waiting.set(request.id, { resolve, reject });
    w.postMessage(request, transfer);
  }).finally(idleLater);
}

/**
 * Starts the worker ahead, while the learner speaks, and warms it: a quarter
 * second of a plain 150 Hz buzz analysed once, so that the first recording is
 * not slowed by the script loading nor by its loops still being compiled.
 */
export function prepareWorker(): void {
  if (worker) return;
  const rate = 16_000;
  const buzz = Float32Array.from({ length: rate / 4 }, (_, i) => ((i * 150) % rate < rate / 20 ? 0.3 : -0.015));
  void analyseInWorker(buzz, rate, { text: 'a', dialect: 'north' }).catch(() => undefined);
}

/** A whole recording analysed (its samples transferred). */
export function analyseInWorker(samples: Float32Array, sampleRate: number, asked: Asked): Promise<Attempt> {
  return ask({ type: 'analyse', id: nextId++, samples, sampleRate, ...asked }, [samples.buffer]);
}

export interface Stream {
  /** A piece of the recording, copied to the worker. */
  push(samples: Float32Array): void;
  /** The recording is over: its analysis. */
  end(asked: Asked): Promise<Attempt>;
  /** Abandoned: the worker drops what it has. */
  drop(): void;
}

/** A recording sent to the worker as it comes in: its pitch is tracked while the learner speaks. */
export function streamTo(sampleRate: number): Stream {
  const id = nextId++;
  const w = theWorker();
  w.postMessage({ type: 'begin', id, sampleRate } satisfies VoiceRequest);
  return {
    push: (samples) => w.postMessage({ type: 'chunk', id, samples } satisfies VoiceRequest),
    end: (asked) => ask({ type: 'end', id, ...asked }),
    drop: () => {
      w.postMessage({ type: 'drop', id } satisfies VoiceRequest);
      idleLater();
    },
  };
}
