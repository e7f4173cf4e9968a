// What upgrades of a database with data in it do to the data (storage/db.ts
// makes the stores): sum the log into days (version 3), count the tallies
// (version 4), and convert the log (version 6).
//
// Version 5 → 6: the review log of entries carrying states becomes
// the compact log of what happened (src/history/). Runs inside the upgrade
// transaction, so it is all or nothing: a phone switched off halfway opens
// the old version next time and the migration runs again from the start.
//
// Every review is kept. Every card is left exactly as it was: where replaying
// its reviews does not give its stored state (states imported from elsewhere,
// other settings at the time, a suspension or burial, which the old log did
// not record), a restore entry records that state as the card's starting
// point, so replay gives it back. Loaded only by a start that upgrades a
// database with data (storage/open-page.ts): a new device never downloads it.
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { sanitiseSettings, type StudySettings } from '../schedule/settings.ts';
import { dayNumber, studyDayOf, type StudyDay } from '../schedule/study-day.ts';
import { cardKey } from '../history/batch.ts';
import type { LogEntry, NewEntry } from '../history/entry.ts';
import { fromLegacy } from '../history/legacy.ts';
import { schedulingOf, Timeline, type ScheduleChange } from '../history/timeline.ts';
import { restoreIfNeeded } from './restore.ts';
import { appendToLog, logFields } from './log.ts';
import { LEGACY, legacyReviews } from './legacy-store.ts';
import { applyReview, emptyDay, type DaySummary, type ReviewFacts } from '../stats/day-summary.ts';

export { recountTallies } from './tallies.ts';
import type { LoviDB } from './schema.ts';

type UpgradeTx = IDBPTransaction<LoviDB, StoreNames<LoviDB>[], 'versionchange'>;

/** Runs inside the upgrade transaction (only its own requests are awaited, so it stays open). */
export async function summariseExistingLog(tx: UpgradeTx): Promise<void> {
  const days = new Map<string, DaySummary>();
  let cursor = await legacyReviews(tx).openCursor();
  while (cursor) {
    const e = cursor.value;
    const key = `${e.deckId}\u0000${e.day}`;
    days.set(key, applyReview(days.get(key) ?? emptyDay(e.deckId, e.day), fromLegacy(e) as ReviewFacts));
    cursor = await cursor.continue();
  }
  await Promise.all([...days.values()].map((d) => tx.objectStore('days').put(d)));
}

/** The log stores exist and `device` is this device's name (storage/db.ts made them in this upgrade). */
export async function convertLog(db: IDBPDatabase<LoviDB>, tx: UpgradeTx, device: string, now: number = Date.now()): Promise<void> {
  const study = sanitiseSettings((await tx.objectStore('settings').get('study')) as Partial<StudySettings> | undefined);
  // The old log's reviews are replayed with the settings of today: which were in force then, it did not record.
  const change: ScheduleChange = { id: `${device}:0`, device, at: 0, settings: schedulingOf(study) };
  await tx.objectStore('schedules').put(change);
  const timeline = new Timeline([change]);
  const legacy = legacyReviews(tx);

  // 1. The reviews into batches, a study day at a time (the day index's order).
  const daysOf = new Map<string, Set<number>>();
  let day: StudyDay | null = null;
  let pending: NewEntry[] = [];
  const flush = async () => {
    if (day !== null) await appendToLog(tx, device, day, pending);
    pending = [];
  };
  for (let cursor = await legacy.index('day').openCursor(); cursor; cursor = await cursor.continue()) {
    const e = cursor.value;
    if (e.day !== day) {
      await flush();
      day = e.day;
    }
    pending.push(fromLegacy(e));
    const key = cardKey(e.deckId, e.cardId);
    const days = daysOf.get(key) ?? new Set<number>();
    days.add(dayNumber(e.day));
    daysOf.set(key, days);
  }
  await flush();

  // 2. Each card checked against the replay of its reviews; a restore entry where they differ.
  const today = studyDayOf(new Date(now), study);
  const restores: NewEntry[] = [];
  const cards = tx.objectStore('cards');
  for (let cursor = await cards.openCursor(); cursor; cursor = await cursor.continue()) {
    const card = cursor.value;
    const days = daysOf.get(cardKey(card.deckId, card.cardId));
    const log: LogEntry[] = days
      ? (await legacy.index('card').getAll(IDBKeyRange.bound([card.deckId, card.cardId, -Infinity], [card.deckId, card.cardId, Infinity])))
        .map((e) => ({ ...fromLegacy(e), id: e.id, day: e.day, device }) as LogEntry)
      : [];
    const restore = restoreIfNeeded(card, log, timeline, today, now);
    if (!restore && !days) continue;
    if (restore) restores.push(restore);
    await cursor.update({ ...card, ...logFields([...log, ...(restore ? [{ day: today }] : [])]) });
  }
  await appendToLog(tx, device, today, restores);
  db.deleteObjectStore(LEGACY);
}
