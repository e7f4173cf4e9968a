// The tone picture the statistics screen shows: the day summaries' tone
// tallies (tone-tally.ts) summed into two tables of every tone by every tone.
// Apart from the tally, which every rating runs, so that this stays out of the start-up scripts.
import { TONES, type Tone } from '../exercise/tones.ts';
import type { ToneTally } from './tone-tally.ts';

export interface TonePicture extends Omit<ToneTally, 'typed' | 'spoken'> {
  /** counts[expected][given], every tone of TONES both ways. */
  typed: Record<Tone, Record<Tone, number>>;
  spoken: Record<Tone, Record<Tone, number>>;
}

const matrix = (): Record<Tone, Record<Tone, number>> =>
  Object.fromEntries(TONES.map((e) => [e, Object.fromEntries(TONES.map((g) => [g, 0]))])) as Record<Tone, Record<Tone, number>>;

/** The days' tallies summed into one picture. */
export function tonePicture(tallies: Iterable<ToneTally | undefined>): TonePicture {
  const out: TonePicture = { checked: 0, mistaken: 0, toneWrong: 0, typed: matrix(), spoken: matrix() };
  for (const t of tallies) {
    if (!t) continue;
    out.checked += t.checked;
    out.mistaken += t.mistaken;
    out.toneWrong += t.toneWrong;
    for (const [into, from] of [[out.typed, t.typed], [out.spoken, t.spoken]] as const) {
      for (const [key, n] of Object.entries(from)) into[TONES[Number(key[0])]!][TONES[Number(key[1])]!] += n;
    }
  }
  return out;
}
