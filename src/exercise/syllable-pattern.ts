// Letters and marks of a word, for splitting text into syllables (the
// compiler's own token rule). On its own so that the review screen's word
// marks (vocab/marks.ts) do not bring the exercises' tone rules into the
// start-up scripts.
export const SYLLABLE = /[\p{L}\p{M}\p{N}]+/gu;
