// Fetching a compiled deck the build shipped (precached by the service worker).
import { DECK_FORMAT, DECK_FORMAT_VERSION, type CompiledDeck } from './types.ts';

export async function fetchDeck(url: string): Promise<CompiledDeck> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const deck = (await response.json()) as CompiledDeck;
  if (deck.format !== DECK_FORMAT || deck.version !== DECK_FORMAT_VERSION) {
    throw new Error(`${url}: not a Lovi deck of version ${DECK_FORMAT_VERSION}`);
  }
  return deck;
}
