// Recordings for Chromium's fake microphone, made by the tests: espeak-ng's
// Vietnamese (a check of the pipeline, not a claim about people's voices),
// with a moment of quiet before and after and a faint room noise, as a phone
// hears a learner; and near-silence.
import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readWav, writeWav } from '../../../scripts/fixtures/wav.ts';
import { analyseAttempt } from '../../../src/voice/attempt.ts';

const dir = mkdtempSync(join(tmpdir(), 'lovi-voice-'));
/** The room: white noise this far below full scale (dB). */
const ROOM_DB = -62;

/** A deterministic noise (a fixed-seed generator): the same file every run. */
function noise(n: number, seed = 7): Float32Array {
  let s = seed;
  const amplitude = 10 ** (ROOM_DB / 20) * Math.sqrt(3);
  return Float32Array.from({ length: n }, () => {
    s = (s * 1103515245 + 12345) >>> 0;
    return ((s / 2 ** 32) * 2 - 1) * amplitude;
  });
}

function padded(samples: Float32Array, sampleRate: number, before: number, after: number): Float32Array {
  const out = noise(Math.round((before + after) * sampleRate) + samples.length);
  const at = Math.round(before * sampleRate);
  samples.forEach((v, i) => (out[at + i]! += v));
  return out;
}

/** espeak-ng saying `text` (voice `vi`, 130 words a minute): the samples, unpadded. */
export function espeak(text: string, voice = 'vi'): { samples: Float32Array; sampleRate: number } {
  const raw = join(dir, 'raw.wav');
  execFileSync('espeak-ng', ['-v', voice, '-s', '130', '-w', raw, text]);
  return readWav(raw);
}

/** A WAV file of espeak-ng saying `text`, 0.5 s of room before and 2.5 s after (the app stops after a second of quiet). */
export function spokenFile(name: string, text: string): string {
  const { samples, sampleRate } = espeak(text);
  const path = join(dir, `${name}.wav`);
  writeWav(path, padded(samples, sampleRate, 0.5, 2.5), sampleRate);
  return path;
}

/** Only the room, `seconds` long. */
export function quietFile(name: string, seconds: number): string {
  const path = join(dir, `${name}.wav`);
  writeWav(path, noise(seconds * 22_050), 22_050);
  return path;
}

/** The level voice the app learns from a "ma" (Hz), as its calibration finds it in espeak-ng's. */
export function espeakReference(): number {
  const { samples, sampleRate } = espeak('ma');
  const a = analyseAttempt(samples, sampleRate, 'ma', 'north');
  if (a.kind !== 'judged') throw new Error(`espeak-ng's "ma" was not judged: ${a.why}`);
  return a.reference;
}
