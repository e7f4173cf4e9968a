// The log in IndexedDB: the adapter around src/history/. Batches live in the
// 'log' store keyed [study day number, device], so a day's batches from every
// device are one key range; a card finds its own entries through the days it
// lists (CardRecord.logDays), never by a scan of the log.
import type { IDBPTransaction } from 'idb';
import { appendEntries, cardKey, emptyBatch, entriesOf, type LogBatch } from '../history/batch.ts';
import type { LogEntry, NewEntry } from '../history/entry.ts';
import { Timeline } from '../history/timeline.ts';
import { dayNumber, type StudyDay } from '../schedule/study-day.ts';
import type { Database } from './db.ts';
import { markBatch } from './outbox.ts';
import type { CardRecord, LoviDB } from './schema.ts';

/** Any transaction over the stores a function uses (idb's types tell a one-store transaction from others; these functions need neither). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Tx<Mode extends IDBTransactionMode = IDBTransactionMode> = IDBPTransaction<LoviDB, any, Mode | 'versionchange'>;

export const dayRange = (dayNo: number) => IDBKeyRange.bound([dayNo], [dayNo, []]);

/** Appends to this device's batch of `day` (made if it is the day's first entry), marked for sync; the entries with their ids, in order. */
export async function appendToLog(tx: Tx<'readwrite'>, device: string, day: StudyDay, entries: readonly NewEntry[]): Promise<LogEntry[]> {
  if (entries.length === 0) return [];
  const store = tx.objectStore('log');
  const stored = await store.get([dayNumber(day), device]);
  const { batch, ids } = appendEntries(stored ?? emptyBatch(day, device, entries[0]!.at), entries);
  // The transaction holds 'outbox' too: sync sends the batch (storage/outbox.ts).
  await Promise.all([store.put(batch), markBatch(tx, batch)]);
  return entries.map((e, i) => ({ ...e, id: ids[i]!, day, device }) as LogEntry);
}

/** Every entry of one card, from the batches of the days it lists. */
export async function cardEntries(tx: Tx, card: Pick<CardRecord, 'deckId' | 'cardId' | 'logDays'>): Promise<LogEntry[]> {
  const key = cardKey(card.deckId, card.cardId);
  const days = await Promise.all((card.logDays ?? []).map((d) => tx.objectStore('log').getAll(dayRange(d))));
  return days.flat().flatMap((b) => entriesOf(b, key));
}

/** Every device's entries of one study day, optionally of one deck. */
export async function dayEntries(tx: Tx, day: StudyDay, deckId?: string): Promise<LogEntry[]> {
  const batches = await tx.objectStore('log').getAll(dayRange(dayNumber(day)));
  const all = batches.flatMap((b) => entriesOf(b));
  return deckId === undefined ? all : all.filter((e) => e.deckId === deckId);
}

/** The scheduling settings over time (a handful of records). */
export async function loadTimeline(tx: Tx): Promise<Timeline> {
  return new Timeline(await tx.objectStore('schedules').getAll());
}

/** The card with one entry more, on study day `dayNo`: the days it has entries on, and how many. */
export function withEntry<C extends Pick<CardRecord, 'logDays' | 'logCount'>>(card: C, dayNo: number): C {
  const days = card.logDays ?? [];
  return { ...card, logDays: days.includes(dayNo) ? days : [...days, dayNo].sort((a, b) => a - b), logCount: (card.logCount ?? 0) + 1 };
}

/** What a card records of its log, from all its entries (a rebuild). */
export function logFields(entries: readonly Pick<LogEntry, 'day'>[]): Pick<CardRecord, 'logDays' | 'logCount'> {
  return { logDays: [...new Set(entries.map((e) => dayNumber(e.day)))].sort((a, b) => a - b), logCount: entries.length };
}

/**
 * The whole log, a few batch records at a time (each read its own short
 * transaction: a year is a few hundred records of a few kilobytes).
 */
export async function* logInParts(db: Database, batchesPerRead = 30): AsyncGenerator<{ batches: LogBatch[]; entries: LogEntry[] }> {
  let after: [number, string] | null = null;
  for (;;) {
    const batches: LogBatch[] = await db.getAll('log', after ? IDBKeyRange.lowerBound(after, true) : null, batchesPerRead);
    yield { batches, entries: batches.flatMap((b) => entriesOf(b)) };
    if (batches.length < batchesPerRead) return;
    const last = batches[batches.length - 1]!;
    after = [last.dayNo, last.device];
  }
}
