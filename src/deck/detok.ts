// Undo the tokenisation of machine-translation corpora (Moses-style), which
// puts a space around every punctuation mark: `thế đấy , mọi vật`,
// `( MPTC )`, `ອິນໂດເນເຊຍ .`. Opt-in (--detok): in hand-written text a space
// before punctuation may be intended.

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
