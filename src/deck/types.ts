// The data of the deck compiler, defined once. The app, the CLI, the Vite
// plugin and storage all speak these types.

export type Severity = 'error' | 'warning';

/** Every diagnostic the compiler can give; stable, so tools and the UI can key on them. */
export type DiagnosticCode =
  // errors: nothing is written
  | 'file-not-found'
  | 'unknown-format'
  | 'invalid-utf8'
  | 'column-count'
  | 'unterminated-quote'
  | 'bad-quote'
  | 'bad-header'
  | 'parallel-length'
  | 'columns-swapped'
  | 'bad-deck-meta'
  | 'duplicate-id'
  | 'empty-deck'
  // warnings: the pair is dropped, the rest builds
  | 'no-lao-script'
  | 'vi-in-lao-script'
  | 'untranslated'
  | 'empty-side'
  | 'cut-off'
  // warnings: the pair is kept
  | 'columns-swapped-fixed'
  | 'detokenised'
  | 'mojibake-repaired'
  | 'unknown-column'
  | 'duplicate-pair'
  | 'conflicting-translation'
  | 'length-ratio'
  | 'caption';

export interface Diagnostic {
  severity: Severity;
  code: DiagnosticCode;
  file: string;
  /** 1-based; 0 when the diagnostic is about the whole file. */
  line: number;
  /** 1-based, in characters (code points) of the decoded line; 0 when not about a position. */
  column: number;
  message: string;
}

/** One input file as bytes; the core never touches a file system. */
export interface SourceFile {
  path: string;
  bytes: Uint8Array;
}

/** A sentence pair as read from a source, before validation. */
export interface RawPair {
  file: string;
  /** The file of the Vietnamese side when it differs (parallel .lo/.vi files). */
  viFile?: string;
  line: number;
  /** 1-based columns (in characters) where each side starts on its line. */
  loColumn: number;
  viColumn: number;
  lo: string;
  vi: string;
  id?: string;
  tags?: string[];
  note?: string;
  /** Words a deck author marked for the cloze ({{c1::…}} in the Vietnamese column). */
  clozes?: string[];
}

export interface LocalisedTitle {
  lo: string;
  vi: string;
  en?: string;
}

/** Deck metadata, as written in content/<deck>/deck.json. */
export interface DeckMeta {
  id: string;
  title: LocalisedTitle;
  /** Attribution shown with the deck, e.g. "KPL (kpl.gov.la)". */
  source?: string;
  /** A course: its order is the author's and new cards follow it, whatever order the learner chose for other decks. */
  course?: boolean;
  from: 'lo';
  to: 'vi';
}

export interface Pair {
  /** Stable across rebuilds; see docs/decks.md, "Card and pair identity". */
  id: string;
  lo: string;
  vi: string;
  /** Indices into the deck's vocabulary.lo / vocabulary.vi. */
  loTokens: number[];
  viTokens: number[];
  tags?: string[];
  note?: string;
  /** The words a cloze of this pair hides (src/exercise/plan.ts), as written in `vi`. */
  cloze?: string[];
  /** For each hidden word, the four options of a choice (empty: too few words in the deck to offer them). */
  options?: string[][];
  /** The sentence's learnable Vietnamese words (src/vocab/learnable.ts): indices into vocabulary.words. */
  words?: number[];
}

/**
 * recognition: the Vietnamese shown, its meaning asked; production: the Lao
 * shown, the Vietnamese asked; cloze: the Vietnamese with a word hidden, the
 * Lao as the hint; dictation: the Vietnamese heard, written or picked.
 */
export type CardKind = 'recognition' | 'production' | 'cloze' | 'dictation';

export interface CardRef {
  id: string;
  pairId: string;
  kind: CardKind;
}

/** A word (Lao) or syllable (Vietnamese, lower case) and how often it occurs in the deck. */
export type VocabularyEntry = [word: string, count: number];

export const DECK_FORMAT = 'lovi-deck';
export const DECK_FORMAT_VERSION = 1;

/** A compiled deck: what the app downloads, caches and installs. */
export interface CompiledDeck extends DeckMeta {
  format: typeof DECK_FORMAT;
  version: typeof DECK_FORMAT_VERSION;
  /** Content hash of the pairs, so the app can tell a changed deck from the one it installed. */
  contentHash: string;
  /** In study order (the order of the sources). */
  pairs: Pair[];
  /** lo, vi: every token; words: the learnable Vietnamese words (names and numbers left out), with the sentences each is in. */
  vocabulary: { lo: VocabularyEntry[]; vi: VocabularyEntry[]; words?: VocabularyEntry[] };
}

/** One row of the deck index: enough for a deck list without loading the deck. */
export interface DeckSummary extends DeckMeta {
  contentHash: string;
  pairs: number;
  cards: number;
  /** Where the compiled deck lives, relative to the index (CLI) or absolute URL (app). */
  file: string;
}

export interface ReportCounts {
  pairsRead: number;
  pairs: number;
  cards: number;
  duplicatesDropped: number;
  pairsDropped: number;
  warnings: number;
  errors: number;
}

export interface Report {
  counts: ReportCounts;
  diagnostics: Diagnostic[];
}
