// The "practise tones" drill's syllables: a deck's words taken apart into
// their syllables, each once, and dealt out one tone after another (ngang,
// huyền, sắc, hỏi, ngã, nặng, ngang…) so that every tone comes round often,
// in an order shuffled by a seed (a new deal each time, the same in tests).
import { analyse, syllables } from '../exercise/syllable.ts';
import { TONES, type Tone } from '../exercise/tones.ts';
import { hash64 } from '../deck/hash.ts';

export interface DrillSyllable {
  text: string;
  tone: Tone;
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
  // Shuffled as the app orders cloze options: by a hash of the seed and the syllable.
  for (const [tone, list] of byTone) byTone.set(tone, list.map((text) => [hash64(`${seed}\u0001${text}`), text] as const).sort((a, b) => (a[0] < b[0] ? -1 : 1)).map(([, text]) => text));
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
