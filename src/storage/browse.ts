// The card browser's reads: search in chunks (stopping at a page of
// results, never loading every sentence at once), leeches, and a card's history.
import { matcher } from '../browse/search.ts';
import type { Database } from './db.ts';
import { isLeech } from '../schedule/leech.ts';
import { Queue } from '../schedule/queue.ts';
import type { CardRecord, PairRecord } from './schema.ts';
import { byTime, effective, isReview, type ReviewLogEntry } from '../history/entry.ts';
import { cardEntries } from './log.ts';
import { kindsOf } from '../deck/identity.ts';
import { pairCards } from './new-records.ts';

export interface Found {
  pair: PairRecord;
  cards: CardRecord[];
}

const CHUNK = 2000;

/** Pairs matching `query`, at most `limit`; with `leechLapses`, only those with a card forgotten at least that often (a leech). */
export async function searchPairs(db: Database, query: string, limit = 50, leechLapses = 0): Promise<Found[]> {
  const matches = matcher(query);
  const found: PairRecord[] = leechLapses > 0 ? await leechPairs(db, matches, limit, leechLapses) : [];
  if (leechLapses > 0) return withCards(db, found);
  let after: [string, string] | null = null;
  while (found.length < limit) {
    const range: IDBKeyRange | undefined = after ? IDBKeyRange.lowerBound(after, true) : undefined;
    const chunk: PairRecord[] = await db.getAll('pairs', range, CHUNK);
    for (const p of chunk) if (!p.retired && matches(p) && found.length < limit) found.push(p);
    if (chunk.length < CHUNK) break;
    const last = chunk[chunk.length - 1]!;
    after = [last.deckId, last.pairId];
  }
  return withCards(db, found);
}

/** Pairs with a leech card, read through the cards in chunks (leeches are few; no index is kept for them). */
async function leechPairs(db: Database, matches: (p: PairRecord) => boolean, limit: number, lapses: number): Promise<PairRecord[]> {
  const found: PairRecord[] = [];
  const seen = new Set<string>();
  let after: [string, string] | null = null;
  while (found.length < limit) {
    const chunk: CardRecord[] = await db.getAll('cards', after ? IDBKeyRange.lowerBound(after, true) : undefined, CHUNK);
    const leeches = chunk.filter((c) => isLeech(c, lapses) && c.queue !== Queue.Retired && !seen.has(`${c.deckId}\u0000${c.pairId}`));
    for (const c of leeches) seen.add(`${c.deckId}\u0000${c.pairId}`);
    const pairs = await Promise.all(leeches.map((c) => db.get('pairs', [c.deckId, c.pairId])));
    for (const p of pairs) if (p && matches(p) && found.length < limit) found.push(p);
    if (chunk.length < CHUNK) break;
    const last = chunk[chunk.length - 1]!;
    after = [last.deckId, last.cardId];
  }
  return found;
}

/** Each pair with its cards in deck order; a sentence never studied, with the new cards it stands for (storage/new-cards.ts: written when acted on). */
async function withCards(db: Database, found: PairRecord[]): Promise<Found[]> {
  const tx = db.transaction(['decks', 'cards'], 'readonly');
  const decks = new Map((await tx.objectStore('decks').getAll()).map((d) => [d.id, d]));
  const results = await Promise.all(found.map(async (pair) => {
    const stored = await tx.objectStore('cards').index('pair').getAll([pair.deckId, pair.pairId]);
    const cards = stored.length ? stored : pairCards(pair, kindsOf(decks.get(pair.deckId)), 'deck');
    return { pair, cards: cards.sort((a, b) => a.order - b.order) };
  }));
  await tx.done;
  return results.sort((a, b) => (a.pair.deckId < b.pair.deckId ? -1 : a.pair.deckId > b.pair.deckId ? 1 : a.pair.order - b.pair.order));
}

/** A card's reviews, oldest first (undone ones left out). */
export async function cardHistory(db: Database, card: Pick<CardRecord, 'deckId' | 'cardId' | 'logDays'>): Promise<ReviewLogEntry[]> {
  const tx = db.transaction('log', 'readonly');
  return effective(await cardEntries(tx, card)).filter(isReview).sort(byTime);
}
