// How the log is stored: one batch per device and study day, each written
// by its device only and only ever appended to, so that replicating batches
// as documents never conflicts (the next issue) and an entry's place in its
// batch is an identity that holds on every device.
//
// An entry is four small integers in the batch's `rows` (which card, when,
// what, how long); the few fields most entries lack (an undo's target, a
// restored state, a wrong answer, a new card's place) are kept beside by
// place. A plain number array, not binary: it is JSON as it stands (backups,
// CouchDB documents), and IndexedDB stores small integers in a few bytes.
import { kindOfCard } from '../deck/identity.ts';
import type { CardKind } from '../deck/types.ts';
import type { CardState } from '../schedule/card-state.ts';
import { addDays, dayNumber, type StudyDay } from '../schedule/study-day.ts';
import { EXERCISE_ERRORS, type EntryBody, type ExerciseRecord, type Grade, type LogEntry, type NewEntry, type StateBefore } from './entry.ts';

export interface LogBatch {
  /** Days since 1970-01-01 of the study day (schedule/study-day.ts dayNumber): the key's first part, so a day's batches are one range. */
  dayNo: number;
  device: string;
  /** The cards it names, each once: `<deckId>\u0000<cardId>`. */
  cards: string[];
  /** Time of its first entry (ms); rows hold offsets from it. */
  t0: number;
  /** STRIDE integers an entry: card index, time offset, flags, duration (ms). */
  rows: number[];
  /** What an entry says beyond its row, by its place in the batch. */
  extra?: Record<number, Extra>;
}

interface Extra {
  of?: string;
  state?: CardState;
  suspended?: boolean;
  buriedDay?: StudyDay;
  given?: string;
  toneSlips?: string;
  spoken?: string;
  newKey?: number;
  /** An exercise's kind, where it is not its card's. */
  kind?: CardKind;
  /** A chosen interval too long for the flags. */
  days?: number;
}

export const STRIDE = 4;
const TYPES: readonly EntryBody['type'][] = ['review', 'undo', 'reset', 'suspend', 'unsuspend', 'bury', 'restore', 'move'];
/** A chosen interval (a review's `days`, a move's) is kept in flags bits 20–30 as days + 1, up to this. */
const DAYS_IN_FLAGS = 2046;
const MODES = [undefined, 'choice', 'type', 'self'] as const;

export function emptyBatch(day: StudyDay, device: string, t0: number): LogBatch {
  return { dayNo: dayNumber(day), device, cards: [], t0, rows: [] };
}

export const batchDay = (b: Pick<LogBatch, 'dayNo'>): StudyDay => addDays('1970-01-01', b.dayNo);
export const entryCount = (b: LogBatch): number => b.rows.length / STRIDE;
export const cardKey = (deckId: string, cardId: string): string => `${deckId}\u0000${cardId}`;

/** Entries by card (cardKey), each card's in the order given: what a replay of many cards starts from. */
export function entriesByCard<E extends Pick<LogEntry, 'deckId' | 'cardId'>>(entries: Iterable<E>, into = new Map<string, E[]>()): Map<string, E[]> {
  for (const e of entries) {
    const key = cardKey(e.deckId, e.cardId);
    const list = into.get(key);
    if (list) list.push(e);
    else into.set(key, [e]);
  }
  return into;
}

/** An entry's id: its batch's device and day, and its place there. */
export function entryId(b: Pick<LogBatch, 'device' | 'dayNo'>, seq: number): string {
  return `${b.device}/${b.dayNo}/${seq}`;
}

export function parseEntryId(id: string): { device: string; dayNo: number; seq: number } | null {
  const m = /^([^/]+)\/(-?\d+)\/(\d+)$/.exec(id);
  return m ? { device: m[1]!, dayNo: Number(m[2]), seq: Number(m[3]) } : null;
}

