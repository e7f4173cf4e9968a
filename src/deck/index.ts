// The deck compiler's public surface.
export { compileDeck, type CompileOptions, type CompileResult, type DeckInput } from './compile';
export { cardsOf, CARD_KINDS } from './identity';
export { formatOf, parallelPartner, UNKNOWN_FORMAT_HINT, type SourceUnit, type Format } from './sources';
export { parseManifest, metaForFile, type DeckManifest } from './meta';
export { formatDiagnostic, summarise, deckSummary } from './report';
export * from './types';
