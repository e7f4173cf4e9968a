// Keeping the per-deck tallies (stats/tallies.ts) in step with the cards:
// every write that changes a card tells a TallyUpdate what the card was and
// what it becomes, and the update is written in the same transaction, after
// the card writes, before it commits. A write that cannot change a figure
// (a new card's place in the new-card order) may skip it.
import { countCard, emptyTally, isMature, type DeckTally } from '../stats/tallies.ts';
import type { Database } from './db.ts';
import type { CardRecord, LoviDB } from './schema.ts';
import type { IDBPTransaction, StoreNames } from 'idb';

type Tx = IDBPTransaction<LoviDB, StoreNames<LoviDB>[], 'readwrite' | 'versionchange'>;

export class TallyUpdate {
  private readonly decks = new Map<string, DeckTally>();
  /** Pairs one of whose cards became or stopped being mature: whether the pair was known before this transaction, per card changed. */
  private readonly pairs = new Map<string, { deckId: string; pairId: string; before: Map<string, boolean> }>();

  /** A card changes from `before` (absent: added) to `after` (absent: deleted). */
  card(before: CardRecord | undefined, after: CardRecord | undefined): void {
    const any = (after ?? before)!;
    let t = this.decks.get(any.deckId);
    if (!t) this.decks.set(any.deckId, (t = emptyTally(any.deckId)));
    if (before) countCard(t, before, -1);
    if (after) countCard(t, after, 1);
    const wasMature = before ? isMature(before) : false;
    if (wasMature !== (after ? isMature(after) : false)) {
      const key = `${any.deckId}\u0000${any.pairId}`;
      let p = this.pairs.get(key);
      if (!p) this.pairs.set(key, (p = { deckId: any.deckId, pairId: any.pairId, before: new Map() }));
      // The first change of a card in this transaction says what it was before it.
      if (!p.before.has(any.cardId)) p.before.set(any.cardId, wasMature);
    }
  }

  /** Writes the changes: call after the card writes were made (awaited), before the transaction ends. */
  async write(tx: Tx): Promise<void> {
    const cards = tx.objectStore('cards');
    for (const { deckId, pairId, before } of this.pairs.values()) {
      // The pair's cards as this transaction leaves them; before it, the changed ones were as noted.
      const now = await cards.index('pair').getAll([deckId, pairId]);
      const knownAfter = now.some(isMature);
      const knownBefore = [...before.values()].some(Boolean) || now.some((c) => !before.has(c.cardId) && isMature(c));
      if (knownAfter !== knownBefore) this.decks.get(deckId)!.knownPairs += knownAfter ? 1 : -1;
    }
    const store = tx.objectStore('tallies');
    await Promise.all([...this.decks.values()].map(async (delta) => {
      const t = (await store.get(delta.deckId)) ?? emptyTally(delta.deckId);
      for (const k of Object.keys(delta.states) as (keyof DeckTally['states'])[]) t.states[k] += delta.states[k];
      t.knownPairs += delta.knownPairs;
      for (const [bucket, n] of Object.entries(delta.due)) {
        const sum = (t.due[bucket] ?? 0) + n;
        if (sum === 0) delete t.due[bucket];
        else t.due[bucket] = sum;
      }
      await store.put(t);
    }));
  }
}

/** The tallies of every deck counted from its cards: the migration that adds them, and a repair. Reads in batches. */
export async function recountTallies(tx: Tx): Promise<void> {
  const cards = tx.objectStore('cards');
  const decks = new Map<string, { tally: DeckTally; known: Set<string> }>();
  let after: IDBValidKey | null = null;
  for (;;) {
    const batch: CardRecord[] = await cards.getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), 5000);
    if (batch.length === 0) break;
    for (const c of batch) {
      let d = decks.get(c.deckId);
      if (!d) decks.set(c.deckId, (d = { tally: emptyTally(c.deckId), known: new Set() }));
      countCard(d.tally, c, 1);
      if (isMature(c)) d.known.add(c.pairId);
    }
    const last = batch[batch.length - 1]!;
    after = [last.deckId, last.cardId];
  }
  const store = tx.objectStore('tallies');
  await store.clear();
  await Promise.all([...decks.values()].map(({ tally, known }) => store.put({ ...tally, knownPairs: known.size })));
}

export function readTallies(db: Database): Promise<DeckTally[]> {
  return db.getAll('tallies');
}
