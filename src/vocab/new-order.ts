// New sentences in the order of what the learner knows ("i+1"): next comes
// the sentence with the fewest words the learner has never met (ideally
// one: a sentence whose every other word is familiar teaches that one),
// then the one whose new words are the most frequent in the deck (they pay
// off soonest), then the shorter, then deck order. Each pick's words count as
// met for the picks after it, so a day's picks build on each other as they
// will be studied. "Never met" means not seen (src/vocab/known.ts): a word
// under study is not new. Pure; one pass per pick over the candidates, with
// counts kept up to date through an index from words to sentences.

export interface Candidate {
  pairId: string;
  /** Learnable words (src/vocab/learnable.ts). */
  words: readonly string[];
  /** Deck order, the last tie-break. */
  order: number;
}

export interface Pick {
  pairId: string;
  /** Its words not met before it: what the review screen marks. */
  newWords: string[];
}

export function planNewPairs(candidates: readonly Candidate[], seen: ReadonlySet<string>, frequency: ReadonlyMap<string, number>, count: number): Pick[] {
  const met = new Set(seen);
  const unknown = candidates.map((c) => c.words.filter((w) => !met.has(w)).length);
  const weight = candidates.map((c) => c.words.reduce((sum, w) => sum + (met.has(w) ? 0 : frequency.get(w) ?? 0), 0));
  const containing = new Map<string, number[]>();
  candidates.forEach((c, i) => {
    for (const w of c.words) {
      if (met.has(w)) continue;
      const list = containing.get(w);
      if (list) list.push(i);
      else containing.set(w, [i]);
    }
  });
  const taken = new Uint8Array(candidates.length);
  const picks: Pick[] = [];
  while (picks.length < count) {
    let best = -1;
    for (let i = 0; i < candidates.length; i++) {
      if (taken[i]) continue;
      if (best < 0 || better(i, best)) best = i;
    }
    if (best < 0) break;
    taken[best] = 1;
    const newWords = candidates[best]!.words.filter((w) => !met.has(w));
    picks.push({ pairId: candidates[best]!.pairId, newWords });
    for (const w of newWords) {
      met.add(w);
      const f = frequency.get(w) ?? 0;
      for (const i of containing.get(w) ?? []) {
        unknown[i]!--;
        weight[i]! -= f;
      }
    }
  }
  return picks;

  function better(a: number, b: number): boolean {
    if (unknown[a] !== unknown[b]) return unknown[a]! < unknown[b]!;
    if (weight[a] !== weight[b]) return weight[a]! > weight[b]!;
    const la = candidates[a]!.words.length;
    const lb = candidates[b]!.words.length;
    if (la !== lb) return la < lb;
    return candidates[a]!.order < candidates[b]!.order;
  }
}
