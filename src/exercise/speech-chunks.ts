// Long sentences read aloud in parts: Chrome stops an utterance after about
// 15 seconds, and a slow Vietnamese voice says about 10 characters a second.
// Parts end at a sentence mark where possible, else at a comma, else between
// words, and never split a word. Pure.

/** Characters in one utterance: under 15 s at the slow rate. */
export const MAX_CHARS = 140;

export function speechChunks(text: string, max = MAX_CHARS): string[] {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean ? [clean] : [];
  for (const breaks of [/(?<=[.!?;:…])\s+/, /(?<=[,،、])\s+/, /\s+/]) {
    const parts = clean.split(breaks);
    if (parts.length < 2) continue;
    const chunks: string[] = [];
    let current = '';
    for (const part of parts) {
      if (current && current.length + 1 + part.length > max) {
        chunks.push(current);
        current = part;
      } else {
        current = current ? `${current} ${part}` : part;
      }
    }
    if (current) chunks.push(current);
    // Parts still too long are split again at a weaker break.
    return chunks.flatMap((c) => (c.length > max ? speechChunks(c, max) : [c]));
  }
  // One word longer than a chunk: said whole.
  return [clean];
}