/** The batch with the entries at its end, in order (a new object: the stored one is untouched until written), and their ids. */
export function appendEntries(b: LogBatch, entries: readonly NewEntry[]): { batch: LogBatch; ids: string[] } {
  const cards = [...b.cards];
  const index = new Map(cards.map((k, i) => [k, i]));
  const rows = [...b.rows];
  const extras: Record<number, Extra> = { ...b.extra };
  const ids: string[] = [];
  for (const e of entries) {
    const seq = rows.length / STRIDE;
    const key = cardKey(e.deckId, e.cardId);
    let card = index.get(key);
    if (card === undefined) {
      card = cards.push(key) - 1;
      index.set(key, card);
    }
    const { flags, extra } = encodeBody(e);
    rows.push(card, e.at - b.t0, flags, e.type === 'review' ? e.durationMs : 0);
    if (extra) extras[seq] = extra;
    ids.push(entryId(b, seq));
  }
  const { extra: _, ...rest } = b;
  return { batch: { ...rest, cards, rows, ...(Object.keys(extras).length ? { extra: extras } : {}) }, ids };
}

/** The batch's entries, in the order they were appended; with `only`, just that card's (a card key). */
export function entriesOf(b: LogBatch, only?: string): LogEntry[] {
  const day = batchDay(b);
  const want = only === undefined ? -1 : b.cards.indexOf(only);
  if (only !== undefined && want < 0) return [];
  const out: LogEntry[] = [];
  for (let seq = 0, i = 0; i < b.rows.length; seq++, i += STRIDE) {
    const card = b.rows[i]!;
    if ((want >= 0 && card !== want) || card < 0) continue;
    const key = b.cards[card]!;
    const split = key.indexOf('\u0000');
    const common = { id: entryId(b, seq), deckId: key.slice(0, split), cardId: key.slice(split + 1), at: b.t0 + b.rows[i + 1]!, day, device: b.device };
    out.push({ ...common, ...decodeBody(b.rows[i + 2]!, b.rows[i + 3]!, b.extra?.[seq] ?? {}, common.cardId) } as LogEntry);
  }
  return out;
}

// flags: type (bits 0–2), grade (3–5), state before (6–7), mature before (8), leech (9),
// exercise mode (10–11), suggested grade (12–14), error kinds (15–19), chosen interval (20–30).
function encodeBody(e: NewEntry): { flags: number; extra: Extra | null } {
  const extra: Extra = {};
  let flags = TYPES.indexOf(e.type);
  const days = e.type === 'review' || e.type === 'move' ? e.days : undefined;
  if (days !== undefined) {
    if (days <= DAYS_IN_FLAGS) flags |= (days + 1) << 20;
    else extra.days = days;
  }
  if (e.type === 'review') {
    flags |= (e.grade << 3) | (e.stateBefore << 6) | (e.matureBefore ? 1 << 8 : 0) | (e.leech ? 1 << 9 : 0);
    if (e.newKey !== undefined) extra.newKey = e.newKey;
    const x = e.exercise;
    if (x) {
      flags |= MODES.indexOf(x.mode) << 10;
      flags |= (x.suggested ?? 0) << 12;
      for (const err of x.errors) flags |= 1 << (15 + EXERCISE_ERRORS.indexOf(err));
      if (x.given !== undefined) extra.given = x.given;
      if (x.toneSlips) extra.toneSlips = x.toneSlips;
      if (x.spoken) extra.spoken = x.spoken;
      if (x.kind !== kindOfCard(e.cardId)) extra.kind = x.kind;
    }
  } else if (e.type === 'undo') {
    extra.of = e.of;
  } else if (e.type === 'restore') {
    extra.state = e.state;
    if (e.suspended) extra.suspended = true;
    if (e.buriedDay !== undefined) extra.buriedDay = e.buriedDay;
  }
  return { flags, extra: Object.keys(extra).length ? extra : null };
}

