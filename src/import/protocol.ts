// What the page and the import worker say to each other. The compiled deck
// stays in the worker (a 100,000-pair deck is tens of megabytes: copying it
// to the page would block it); the page gets a preview and progress only.
import type { Pair } from '../deck/types.ts';
import type { ImportCounts } from './compare.ts';
import type { DiagnosticGroup } from './diagnostic-groups.ts';

export type ImportSource =
  | { kind: 'files'; files: { name: string; bytes: Uint8Array<ArrayBuffer> }[] }
  | { kind: 'text'; name: string; text: string };

/**
 * Stored (settings store) while a save runs, removed when the deck is complete:
 * a save cut short (the page closed) is finished at the next start from it.
 */
export const PENDING_IMPORT_KEY = 'pendingImport';
export interface PendingImport {
  source: ImportSource;
  title: string;
}

export type ImportRequest =
  | { type: 'compile'; source: ImportSource; title: string }
  /** The title changed: the deck it goes into may be another one. */
  | { type: 'compare'; title: string }
  | { type: 'save'; title: string };

export type ImportStage = 'reading' | 'checking' | 'comparing' | 'saving';

export interface ImportPreview {
  deckId: string;
  /** Whether a deck of that id is there already (the counts compare with it). */
  exists: boolean;
  counts: ImportCounts;
  /** The first pairs, as they will be studied. */
  sample: Pick<Pair, 'lo' | 'vi'>[];
  pairs: number;
  groups: DiagnosticGroup[];
  /** Errors: nothing can be saved. */
  errors: number;
}

export type ImportReply =
  | { type: 'progress'; stage: ImportStage; done: number; total: number }
  | { type: 'preview'; preview: ImportPreview }
  | { type: 'saved'; deckId: string; pairs: number }
  | { type: 'failed'; problem: 'storage-full' | 'save-failed' | 'files' };
