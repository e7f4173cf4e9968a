// From raw rows to the pairs worth studying: normalise every field, refuse
// files whose columns are swapped, drop noisy pairs with a warning, and
// report duplicates, conflicts, odd lengths and captions.
import { normaliseField, identityKey } from './normalise.ts';
import { detokenise, looksTokenised } from './detok.ts';
import { clozeMarks } from '../exercise/cloze.ts';
import { isMostlyLao, measure } from './script.ts';
import { cutAfterColon, dropReason, isCaption, lengthRatio, ratioIsSuspicious, usualRatio, type DropReason, type MeasuredPair } from './checks.ts';
import type { Diagnostic, RawPair } from './types.ts';

export interface ValidateOptions {
  detok?: boolean | 'auto';
  /**
   * A file whose columns are the wrong way round: 'refuse' it (the CLI: a deck
   * author fixes the source) or 'swap' them back with a warning (the in-app
   * import: a learner just wants their sentences in).
   */
  swapped?: 'refuse' | 'swap';
}

export interface ValidPair extends RawPair, MeasuredPair {
  /** identityKey(lo): what the pair's id and duplicate detection use. */
  loKey: string;
  viKey: string;
}

export interface ValidateResult {
  pairs: ValidPair[];
  diagnostics: Diagnostic[];
  duplicatesDropped: number;
  pairsDropped: number;
}

const DROP_MESSAGES: Record<DropReason, string> = {
  'empty-side': 'one side is empty; expected a Lao sentence and its Vietnamese translation',
  untranslated: 'both sides are the same text (left untranslated)',
  'no-lao-script': 'the Lao side has no Lao script',
  'vi-in-lao-script': 'the Vietnamese side is written in Lao script',
  'cut-off': 'one side ends at ":" while the other goes on after it: the translation is cut off',
};

/** Share of a file's pairs that must look swapped before the whole file is refused. */
const SWAPPED_SHARE = 0.5;
const SWAPPED_MIN_PAIRS = 3;

export function validatePairs(raw: RawPair[], options: ValidateOptions = {}): ValidateResult {
  const diagnostics: Diagnostic[] = [];
  let detok = options.detok === true;
  if (options.detok === 'auto' && looksTokenised(raw.flatMap((p) => [p.lo, p.vi]))) {
    detok = true;
    const first = raw[0]!;
    diagnostics.push(warning('detokenised', first.file, 0, 0,
      'most lines have spaces around their punctuation, as machine-translation corpora do ("3 phút , Tiến sĩ"); the spaces were removed'));
  }
  const clean = (text: string) => (detok ? detokenise(normaliseField(text)) : normaliseField(text));
  const normalised = raw.map((p) => {
    const lo = clean(p.lo);
    // Anki's cloze marks ({{c1::…}}) name the words to hide; the sentence is kept without them.
    const { text: vi, hidden } = clozeMarks(clean(p.vi));
    return { ...p, lo, vi, loM: measure(lo), viM: measure(vi), ...(hidden.length ? { clozes: hidden } : {}) };
  });

  const refused = swappedFiles(normalised, diagnostics, options.swapped ?? 'refuse');
  const kept: ValidPair[] = [];
  let pairsDropped = 0;
  for (const raw of normalised) {
    if (refused.get(raw.file) === 'refuse') continue;
    const p = refused.get(raw.file) === 'swap' ? swapSides(raw) : raw;
    const reason = dropReason(p);
    if (reason) {
      pairsDropped++;
      const onVi = reason === 'vi-in-lao-script' || (reason === 'cut-off' && cutAfterColon(p.lo, p.vi) === 'vi');
      diagnostics.push(warning(reason, onVi ? (p.viFile ?? p.file) : p.file, p.line, onVi ? p.viColumn : p.loColumn,
        `${DROP_MESSAGES[reason]}; the pair is left out`));
      continue;
    }
    kept.push({ ...p, loKey: identityKey(p.lo), viKey: identityKey(p.vi) });
  }

  const unique = dropDuplicates(kept, diagnostics);
  reportConflicts(unique, diagnostics);
  reportOddPairs(unique, diagnostics);
  return { pairs: unique, diagnostics, duplicatesDropped: kept.length - unique.length, pairsDropped };
}

function warning(code: Diagnostic['code'], file: string, line: number, column: number, message: string): Diagnostic {
  return { severity: 'warning', code, file, line, column, message };
}

type Measured = RawPair & MeasuredPair;

function swapSides(p: Measured): Measured {
  return { ...p, lo: p.vi, vi: p.lo, loM: p.viM, viM: p.loM, loColumn: p.viColumn, viColumn: p.loColumn };
}

