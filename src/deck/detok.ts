// Undo the tokenisation of machine-translation corpora (Moses-style), which
// puts a space around every punctuation mark: `thế đấy , mọi vật`,
// `( MPTC )`, `ອິນໂດເນເຊຍ .`. Opt-in (--detok, deck.json "detok": true, or
// the in-app import when most lines look tokenised): in hand-written text a
// space before punctuation may be intended.

// No space before these.
const CLOSERS = /\s+([,.;:!?%)\]}»”’…、])/g;
// No space after these.
const OPENERS = /([(\[{«“‘])\s+/g;
// `10 : 30` and `3 , 5` are numbers, not a clause.
const NUMERIC = /(\d) ?([:.,]) ?(\d)/g;

export function detokenise(text: string): string {
  const quoted = text.includes('"') ? tightenStraightQuotes(text) : text;
  return quoted.replace(CLOSERS, '$1').replace(OPENERS, '$1').replace(NUMERIC, '$1$2$3');
}

/** `" a b "` → `"a b"`: straight quotes alternate between opening and closing. */
function tightenStraightQuotes(text: string): string {
  let open = true;
  const out = text.replace(/\s*"\s*/g, () => {
    const result = open ? ' "' : '" ';
    open = !open;
    return result;
  });
  return out.trim();
}

// A space before a closing mark, or a straight quote with spaces on both sides.
const TOKENISED = /\s[,.;:!?%)\]}»”’…]|(^|\s)"\s/;
const PUNCTUATED = /[,.;:!?%)\]}»”’…"]/;
/** Share of punctuated texts that must look tokenised; a hand-written file has at most a stray one. */
const TOKENISED_SHARE = 0.6;
const TOKENISED_MIN = 3;

/** Whether most texts that have punctuation at all have it tokenised (`a , b`, `" cám ơn "`). */
export function looksTokenised(texts: readonly string[]): boolean {
  let punctuated = 0;
  let tokenised = 0;
  for (const text of texts) {
    if (!PUNCTUATED.test(text)) continue;
    punctuated++;
    if (TOKENISED.test(text)) tokenised++;
  }
  return tokenised >= TOKENISED_MIN && tokenised / punctuated >= TOKENISED_SHARE;
}
