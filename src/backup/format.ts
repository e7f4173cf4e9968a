// The backup file: everything a learner has, in one versioned document.
// Checked field by field before anything is written, so a foreign, truncated
// or corrupted file is refused with a reason and changes nothing.
//
// Version 2 carries the compact log (its batches as stored, and the
// scheduling settings over time); version 1 (before the compact history)
// carried an entry per review with the card's states, and still imports.
import type { CardRecord, DeckRecord, PairRecord } from '../storage/schema.ts';
import { checkBatch, type LogBatch } from '../history/batch.ts';
import type { LegacyReviewEntry } from '../history/legacy.ts';
import type { ScheduleChange } from '../history/timeline.ts';

export const BACKUP_FORMAT = 'lovi-backup';
export const BACKUP_VERSION = 2;

/** The lists a file of this version holds, in the order they are written. */
export const BACKUP_STORES = ['decks', 'pairs', 'cards', 'log', 'schedules'] as const;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: 1 | 2;
  exportedAt: number;
  decks: DeckRecord[];
  pairs: PairRecord[];
  cards: CardRecord[];
  log: LogBatch[];
  schedules: ScheduleChange[];
  /** Version 1's log (empty in version 2). */
  reviews: LegacyReviewEntry[];
  settings: Record<string, unknown>;
}

export type BackupProblem =
  | { kind: 'not-gzip' }
  | { kind: 'not-json' }
  | { kind: 'not-lovi' }
  | { kind: 'too-new'; version: number }
  | { kind: 'bad-record'; store: string; index: number; field: string };

export type Checked = { ok: true; backup: Backup } | { ok: false; problem: BackupProblem };

type Shape = Record<string, 'string' | 'number' | 'boolean' | 'object'>;
const STATE: Shape = { due: 'number', stability: 'number', difficulty: 'number', reps: 'number', lapses: 'number', state: 'number', scheduledDays: 'number' };
const SHAPES: Record<'decks' | 'pairs' | 'cards' | 'reviews' | 'schedules', Shape> = {
  decks: { id: 'string', contentHash: 'string', pairs: 'number', title: 'object' },
  pairs: { deckId: 'string', pairId: 'string', lo: 'string', vi: 'string', order: 'number', retired: 'boolean' },
  cards: { deckId: 'string', cardId: 'string', pairId: 'string', kind: 'string', order: 'number', queue: 'number', sortKey: 'number', ...STATE },
  reviews: { id: 'string', deckId: 'string', cardId: 'string', pairId: 'string', grade: 'number', at: 'number', day: 'string', durationMs: 'number', before: 'object', after: 'object' },
  schedules: { id: 'string', device: 'string', at: 'number', settings: 'object' },
};

function checkRecord(record: unknown, shape: Shape): string | null {
  if (typeof record !== 'object' || record === null) return '(record)';
  const r = record as Record<string, unknown>;
  for (const [field, type] of Object.entries(shape)) {
    const v = r[field];
    if (typeof v !== type || v === null || (type === 'number' && !Number.isFinite(v))) return field;
  }
  return null;
}

function checkOne(store: string, record: unknown): string | null {
  if (store === 'log') return checkBatch(record);
  const field = checkRecord(record, SHAPES[store as keyof typeof SHAPES]);
  if (field || store !== 'reviews') return field;
  const e = record as LegacyReviewEntry;
  return ![1, 2, 3, 4].includes(e.grade) ? 'grade' : checkRecord(e.before, STATE) ? 'before' : checkRecord(e.after, STATE) ? 'after' : null;
}

export function checkBackup(data: unknown): Checked {
  if (typeof data !== 'object' || data === null || (data as { format?: unknown }).format !== BACKUP_FORMAT) return { ok: false, problem: { kind: 'not-lovi' } };
  const d = data as Record<string, unknown>;
  if (typeof d.version !== 'number' || d.version < 1) return { ok: false, problem: { kind: 'not-lovi' } };
  if (d.version > BACKUP_VERSION) return { ok: false, problem: { kind: 'too-new', version: d.version } };
  const stores = d.version === 1 ? ['decks', 'pairs', 'cards', 'reviews'] : BACKUP_STORES;
  for (const store of stores) {
    const list = d[store];
    if (!Array.isArray(list)) return { ok: false, problem: { kind: 'bad-record', store, index: -1, field: store } };
    for (let i = 0; i < list.length; i++) {
      const field = checkOne(store, list[i]);
      if (field) return { ok: false, problem: { kind: 'bad-record', store, index: i, field } };
    }
  }
  if (typeof d.settings !== 'object' || d.settings === null) return { ok: false, problem: { kind: 'bad-record', store: 'settings', index: -1, field: 'settings' } };
  const backup = { log: [], schedules: [], reviews: [], ...d } as unknown as Backup;
  return { ok: true, backup };
}

/** A date-stamped file name: lovi-backup-2026-03-10.json.gz */
export function backupFileName(day: string): string {
  return `lovi-backup-${day}.json.gz`;
}
