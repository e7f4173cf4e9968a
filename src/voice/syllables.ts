// Where the syllables are in a recording: the speech is the frames within
// 35 dB of the loudest and 10 dB above the room's noise, and a sentence's
// syllables are cut at the deepest dips of its loudness between them, as many
// cuts as the text has syllables less one. A recording that cannot give that
// many (too few dips, or more separate stretches of speech than syllables)
// gives null: "say it again", not a verdict.
import type { PitchTrack } from './pitch/track.ts';

export interface Segment {
  /** First and last frame (inclusive) of the syllable. */
  from: number;
  to: number;
}

/** Loudness below the loudest frame under which a frame is not speech (dB). */
const SPEECH_RANGE = 35;
/** …and at least this far above the room's noise (dB). */
const ABOVE_NOISE = 3;
/** Shortest syllable (frames of 10 ms). */
const MIN_FRAMES = 8;
/** A silence this long (frames) inside the speech separates two syllables whatever the count. */
const PAUSE_FRAMES = 25;

export function findSyllables(track: PitchTrack, count: number): Segment[] | null {
  const loud = track.intensity;
  const n = loud.length;
  let peak = -Infinity;
  for (const v of loud) peak = Math.max(peak, v);
  if (!Number.isFinite(peak) || count < 1) return null;
  // Above the noise too: the quietest tenth of the frames is the room (a recording has a moment before and after the word).
  const sorted = [...loud].map((v) => Math.max(v, -96)).sort((x, y) => x - y);
  const floor = Math.max(peak - SPEECH_RANGE, sorted[Math.floor(sorted.length * 0.1)]! + ABOVE_NOISE);
  const speech = (i: number) => loud[i]! > floor;
  let first = 0;
  while (first < n && !speech(first)) first++;
  let last = n - 1;
  while (last > first && !speech(last)) last--;
  if (last - first + 1 < MIN_FRAMES * count) return null;
  // Stretches of speech apart by a pause: each holds at least one syllable.
  const pauses: number[] = [];
  for (let i = first, quiet = 0; i <= last; i++) {
    quiet = speech(i) ? 0 : quiet + 1;
    if (quiet === PAUSE_FRAMES) pauses.push(i - Math.floor(PAUSE_FRAMES / 2));
  }
  if (pauses.length > count - 1) return null;
  // Smoothed loudness (5 frames), its local minima the places a syllable may end.
  const smooth = Float64Array.from({ length: n }, (_, i) => {
    let sum = 0;
    let k = 0;
    for (let j = Math.max(0, i - 2); j <= Math.min(n - 1, i + 2); j++) if (Number.isFinite(loud[j]!)) (sum += loud[j]!), k++;
    return k ? sum / k : -Infinity;
  });
  const dips: { at: number; depth: number }[] = [];
  for (let i = first + MIN_FRAMES; i <= last - MIN_FRAMES; i++) {
    if (!(smooth[i]! <= smooth[i - 1]! && smooth[i]! < smooth[i + 1]!)) continue;
    // Its depth: below the lower of the loudest points on each side.
    let left = -Infinity;
    let right = -Infinity;
    for (let j = first; j < i; j++) left = Math.max(left, smooth[j]!);
    for (let j = i + 1; j <= last; j++) right = Math.max(right, smooth[j]!);
    dips.push({ at: i, depth: Math.min(left, right) - smooth[i]! });
  }
  const cuts = [...pauses];
  for (const d of dips.sort((a, b) => b.depth - a.depth)) {
    if (cuts.length >= count - 1) break;
    if (d.depth < 3 || cuts.some((c) => Math.abs(c - d.at) < MIN_FRAMES)) continue;
    cuts.push(d.at);
  }
  if (cuts.length < count - 1) return null;
  const bounds = [first - 1, ...cuts.sort((a, b) => a - b), last];
  return bounds.slice(1).map((to, i) => ({ from: bounds[i]! + 1, to }));
}
