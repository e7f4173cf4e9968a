// What a learner's CouchDB database holds: the documents sync replicates, and
// their names. Three kinds, by who may write them:
// - a log batch (`log:<device>:<day>`), written by its device only and only
//   ever appended to (history/batch.ts): a later copy extends the earlier;
// - a schedule change (`schedule:<id>`), written once by its device;
// - a stamped document (`setting:…`, `deck:…`, `pair:…`): what a learner may
//   change on any device (settings, a deck's kinds, their own sentences and
//   edits). Its value carries the hybrid-clock stamp of the edit (hlc.ts): the
//   later edit wins, on every device alike. A removal is a value of null, so
//   that it too has a stamp and orders against edits.
// Their names are made in names.ts (apart, as the start-up scripts need them and nothing else of this).
// CouchDB's own fields (`_id`, `_rev`) stay at this boundary: the app's
// records never carry them (the adapter maps, storage/sync-*.ts).
import type { LogBatch } from '../history/batch.ts';
import type { ScheduleChange } from '../history/timeline.ts';
import type { StampedKind } from './names.ts';
import type { CardKind, LocalisedTitle } from '../deck/types.ts';

export interface LogDoc {
  _id: string;
  _rev?: string;
  type: 'log';
  batch: LogBatch;
}

export interface ScheduleDoc {
  _id: string;
  _rev?: string;
  type: 'schedule';
  change: ScheduleChange;
}

export interface StampedDoc<T = unknown> {
  _id: string;
  _rev?: string;
  type: 'stamped';
  /** The edit's stamp (hlc.ts formatStamp). */
  stamp: string;
  /** Null: removed. */
  value: T | null;
}

export type SyncDoc = LogDoc | ScheduleDoc | StampedDoc;

/**
 * A learner's own deck (`deck:<id>`): what an import or a sentence typed made, as the deck gave it
 * (the learner's later edits of a sentence travel on their own, `pair:…`). Null: the deck deleted
 * (its history stays on every device). A shipped deck's sentences come with the app instead.
 */
export interface OwnDeckValue {
  title: LocalisedTitle;
  source?: string;
  course?: boolean;
  contentHash: string;
  /** In study order. `words`: its learnable words as text (storage/schema.ts PairRecord). */
  pairs: { id: string; lo: string; vi: string; words?: string[]; tags?: string[]; note?: string; cloze?: string[]; options?: string[][] }[];
}

/** The kinds of card a deck studies (`deck:<id>:kinds`). */
export type KindsValue = CardKind[];

/** The learner's text of a sentence (`pair:<deck>:<pair>`); null: back to the deck's own. */
export interface PairEditValue {
  lo: string;
  vi: string;
  words?: string[];
}

/** The kind of a document's name and its parts (decoded), or null for a name sync does not use. */
export function parseDocId(id: string): { kind: 'log' | 'schedule' | StampedKind; parts: string[] } | null {
  const colon = id.indexOf(':');
  if (colon < 0) return null;
  const kind = id.slice(0, colon);
  const rest = id.slice(colon + 1);
  if (kind === 'log') {
    const m = /^([^:]+):(-?\d+)$/.exec(rest);
    return m ? { kind, parts: [m[1]!, m[2]!] } : null;
  }
  if (kind === 'schedule') return rest ? { kind, parts: [rest] } : null;
  if (kind === 'setting' || kind === 'deck' || kind === 'pair') {
    try {
      return { kind, parts: rest.split(':').map(decodeURIComponent) };
    } catch {
      return null;
    }
  }
  return null;
}
