// The compiler's one entry point: sources of one deck in, a compiled deck and
// a report out. Pure (no file system, no DOM): the CLI, the Vite plugin and
// the in-app import all call this.
import { assignIds, cardsOf } from './identity.ts';
import { Hash64 } from './hash.ts';
import { readUnit, type SourceUnit } from './sources.ts';
import { laoTokenizer, VocabularyBuilder, vietnameseTokens } from './tokens.ts';
import { validatePairs, type ValidPair } from './validate.ts';
import { planExercises } from '../exercise/plan.ts';
import { learnableWords } from '../vocab/learnable.ts';
import {
  DECK_FORMAT, DECK_FORMAT_VERSION,
  type CompiledDeck, type DeckMeta, type Diagnostic, type Pair, type Report,
} from './types.ts';

export interface CompileOptions {
  /**
   * Undo MT-corpus tokenisation (`a , b` → `a, b`): always, or 'auto' when most
   * lines look tokenised (the in-app import; a warning says it was done).
   * Unset: as the deck's own deck.json asks (DeckInput.detok).
   */
  detok?: boolean | 'auto';
  /** Every warning is an error. */
  strict?: boolean;
  /** A file whose columns are the wrong way round: refused (default), or swapped back with a warning. */
  swapped?: 'refuse' | 'swap';
  /**
   * false to validate only (the CLI's `check`): the deck is not assembled, which
   * skips word segmentation, most of a build's time.
   */
  emit?: boolean;
}

export interface DeckInput {
  meta: DeckMeta;
  units: SourceUnit[];
  /** Problems found before compiling (missing files, bad deck.json); they make the deck fail. */
  diagnostics?: Diagnostic[];
  /** deck.json asks for its sources to be detokenised. */
  detok?: boolean;
}

export interface CompileResult {
  /** null when there is any error (a deck is written whole or not at all), or when emit is false. */
  deck: CompiledDeck | null;
  report: Report;
}

/** A deck that passed its checks, not yet assembled: its pairs as validated, with their ids. */
export interface CheckedDeck {
  meta: DeckMeta;
  pairs: readonly ValidPair[];
  ids: readonly string[];
}

export function compileDeck(input: DeckInput, options: CompileOptions = {}): CompileResult {
  const { checked, report } = checkDeck(input, options);
  return { deck: checked && options.emit !== false ? assembleDeck(checked) : null, report };
}

/**
 * The first half of a compile, and the quick one (100,000 pairs in Node: 2.8 s of a build's 15 s):
 * sources read, pairs validated and given their ids, the report; null when there is any error.
 * The in-app import previews from this and assembles the deck when the learner saves it.
 */
export function checkDeck(input: DeckInput, options: CompileOptions = {}): { checked: CheckedDeck | null; report: Report } {
  const diagnostics: Diagnostic[] = [...(input.diagnostics ?? [])];
  const raw = input.units.flatMap((unit) => {
    const read = readUnit(unit);
    diagnostics.push(...read.diagnostics);
    return read.pairs;
  });
  const valid = validatePairs(raw, { ...options, detok: options.detok ?? input.detok });
  diagnostics.push(...valid.diagnostics);
  const ids = assignIds(valid.pairs, diagnostics);

  if (valid.pairs.length === 0 && !diagnostics.some((d) => d.severity === 'error')) {
    diagnostics.push({
      severity: 'error', code: 'empty-deck', file: input.units[0] ? unitPath(input.units[0]) : input.meta.id, line: 0, column: 0,
      message: 'no sentence pair is left to study; expected at least one Lao<TAB>Vietnamese line',
    });
  }
  if (options.strict) for (const d of diagnostics) d.severity = 'error';
  diagnostics.sort(byPosition);

  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const report: Report = {
    counts: {
      pairsRead: raw.length,
      pairs: valid.pairs.length,
      cards: valid.pairs.length * cardsOf('').length,
      duplicatesDropped: valid.duplicatesDropped,
      pairsDropped: valid.pairsDropped,
      warnings: diagnostics.length - errors,
      errors,
    },
    diagnostics,
  };
  return { checked: errors > 0 ? null : { meta: input.meta, pairs: valid.pairs, ids }, report };
}

/** The second half: each sentence's words, the exercise plan and the vocabularies; the deck as written. */
export function assembleDeck({ meta, pairs: checked, ids }: CheckedDeck): CompiledDeck {
  const loWords = laoTokenizer();
  const loVocab = new VocabularyBuilder();
  const viVocab = new VocabularyBuilder();
  const provisional = checked.map((p) => ({ lo: loVocab.add(loWords(p.lo)), vi: viVocab.add(vietnameseTokens(p.vi)) }));
  const lo = loVocab.build();
  const vi = viVocab.build();
  const { plans, words } = planExercises(checked.map((p) => p.vi), ids, checked.map((p) => p.clozes));
  const wordVocab = new VocabularyBuilder();
  const provisionalWords = learnableWords(words).map((keys) => wordVocab.add(keys));
  const learnable = wordVocab.build();
  const pairs: Pair[] = checked.map((p, i) => ({
    id: ids[i]!,
    lo: p.lo,
    vi: p.vi,
    loTokens: provisional[i]!.lo.map((t) => lo.finalIndex[t]!),
    viTokens: provisional[i]!.vi.map((t) => vi.finalIndex[t]!),
    ...(p.tags ? { tags: p.tags } : {}),
    ...(p.note ? { note: p.note } : {}),
    cloze: plans[i]!.cloze,
    options: plans[i]!.options,
    words: provisionalWords[i]!.map((t) => learnable.finalIndex[t]!),
  }));
  return {
    format: DECK_FORMAT,
    version: DECK_FORMAT_VERSION,
    ...meta,
    contentHash: contentHash(pairs),
    pairs,
    vocabulary: { lo: lo.entries, vi: vi.entries, words: learnable.entries },
  };
}

function unitPath(unit: SourceUnit): string {
  return unit.kind === 'parallel' ? unit.lo.path : unit.file.path;
}

function contentHash(pairs: Pair[]): string {
  const hash = new Hash64();
  // The exercise plan and the words are part of it: a deck planned anew is installed anew (progress kept).
  for (const p of pairs) hash.add(`${p.id}\u0001${p.lo}\u0001${p.vi}\u0001${p.tags?.join(' ') ?? ''}\u0001${p.note ?? ''}\u0001${JSON.stringify([p.cloze, p.options, p.words])}\u0002`);
  return hash.digest();
}

function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line || a.column - b.column;
}
