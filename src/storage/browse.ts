// The card browser's reads: search in chunks (stopping at a page of
// results, never loading every sentence at once) and a card's history.
import { matcher } from '../browse/search.ts';
import type { Database } from './db.ts';
import type { CardRecord, PairRecord, ReviewEntry } from './schema.ts';

export interface Found {
  pair: PairRecord;
  cards: CardRecord[];
}

const CHUNK = 2000;

export async function searchPairs(db: Database, query: string, limit = 50): Promise<Found[]> {
  const matches = matcher(query);
  const found: PairRecord[] = [];
  let after: [string, string] | null = null;
  while (found.length < limit) {
    const range: IDBKeyRange | undefined = after ? IDBKeyRange.lowerBound(after, true) : undefined;
    const chunk: PairRecord[] = await db.getAll('pairs', range, CHUNK);
    for (const p of chunk) if (!p.retired && matches(p) && found.length < limit) found.push(p);
    if (chunk.length < CHUNK) break;
    const last = chunk[chunk.length - 1]!;
    after = [last.deckId, last.pairId];
  }
  const tx = db.transaction('cards', 'readonly');
  // Cards in deck order: recognition, then production.
  const results = await Promise.all(found.map(async (pair) => ({ pair, cards: (await tx.store.index('pair').getAll([pair.deckId, pair.pairId])).sort((a, b) => a.order - b.order) })));
  await tx.done;
  return results.sort((a, b) => (a.pair.deckId < b.pair.deckId ? -1 : a.pair.deckId > b.pair.deckId ? 1 : a.pair.order - b.pair.order));
}

export function cardHistory(db: Database, deckId: string, cardId: string): Promise<ReviewEntry[]> {
  return db.getAllFromIndex('reviews', 'card', IDBKeyRange.bound([deckId, cardId, -Infinity], [deckId, cardId, Infinity]));
}