/**
 * Files where most pairs have their columns the wrong way round are errors, not
 * noise; with `swapped: 'swap'`, a file whose columns are plainly exchanged
 * (Lao script on the Vietnamese side, none on the Lao side) is swapped back.
 */
function swappedFiles(pairs: Measured[], diagnostics: Diagnostic[], swapped: 'refuse' | 'swap'): Map<string, 'refuse' | 'swap'> {
  const byFile = new Map<string, { n: number; loWithoutLao: number; viInLao: number; first: RawPair }>();
  for (const p of pairs) {
    if (p.lo === '' || p.vi === '') continue;
    const s = byFile.get(p.file) ?? { n: 0, loWithoutLao: 0, viInLao: 0, first: p };
    s.n++;
    if (p.loM.lao === 0) s.loWithoutLao++;
    if (isMostlyLao(p.viM)) s.viInLao++;
    byFile.set(p.file, s);
  }
  const refused = new Map<string, 'refuse' | 'swap'>();
  for (const [file, s] of byFile) {
    if (s.n < SWAPPED_MIN_PAIRS) continue;
    const loBad = s.loWithoutLao / s.n > SWAPPED_SHARE;
    const viBad = s.viInLao / s.n > SWAPPED_SHARE;
    if (!loBad && !viBad) continue;
    if (swapped === 'swap' && loBad && viBad) {
      refused.set(file, 'swap');
      diagnostics.push(warning('columns-swapped-fixed', file, s.first.line, s.first.loColumn,
        `the columns were the wrong way round (Vietnamese first, then Lao) in ${s.viInLao} of ${s.n} pairs; they were swapped`));
      continue;
    }
    refused.set(file, 'refuse');
    const what = loBad && viBad
      ? `the columns look swapped: ${s.loWithoutLao} of ${s.n} pairs have no Lao script in the Lao column and ${s.viInLao} have Lao script in the Vietnamese column`
      : loBad
        ? `the Lao column has no Lao script in ${s.loWithoutLao} of ${s.n} pairs`
        : `the Vietnamese column is in Lao script in ${s.viInLao} of ${s.n} pairs`;
    diagnostics.push({
      severity: 'error', code: 'columns-swapped', file, line: s.first.line, column: s.first.loColumn,
      message: `${what}; expected Lao first, then Vietnamese (or name the columns lo and vi in a header line)`,
    });
  }
  return refused;
}

function where(p: RawPair): string {
  return `line ${p.line}${p.file ? ` of ${p.file}` : ''}`;
}

function dropDuplicates(pairs: ValidPair[], diagnostics: Diagnostic[]): ValidPair[] {
  const seen = new Map<string, ValidPair>();
  const unique: ValidPair[] = [];
  for (const p of pairs) {
    const key = `${p.loKey}\t${p.viKey}`;
    const first = seen.get(key);
    if (first && (first.id ?? '') === (p.id ?? '')) {
      diagnostics.push(warning('duplicate-pair', p.file, p.line, p.loColumn, `the same pair as ${where(first)}; merged into it`));
      continue;
    }
    seen.set(key, p);
    unique.push(p);
  }
  return unique;
}

function reportConflicts(pairs: ValidPair[], diagnostics: Diagnostic[]): void {
  const firstByLao = new Map<string, ValidPair>();
  for (const p of pairs) {
    const first = firstByLao.get(p.loKey);
    if (!first) {
      firstByLao.set(p.loKey, p);
    } else if (first.viKey !== p.viKey) {
      diagnostics.push(warning('conflicting-translation', p.viFile ?? p.file, p.line, p.viColumn,
        `the same Lao sentence as ${where(first)} has a different translation; both are kept (give each an id column to tell them apart for good)`));
    }
  }
}

function reportOddPairs(pairs: ValidPair[], diagnostics: Diagnostic[]): void {
  const usual = usualRatio(pairs.map(lengthRatio));
  for (const p of pairs) {
    if (isCaption(p.lo, p.vi)) {
      diagnostics.push(warning('caption', p.file, p.line, p.loColumn, 'this pair is only a caption or credit line; kept, but it teaches little'));
    }
    if (ratioIsSuspicious(p, usual)) {
      diagnostics.push(warning('length-ratio', p.viFile ?? p.file, p.line, p.viColumn,
        `the Vietnamese side is ${(lengthRatio(p) / usual).toFixed(2)}× as long as usual in this deck (${p.viM.letters} letters for ${p.loM.letters} Lao); part of the translation may be missing or extra`));
    }
  }
}
