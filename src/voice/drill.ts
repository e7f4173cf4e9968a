// The "practise tones" drill's syllables: a deck's words taken apart into
// their syllables, each once, and dealt out one tone after another (ngang,
// huyền, sắc, hỏi, ngã, nặng, ngang…) so that every tone comes round often,
// in an order shuffled with a seed (a new deal each time, the same in tests).
import { analyse, syllables } from '../exercise/syllable.ts';
import { TONES, type Tone } from '../exercise/tones.ts';

export interface DrillSyllable {
  text: string;
  tone: Tone;
}

/** A small generator (mulberry32): enough for a shuffle, and the same for a seed everywhere. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

export function drillSyllables(texts: Iterable<string>, seed: number, limit = 60): DrillSyllable[] {
  const byTone = new Map<Tone, string[]>(TONES.map((t) => [t, []]));
  const seen = new Set<string>();
  for (const text of texts) {
    for (const s of syllables(text)) {
      const lower = s.toLowerCase();
      // Letters only: a number's syllables are not written.
      if (seen.has(lower) || !/^\p{L}+$/u.test(lower)) continue;
      seen.add(lower);
      byTone.get(analyse(lower).tone)!.push(lower);
    }
  }
  const next = random(seed);
  for (const list of byTone.values()) {
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
  }
  const out: DrillSyllable[] = [];
  for (let round = 0; out.length < limit; round++) {
    const before = out.length;
    for (const tone of TONES) {
      const text = byTone.get(tone)![round];
      if (text !== undefined && out.length < limit) out.push({ text, tone });
    }
    if (out.length === before) break;
  }
  return out;
}
