// A compiled deck as JSON text in pieces: the same text as JSON.stringify(deck),
// without holding it all as one string (a 100,000-pair deck's is 40 MB, and as
// a two-byte string with Lao in it, 80 MB of memory).
import type { CompiledDeck } from './types.ts';

/** The deck's JSON, a piece of about `size` characters at a time. */
export function* deckJson(deck: CompiledDeck, size = 1 << 20): Generator<string> {
  const shell = JSON.stringify({ ...deck, pairs: [] });
  const at = shell.indexOf('"pairs":[]') + '"pairs":['.length;
  let piece = shell.slice(0, at);
  for (let i = 0; i < deck.pairs.length; i++) {
    piece += (i ? ',' : '') + JSON.stringify(deck.pairs[i]);
    if (piece.length >= size) {
      yield piece;
      piece = '';
    }
  }
  yield piece + shell.slice(at);
}
