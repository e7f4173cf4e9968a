// Keeping the per-deck tallies (stats/tallies.ts) in step with the cards:
// every write that changes a card tells a TallyUpdate what the card was and
// what it becomes, and the update is written in the same transaction, after
// the card writes, before it commits. A write that cannot change a figure
// (a new card's place in the new-card order) may skip it.
import { countCard, emptyTally, isMature, type DeckTally } from '../stats/tallies.ts';
import { cardEvidence } from '../vocab/known.ts';
import type { CardRecord, LoviDB } from './schema.ts';
import { inParts } from './batches.ts';
import type { IDBPTransaction, StoreNames } from 'idb';

type Tx = IDBPTransaction<LoviDB, StoreNames<LoviDB>[], 'readwrite' | 'versionchange'>;

export class TallyUpdate {
  private readonly decks = new Map<string, DeckTally>();
  /** Pairs one of whose cards became or stopped being mature: per card changed, whether it was mature first and is last. */
  private readonly pairs = new Map<string, { deckId: string; pairId: string; cards: Map<string, { was: boolean; is: boolean }> }>();
  private read: Promise<DeckTally[]> | null = null;

  /** Sentences of the deck whose cards are not stored (stats/tallies.ts virtualPairs): `delta` more of them. */
  virtual(deckId: string, delta: number): void {
    let t = this.decks.get(deckId);
    if (!t) this.decks.set(deckId, (t = emptyTally(deckId)));
    t.virtualPairs = (t.virtualPairs ?? 0) + delta;
  }

  /** A card changes from `before` (absent: added) to `after` (absent: deleted). */
  card(before: CardRecord | undefined, after: CardRecord | undefined): void {
    const any = (after ?? before)!;
    let t = this.decks.get(any.deckId);
    if (!t) this.decks.set(any.deckId, (t = emptyTally(any.deckId)));
    if (before) countCard(t, before, -1);
    if (after) countCard(t, after, 1);
    if ((before ? cardEvidence(before) : 0) !== (after ? cardEvidence(after) : 0)) t.wordChanges = (t.wordChanges ?? 0) + 1;
    const was = before ? isMature(before) : false;
    const is = after ? isMature(after) : false;
    const key = `${any.deckId}\u0000${any.pairId}`;
    const p = this.pairs.get(key);
    const seen = p?.cards.get(any.cardId);
    // Changed twice in one transaction: what it was first, what it is last.
    if (seen) seen.is = is;
    else if (was !== is) {
      if (p) p.cards.set(any.cardId, { was, is });
      else this.pairs.set(key, { deckId: any.deckId, pairId: any.pairId, cards: new Map([[any.cardId, { was, is }]]) });
    }
  }

  /**
   * What the update needs from storage: the tally records, and the other cards of each pair whose
   * known-ness may change. Before the card writes or after them, either works (reads queued behind
   * thousands of writes are slow: a large import reads first).
   */
  prepare(tx: Tx): Promise<DeckTally[]> {
    this.read ??= (async () => {
      const cards = tx.objectStore('cards');
      const [tallies] = await Promise.all([
        Promise.all([...this.decks.keys()].map(async (deckId) => (await tx.objectStore('tallies').get(deckId)) ?? emptyTally(deckId))),
        Promise.all([...this.pairs.values()].map(async ({ deckId, pairId, cards: changed }) => {
          // The pair's cards not changed here are as stored, whenever they are read.
          const others = (await cards.index('pair').getAll([deckId, pairId])).filter((c) => !changed.has(c.cardId) && isMature(c));
          const known = (state: 'was' | 'is') => others.length > 0 || [...changed.values()].some((c) => c[state]);
          if (known('was') !== known('is')) this.decks.get(deckId)!.knownPairs += known('is') ? 1 : -1;
        })),
      ]);
      return tallies;
    })();
    return this.read;
  }

  /** Writes the tallies: call once the card writes were made, before the transaction ends. */
  async write(tx: Tx): Promise<void> {
    const stored = await this.prepare(tx);
    const store = tx.objectStore('tallies');
    await Promise.all(stored.map((t) => {
      const delta = this.decks.get(t.deckId)!;
      for (const k of Object.keys(delta.states) as (keyof DeckTally['states'])[]) t.states[k] += delta.states[k];
      t.knownPairs += delta.knownPairs;
      if (delta.wordChanges) t.wordChanges = (t.wordChanges ?? 0) + delta.wordChanges;
      if (delta.virtualPairs) {
        const n = (t.virtualPairs ?? 0) + delta.virtualPairs;
        if (n === 0) delete t.virtualPairs;
        else t.virtualPairs = n;
      }
      for (const [bucket, n] of Object.entries(delta.due)) {
        const sum = (t.due[bucket] ?? 0) + n;
        if (sum === 0) delete t.due[bucket];
        else t.due[bucket] = sum;
      }
      return store.put(t);
    }));
  }
}

/** The tallies of every deck counted from its cards and sentences: the migration that adds them, and a repair. Reads in batches. */
export async function recountTallies(tx: Tx): Promise<void> {
  const decks = new Map<string, { tally: DeckTally; known: Set<string>; stored: Set<string> }>();
  const deck = (deckId: string) => {
    let d = decks.get(deckId);
    if (!d) decks.set(deckId, (d = { tally: emptyTally(deckId), known: new Set(), stored: new Set() }));
    return d;
  };
  for await (const batch of inParts(tx.objectStore('cards'), 'cards', 5000)) {
    for (const c of batch) {
      const d = deck(c.deckId);
      countCard(d.tally, c, 1);
      d.stored.add(c.pairId);
      if (isMature(c)) d.known.add(c.pairId);
    }
  }
  for await (const batch of inParts(tx.objectStore('pairs'), 'pairs', 5000)) {
    for (const p of batch) {
      const d = deck(p.deckId);
      if (!p.retired && !d.stored.has(p.pairId)) d.tally.virtualPairs = (d.tally.virtualPairs ?? 0) + 1;
    }
  }
  const store = tx.objectStore('tallies');
  await store.clear();
  await Promise.all([...decks.values()].map(({ tally, known }) => store.put({ ...tally, knownPairs: known.size })));
}
