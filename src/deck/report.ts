// Reports for people (one line a diagnostic, as compilers print them) and the
// deck index row.
import { cardsOf } from './identity.ts';
import type { CompiledDeck, DeckSummary, Diagnostic, ReportCounts } from './types.ts';

export function formatDiagnostic(d: Diagnostic): string {
  const at = d.line > 0 ? `${d.file}:${d.line}:${d.column}` : d.file;
  return `${at}: ${d.severity}: ${d.message} [${d.code}]`;
}

export function summarise(c: ReportCounts): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [
    `${plural(c.pairsRead, 'pair')} read`,
    `${plural(c.pairs, 'pair')} kept`,
    `${plural(c.cards, 'card')}`,
    `${plural(c.duplicatesDropped, 'duplicate')} merged`,
    `${c.pairsDropped} dropped`,
    plural(c.warnings, 'warning'),
    plural(c.errors, 'error'),
  ].join(', ');
}

export function deckSummary(deck: CompiledDeck, file: string): DeckSummary {
  const { id, title, source, course, from, to, contentHash } = deck;
  return {
    id, title, from, to, contentHash,
    ...(source !== undefined ? { source } : {}),
    ...(course ? { course } : {}),
    pairs: deck.pairs.length,
    cards: deck.pairs.length * cardsOf('').length,
    file,
  };
}