function decodeBody(flags: number, durationMs: number, x: Extra, cardId: string): EntryBody {
  const type = TYPES[flags & 7]!;
  const inFlags = (flags >> 20) & 2047;
  const days = inFlags > 0 ? inFlags - 1 : x.days;
  if (type === 'move') return { type, days: days! };
  if (type === 'undo') return { type, of: x.of! };
  if (type === 'restore') return { type, state: x.state!, ...(x.suspended ? { suspended: true } : {}), ...(x.buriedDay !== undefined ? { buriedDay: x.buriedDay } : {}) };
  if (type !== 'review') return { type } as EntryBody;
  const mode = MODES[(flags >> 10) & 3];
  const suggested = (flags >> 12) & 7;
  const exercise: ExerciseRecord | undefined = mode && {
    kind: x.kind ?? kindOfCard(cardId), mode,
    errors: EXERCISE_ERRORS.filter((_, i) => flags & (1 << (15 + i))),
    ...(suggested ? { suggested: suggested as Grade } : {}),
    ...(x.given !== undefined ? { given: x.given } : {}),
    ...(x.toneSlips ? { toneSlips: x.toneSlips } : {}),
    ...(x.spoken ? { spoken: x.spoken } : {}),
  };
  return {
    type, grade: ((flags >> 3) & 7) as Grade, durationMs, stateBefore: ((flags >> 6) & 3) as StateBefore, matureBefore: (flags & (1 << 8)) !== 0,
    ...(flags & (1 << 9) ? { leech: true } : {}),
    ...(x.newKey !== undefined ? { newKey: x.newKey } : {}),
    ...(exercise ? { exercise } : {}),
    ...(days !== undefined ? { days } : {}),
  };
}

/**
 * The batch without the deck's entries (the learner erased its history): their
 * rows blanked where they stand (card index −1) and their card names and extras
 * gone, so every other entry keeps its place, and its id. The same batch if it has none.
 */
export function eraseDeck(b: LogBatch, deckId: string): LogBatch {
  const prefix = `${deckId}\u0000`;
  const gone = new Set(b.cards.flatMap((k, i) => (k.startsWith(prefix) ? [i] : [])));
  if (gone.size === 0) return b;
  const rows = [...b.rows];
  const extra = { ...b.extra };
  for (let i = 0; i < rows.length; i += STRIDE) {
    if (!gone.has(rows[i]!)) continue;
    rows.splice(i, STRIDE, -1, 0, 0, 0);
    delete extra[i / STRIDE];
  }
  const { extra: _, ...rest } = b;
  return { ...rest, cards: b.cards.map((k, i) => (gone.has(i) ? '' : k)), rows, ...(Object.keys(extra).length ? { extra } : {}) };
}

/** A time a Date can hold, from 1970 on. */
const validTime = (t: number) => Number.isFinite(t) && t >= 0 && t <= 8.64e15;

/** What is wrong with a batch read from outside (a backup file, later a server), or null: the field at fault. */
export function checkBatch(b: unknown): string | null {
  if (typeof b !== 'object' || b === null) return '(record)';
  const x = b as Partial<LogBatch>;
  // Study days from 1970 to the year 2500.
  if (!Number.isInteger(x.dayNo) || x.dayNo! < 0 || x.dayNo! > 193_000) return 'dayNo';
  if (typeof x.device !== 'string' || !/^[^/]+$/.test(x.device)) return 'device';
  if (typeof x.t0 !== 'number' || !validTime(x.t0)) return 't0';
  if (!Array.isArray(x.cards) || !x.cards.every((k) => typeof k === 'string' && (k === '' || k.includes('\u0000')))) return 'cards';
  const rows = x.rows;
  if (!Array.isArray(rows) || rows.length % STRIDE !== 0 || !rows.every((n) => Number.isInteger(n))) return 'rows';
  if (x.extra !== undefined && (typeof x.extra !== 'object' || x.extra === null)) return 'extra';
  for (let i = 0; i < rows.length; i += STRIDE) {
    const [card, , flags, duration] = [rows[i]!, rows[i + 1]!, rows[i + 2]!, rows[i + 3]!];
    if (card === -1) continue;
    if (card < 0 || card >= x.cards.length || x.cards[card] === '') return 'rows';
    const type = TYPES[flags & 7];
    const extra = x.extra?.[i / STRIDE];
    if (!type || duration < 0 || !validTime(x.t0 + rows[i + 1]!)) return 'rows';
    const grade = (flags >> 3) & 7;
    if (type === 'review' && (grade < 1 || grade > 4)) return 'rows';
    if (type === 'undo' && typeof extra?.of !== 'string') return 'extra';
    const days = ((flags >> 20) & 2047) - 1;
    if (type === 'move' && days < 0 && !(Number.isInteger(extra?.days) && extra!.days! > DAYS_IN_FLAGS)) return 'extra';
    if (type === 'restore' && (typeof extra?.state !== 'object' || extra.state === null || typeof extra.state.due !== 'number')) return 'extra';
  }
  return null;
}
