// The drill's syllables from a deck as stored: the adapter between the drill
// (drill.ts, pure) and the deck's pairs (storage), loaded with the drill.
import { deckPairs } from './deck-actions.ts';
import type { Database } from './db.ts';
import { drillSyllables, type DrillSyllable } from '../voice/drill.ts';

/** From its learnable words (names and numbers left out), or its sentences where they were not kept. */
export async function drillOf(db: Database, deckId: string, seed: number): Promise<DrillSyllable[]> {
  return drillSyllables((await deckPairs(db, deckId)).flatMap((p) => p.words ?? [p.vi]), seed);
}
