// The deck compiler's public surface.
export { compileDeck, type CompileOptions, type CompileResult, type DeckInput } from './compile.ts';
export { cardsOf, pairIdOfCard, CARD_KINDS } from './identity.ts';
export { formatOf, parallelPartner, UNKNOWN_FORMAT_HINT, type SourceUnit, type Format } from './sources.ts';
export { parseManifest, metaForFile, type DeckManifest } from './meta.ts';
export { formatDiagnostic, summarise, deckSummary } from './report.ts';
export * from './types.ts';
