// The microphone, for one recording: raw (echo cancellation, noise
// suppression and automatic gain off: each bends the pitch or the loudness the
// analysis reads), mono, through an AudioWorklet that only copies blocks
// (recorder.worklet.ts). The page keeps the chunks, shows their level, and
// stops by itself after a second of quiet once speech has started, or at
// MAX_SECONDS. Nothing is kept once the recording is handed over.
import workletUrl from './recorder.worklet.ts?worker&url';

export type MicrophoneProblem = 'denied' | 'absent' | 'busy' | 'unsupported';

export class MicrophoneError extends Error {
  constructor(readonly problem: MicrophoneProblem) {
    super(`microphone: ${problem}`);
  }
}

export interface Recording {
  samples: Float32Array<ArrayBuffer>;
  sampleRate: number;
}

export interface RecordingSession {
  /** Stops and gives what was heard. */
  stop(): Promise<Recording>;
  /** Stops, keeping nothing. */
  cancel(): void;
}

export interface RecordOptions {
  /** Each chunk's loudness, 0 (−60 dBFS or less) to 1 (full scale). */
  onLevel?: (level: number) => void;
  /** Quiet after speech, or the longest recording reached: the owner should call stop(). */
  onQuiet?: () => void;
  /** Each chunk as it comes (for analysis as the learner speaks); the recording keeps its own. */
  onChunk?: (chunk: Float32Array, sampleRate: number) => void;
}

const MAX_SECONDS = 10;
/** Quiet this long after speech ends a recording (s). */
const QUIET_SECONDS = 1;
/** Speech: this far over the quietest chunk so far, and at least SPEECH_DB (dBFS). */
const OVER_ROOM_DB = 12;
const SPEECH_DB = -50;

function problemOf(e: unknown): MicrophoneProblem {
  const name = e instanceof DOMException ? e.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'denied';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'absent';
  return 'busy';
}

export async function startRecording(options: RecordOptions = {}): Promise<RecordingSession> {
  if (!navigator.mediaDevices?.getUserMedia || typeof AudioWorkletNode === 'undefined') throw new MicrophoneError('unsupported');
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: { echoCancellation: false, noiseSuppression: false, autoGainControl: false, channelCount: 1 } });
  } catch (e) {
    throw new MicrophoneError(problemOf(e));
  }
  const context = new AudioContext();
  const release = () => {
    for (const track of stream.getTracks()) track.stop();
    void context.close().catch(() => undefined);
  };
  let node: AudioWorkletNode;
  try {
    await context.audioWorklet.addModule(workletUrl);
    // No outputs: nothing is played back; a node with an input is processed all the same.
    node = new AudioWorkletNode(context, 'lovi-recorder', { numberOfInputs: 1, numberOfOutputs: 0, channelCount: 1, channelCountMode: 'explicit' });
    context.createMediaStreamSource(stream).connect(node);
    // A context made outside a tap may start suspended.
    await context.resume();
  } catch {
    release();
    throw new MicrophoneError('busy');
  }
  const chunks: Float32Array[] = [];
  let length = 0;
  let room = Infinity;
  let spoke = false;
  let quietFor = 0;
  let told = false;
  node.port.onmessage = (e: MessageEvent<Float32Array>) => {
    const chunk = e.data;
    chunks.push(chunk);
    length += chunk.length;
    options.onChunk?.(chunk, context.sampleRate);
    let sum = 0;
    for (const v of chunk) sum += v * v;
    const db = 10 * Math.log10(sum / chunk.length + 1e-12);
    options.onLevel?.(Math.min(1, Math.max(0, (db + 60) / 60)));
    room = Math.min(room, db);
    const speech = db > Math.max(SPEECH_DB, room + OVER_ROOM_DB);
    spoke ||= speech;
    quietFor = spoke && !speech ? quietFor + chunk.length / context.sampleRate : 0;
    if (!told && (quietFor >= QUIET_SECONDS || length / context.sampleRate >= MAX_SECONDS)) {
      told = true;
      options.onQuiet?.();
    }
  };
  const sampleRate = context.sampleRate;
  return {
    async stop() {
      node.port.onmessage = null;
      release();
      const samples = new Float32Array(length);
      let at = 0;
      for (const c of chunks) {
        samples.set(c, at);
        at += c.length;
      }
      chunks.length = 0;
      return { samples, sampleRate };
    },
    cancel() {
      node.port.onmessage = null;
      chunks.length = 0;
      release();
    },
  };
}
