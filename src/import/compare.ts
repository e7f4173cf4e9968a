// What an import would change in a deck already there: pairs new, changed,
// unchanged and gone, by the compiler's stable ids. Pure.
//
// Ids hang on the Lao sentence, so a corrected Lao side would make a new pair
// and lose its progress. An import is a learner's own file, edited by them:
// a pair that is new by id but has the exact Vietnamese of one pair that is
// gone is taken for that pair with its Lao corrected, and keeps its id.
import { identityKey } from '../deck/normalise.ts';
import type { Pair } from '../deck/types.ts';

export interface StoredPair {
  pairId: string;
  lo: string;
  vi: string;
  retired: boolean;
}

export interface ImportCounts {
  /** Not in the deck yet (or back from an earlier import, with their history). */
  new: number;
  /** Same pair, other text (either side): progress kept. */
  changed: number;
  unchanged: number;
  /** In the deck but not in the file: retired, history kept. */
  gone: number;
}

export interface Comparison<P extends Compared = Pair> {
  counts: ImportCounts;
  /** The pairs to install: with the ids of pairs whose Lao was corrected taken back. */
  pairs: P[];
}

/** What comparing needs of a pair: a deck's pairs, or a checked file's before its deck is assembled. */
export type Compared = Pick<Pair, 'id' | 'lo' | 'vi'>;

export function comparePairs<P extends Compared>(incoming: readonly P[], stored: readonly StoredPair[]): Comparison<P> {
  const byId = new Map(stored.map((p) => [p.pairId, p]));
  const incomingIds = new Set(incoming.map((p) => p.id));
  // Active pairs the file no longer has, by their Vietnamese; a Vietnamese shared by two of them matches neither.
  const goneByVi = new Map<string, StoredPair | null>();
  for (const p of stored) {
    if (p.retired || incomingIds.has(p.pairId)) continue;
    const key = identityKey(p.vi);
    goneByVi.set(key, goneByVi.has(key) ? null : p);
  }
  const counts: ImportCounts = { new: 0, changed: 0, unchanged: 0, gone: 0 };
  const taken = new Set<string>();
  const pairs = incoming.map((pair) => {
    let id = pair.id;
    let before = byId.get(id);
    if (!before) {
      const renamed = goneByVi.get(identityKey(pair.vi));
      if (renamed && !taken.has(renamed.pairId)) {
        taken.add(renamed.pairId);
        id = renamed.pairId;
        before = renamed;
      }
    }
    if (!before || before.retired) counts.new++;
    else if (before.lo === pair.lo && before.vi === pair.vi) counts.unchanged++;
    else counts.changed++;
    return id === pair.id ? pair : { ...pair, id };
  });
  const kept = new Set(pairs.map((p) => p.id));
  counts.gone = stored.filter((p) => !p.retired && !kept.has(p.pairId)).length;
  return { counts, pairs };
}
