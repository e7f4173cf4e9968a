// A sentence with its cloze words as gaps: where each hidden word stands in
// the text as it is now (the learner may have edited it since the deck planned
// the cloze; a word no longer there is simply not hidden).
export type Segment = { text: string } | { gap: number };

export function gapsOf(sentence: string, hidden: readonly string[]): { segments: Segment[]; words: string[] } {
  const segments: Segment[] = [];
  const words: string[] = [];
  let from = 0;
  for (const word of hidden) {
    const at = sentence.indexOf(word, from);
    if (at < 0) continue;
    if (at > from) segments.push({ text: sentence.slice(from, at) });
    segments.push({ gap: words.length });
    words.push(word);
    from = at + word.length;
  }
  if (from < sentence.length) segments.push({ text: sentence.slice(from) });
  return { segments, words };
}
