// A whole store read in batches, each its own short read-only transaction:
// a year's log or 100,000 cards read at once would hold the store for seconds
// and the memory of every record at once. Backups, the optimiser and the
// vocabulary read this way. Records written meanwhile after the last key read
// are included; the callers say what that means for them.
import type { StoreValue } from 'idb';
import type { Database } from './db.ts';
import type { CardRecord, DeckRecord, LoviDB, PairRecord } from './schema.ts';
import type { LogBatch } from '../history/batch.ts';

const KEY_OF = {
  decks: (r: DeckRecord) => r.id,
  pairs: (r: PairRecord) => [r.deckId, r.pairId],
  cards: (r: CardRecord) => [r.deckId, r.cardId],
  log: (r: LogBatch) => [r.dayNo, r.device],
  schedules: (r: { id: string }) => r.id,
} satisfies Record<string, (r: never) => IDBValidKey>;

export type BatchedStore = keyof typeof KEY_OF;

export async function* inBatches<N extends BatchedStore>(db: Database, store: N, size: number): AsyncGenerator<StoreValue<LoviDB, N>[]> {
  let after: IDBValidKey | null = null;
  for (;;) {
    const batch: StoreValue<LoviDB, N>[] = await db.getAll(store, after === null ? null : IDBKeyRange.lowerBound(after, true), size);
    yield batch;
    if (batch.length < size) return;
    after = (KEY_OF[store] as (r: StoreValue<LoviDB, N>) => IDBValidKey)(batch[batch.length - 1]!);
  }
}

/** The same, inside one transaction already open (a migration, a recount): one store of it, in parts of `size`. */
export async function* inParts<N extends BatchedStore>(store: { getAll(range: IDBKeyRange | null, count: number): Promise<unknown[]> }, name: N, size: number): AsyncGenerator<StoreValue<LoviDB, N>[]> {
  let after: IDBValidKey | null = null;
  for (;;) {
    const batch = (await store.getAll(after === null ? null : IDBKeyRange.lowerBound(after, true), size)) as StoreValue<LoviDB, N>[];
    if (batch.length === 0) return;
    yield batch;
    if (batch.length < size) return;
    after = (KEY_OF[name] as (r: StoreValue<LoviDB, N>) => IDBValidKey)(batch[batch.length - 1]!);
  }
}
