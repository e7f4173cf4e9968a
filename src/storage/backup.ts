// Export and import of everything. Import merges: the union of both logs
// (batches are appended to only, so of two copies of one batch the longer
// holds the other), then every card whose log grew becomes the replay of
// its whole log, so importing the same file twice changes nothing and two
// devices' histories combine. A version-1 file's reviews join this device's
// batches (duplicates, by card and time, left out).
import { BACKUP_FORMAT, BACKUP_STORES, BACKUP_VERSION, type Backup } from '../backup/format.ts';
import { writeBackupFile, type BackupPart } from '../backup/file.ts';
import { batchDay, cardKey, entriesByCard, entriesOf, entryCount, type LogBatch } from '../history/batch.ts';
import { extendsBatch } from '../history/extends.ts';
import type { LogEntry, NewEntry } from '../history/entry.ts';
import { fromLegacy, type LegacyReviewEntry } from '../history/legacy.ts';
import { replayCard } from '../history/replay.ts';
import { Timeline } from '../history/timeline.ts';
import type { NewOrder } from '../schedule/new-order.ts';
import { dayNumber } from '../schedule/study-day.ts';
import { emptyDay, summariseDayLog } from '../stats/day-summary.ts';
import { inBatches } from './batches.ts';
import { placeReplayed } from './card-place.ts';
import { restoreIfNeeded } from './restore.ts';
import type { Database } from './db.ts';
import { appendToLog, dayRange, logFields } from './log.ts';
import { markBatch, markSchedule } from './outbox.ts';
import { SYNC_KEYS } from './sync-keys.ts';
import { keptHistoryIn, keptHistoryKey } from './deck-actions.ts';
import { DEVICE_KEY, thisDevice } from './device.ts';
import type { Moment } from './reviews.ts';
import type { CardRecord, DeckRecord, LoviDB, PairRecord } from './schema.ts';
import { CARD_KINDS, kindsOf, pairIdOfCard } from '../deck/identity.ts';
import type { CardKind } from '../deck/types.ts';
import { pairCards } from './new-records.ts';
import type { IDBPTransaction, StoreNames } from 'idb';
import { TallyUpdate } from './tallies.ts';
import { COMPACTED_KEY, REMEMORY_PENDING_KEY } from './settings.ts';
import { deckRange } from './ranges.ts';

type ImportTx = IDBPTransaction<LoviDB, StoreNames<LoviDB>[], 'readwrite'>;

/** Settings that are facts of this database or device (its sync account, clock and checkpoint), not the learner's: never in a backup, never taken from one. */
const LOCAL_KEYS: readonly string[] = [DEVICE_KEY, REMEMORY_PENDING_KEY, COMPACTED_KEY, ...SYNC_KEYS];

/** Records per read: memory holds one part of a store at a time, whatever its length. */
const BATCH = 2000;

/**
 * Everything on this device as a backup file, each store read in parts (a
 * short read-only transaction each) and compressed as it is read. The log is
 * read after the cards: a review saved meanwhile in another tab may be in the
 * file with its card's earlier state, which an import puts right (it replays).
 * This device's name stays out: a phone restored from the file is another device.
 */
export async function backupFile(db: Database, now: Date): Promise<Blob> {
  const tx = db.transaction('settings', 'readonly');
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  const settings = Object.fromEntries(keys.map((k, i) => [k, values[i]]).filter(([k]) => !LOCAL_KEYS.includes(k as string)));
  return writeBackupFile({ format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.getTime(), settings }, backupParts(db));
}

async function* backupParts(db: Database): AsyncGenerator<BackupPart> {
  for (const store of BACKUP_STORES) {
    // Batches are a few kilobytes each (a day's study): fewer at a time.
    for await (const records of inBatches(db, store, store === 'log' ? 50 : BATCH)) yield { store, records };
  }
}

export interface ImportResult {
  reviewsAdded: number;
  cardsUpdated: number;
  /** The file brought a change of FSRS parameters: every studied card's memory is to follow it (storage/rememory.ts). */
  memory?: true;
  /** Batches of the file left out: they contradict entries of this device's copy (kept). */
  diverged?: number;
}

export async function importBackup(db: Database, backup: Backup, when: Moment, newOrder: NewOrder = 'deck'): Promise<ImportResult> {
  const device = await thisDevice(db);
  const tx = db.transaction(['decks', 'pairs', 'cards', 'log', 'outbox', 'schedules', 'settings', 'days', 'tallies'], 'readwrite', { durability: 'strict' });
  const store = tx.objectStore.bind(tx);

  // 1. What this device has of what the file names: decks, settings, pairs, cards, batches, schedule changes.
  // Every deck the file speaks of, its log's included (a deck deleted on the other device, its history kept, may be here).
  const deckIds = new Set([
    ...backup.decks.map((d) => d.id), ...backup.pairs.map((p) => p.deckId), ...backup.cards.map((c) => c.deckId), ...backup.reviews.map((e) => e.deckId),
    ...backup.log.flatMap((b) => b.cards.filter((k) => k !== '').map((k) => k.slice(0, k.indexOf('\u0000')))),
  ]);
  const editedThere = backup.pairs.filter((p) => p.edited === true);
  // A batch listed twice (a hand-joined file): its longest copy, once.
  const fileBatches = [...new Map([...backup.log].sort((x, y) => entryCount(x) - entryCount(y)).map((b) => [`${b.dayNo}/${b.device}`, b])).values()];
  const [decksHere, settingKeys, scheduleKeys, decks, storedBatches, editedHere] = await Promise.all([
    store('decks').getAll(),
    store('settings').getAllKeys(),
    store('schedules').getAllKeys(),
    Promise.all([...deckIds].map(async (deckId) => {
      const [pairs, cards] = await Promise.all([store('pairs').getAllKeys(deckRange(deckId)), store('cards').getAll(deckRange(deckId))]);
      return { deckId, pairs: new Set(pairs.map(([, pairId]) => pairId)), cards };
    })),
    Promise.all(fileBatches.map((b) => store('log').get([b.dayNo, b.device]))),
    Promise.all(editedThere.map(async (p) => (await store('pairs').get([p.deckId, p.pairId]))?.edited === true)),
  ]);
  const pairsHere = new Map(decks.map((d) => [d.deckId, d.pairs]));
  const cardsHere = new Map(decks.flatMap((d) => d.cards.map((c) => [cardKey(c.deckId, c.cardId), c] as const)));
  const cardsThere = new Map(backup.cards.map((c) => [cardKey(c.deckId, c.cardId), c] as const));

  // 2. The file's log against this one: batches this device lacks or holds shorter; a version-1 file's reviews it lacks.
  const grown: LogBatch[] = [];
  const added: LogEntry[] = [];
  let diverged = 0;
  fileBatches.forEach((b, i) => {
    const have = storedBatches[i];
    const from = have ? entryCount(have) : 0;
    if (entryCount(b) <= from) return;
    // Only ever a longer copy of what is here: a batch that says otherwise of entries this device
    // has (two devices of one name, or a hand-edited file) never overwrites them; it is left out.
    if (have && !extendsBatch(b, have)) {
      diverged++;
      return;
    }
    grown.push(b);
    added.push(...entriesOf(b).filter((e) => Number(e.id.slice(e.id.lastIndexOf('/') + 1)) >= from));
  });
  const legacy = await newLegacyEntries(tx, backup.reviews, cardsHere);
  const schedules = backup.schedules.filter((c) => !scheduleKeys.includes(c.id));
  const timeline = new Timeline([...(await store('schedules').getAll()), ...schedules]);

  // 3. Writes: decks, pairs, settings, schedule changes, batches; a version-1 file's reviews (and the states replay does not give) into this device's batches.
  const work: Promise<unknown>[] = [];
  const hasDeck = new Set(decksHere.map((d) => d.id));
  for (const d of backup.decks) if (!hasDeck.has(d.id)) work.push(store('decks').put(d));
  for (const p of backup.pairs) if (!pairsHere.get(p.deckId)!.has(p.pairId) && p.edited !== true) work.push(store('pairs').put(p));
  // Sentences added to a deck here may come before the mark of those with cards (storage/new-cards.ts): it starts again.
  for (const { cardsThrough, ...d } of decksHere) {
    if (cardsThrough !== undefined && backup.pairs.some((p) => p.deckId === d.id && !pairsHere.get(d.id)!.has(p.pairId))) work.push(store('decks').put(d));
  }
  editedThere.forEach((p, i) => {
    if (!editedHere[i]) work.push(store('pairs').put(p));
  });
  const hasSetting = new Set(settingKeys);
  for (const [k, v] of Object.entries(backup.settings)) if (!hasSetting.has(k) && !LOCAL_KEYS.includes(k)) work.push(store('settings').put(v, k));
  for (const c of schedules) work.push(store('schedules').put(c), markSchedule(tx, c));
  // Cards the file holds of sentences never studied (an earlier version wrote them all) are taken back at the next start.
  if (backup.cards.length > 0) work.push(store('settings').delete(COMPACTED_KEY));
  const memory = schedules.filter((c) => c.memory).sort((a, b) => a.at - b.at).at(-1);
  if (memory) work.push(store('settings').put(memory.id, REMEMORY_PENDING_KEY));
  // Sent on by sync too: a sync cleans these marks where the server already has the same (storage/sync-local.ts).
  for (const b of grown) work.push(store('log').put(b), markBatch(tx, b));
  await Promise.all(work);
  const restores = legacyRestores(backup, legacy, cardsHere, timeline, when, device);
  for (const [day, entries] of groupBy([...legacy, ...restores.map((e) => ({ ...e, day: when.day }))], (e) => e.day)) {
    added.push(...(await appendToLog(tx, device, day, entries)));
  }

  // 4. Every card whose log grew: the replay of its whole log (this device's entries and the file's); the days they fall on, summed again.
  // A deck this device deleted with its history kept, back from the file: its cards' entries here are found by reading the whole log (once).
  const returning = new Set((await Promise.all(backup.decks.filter((d) => !hasDeck.has(d.id)).map(async (d) => ((await keptHistoryIn(tx, d.id)) ? [d.id] : [])))).flat());
  const kept = returning.size ? entriesByCard((await store('log').getAll()).flatMap((b) => entriesOf(b)).filter((e) => returning.has(e.deckId))) : new Map<string, LogEntry[]>();
  const byCard = entriesByCard(added);
  // The returning decks none of whose kept entries is left waiting (below).
  const settled = new Set(returning);
  for (const key of kept.keys()) if (!byCard.has(key)) byCard.set(key, []);
  const tallies = new TallyUpdate();
  const cards: CardRecord[] = [];
  for (const c of backup.cards) {
    const key = cardKey(c.deckId, c.cardId);
    if (cardsHere.has(key) || byCard.has(key)) continue;
    cards.push(c);
    tallies.card(undefined, c);
  }
  const sentences = new Sentences(store, backup, decksHere, pairsHere, newOrder);
  const days = new Map<number, LogBatch[]>();
  const batchesOf = async (dayNo: number) => days.get(dayNo) ?? days.set(dayNo, await store('log').getAll(dayRange(dayNo))).get(dayNo)!;
  let cardsUpdated = 0;
  for (const [key, entries] of byCard) {
    const here = cardsHere.get(key);
    // A card of a sentence never studied on either device (its entries from a third): its sentence's new card.
    const card = here ?? cardsThere.get(key) ?? (await sentences.newCard(key));
    if (!card) {
      // A returning deck's entries for a sentence it does not have (it came back shorter): they wait, as an install leaves them.
      if (kept.has(key)) settled.delete(key.slice(0, key.indexOf('\u0000')));
      continue;
    }
    const days = [...new Set([...(here?.logDays ?? []), ...entries.map((e) => dayNumber(e.day))])];
    const log = kept.get(key) ?? (await Promise.all(days.map(batchesOf))).flat().flatMap((b) => entriesOf(b, key));
    const replayed = { ...placeReplayed(card, replayCard(log, timeline, when.day), newOrder), ...logFields(log) };
    tallies.card(here, replayed);
    cards.push(replayed);
    cardsUpdated++;
  }
  // A returning deck whose every kept entry found its card: nothing waits for a later install.
  await Promise.all([...settled].map((deckId) => store('settings').delete(keptHistoryKey(deckId))));
  const touchedDays = [...new Set(added.map((e) => dayNumber(e.day)))];
  const summaries = (await Promise.all(touchedDays.map(async (dayNo) => {
    const day = batchDay({ dayNo });
    const [batches, stored] = await Promise.all([batchesOf(dayNo), store('days').index('day').getAll(day)]);
    const sums = summariseDayLog(day, batches.flatMap((b) => entriesOf(b)));
    // A deck whose reviews of the day were all undone on the other device: nothing to sum, and what was summed goes.
    for (const d of stored) if (!sums.has(d.deckId)) sums.set(d.deckId, emptyDay(d.deckId, day));
    return [...sums.values()];
  }))).flat();
  cards.push(...(await sentences.completed(cards, new Set([...cardsHere.values()].map((c) => pairKey(c.deckId, c.pairId))), tallies)));
  await tallies.prepare(tx);
  await Promise.all([...cards.map((c) => store('cards').put(c)), ...summaries.map((d) => store('days').put(d))]);
  await Promise.all([tallies.write(tx), tx.done]);
  return {
    reviewsAdded: added.filter((e) => e.type === 'review').length, cardsUpdated,
    ...(schedules.some((c) => c.memory) ? { memory: true as const } : {}),
    ...(diverged ? { diverged } : {}),
  };
}

/** A version-1 file's reviews this device does not have yet: the same card rated at the same moment is the same review. */
async function newLegacyEntries(tx: { objectStore(n: 'log'): { getAll(r: IDBKeyRange): Promise<LogBatch[]> } }, reviews: readonly LegacyReviewEntry[], cardsHere: Map<string, CardRecord>): Promise<(NewEntry & { day: string })[]> {
  if (reviews.length === 0) return [];
  const seen = new Set<string>();
  const days = new Set<number>();
  for (const e of reviews) for (const d of cardsHere.get(cardKey(e.deckId, e.cardId))?.logDays ?? []) days.add(d);
  for (const dayNo of days) {
    for (const b of await tx.objectStore('log').getAll(dayRange(dayNo))) {
      for (const e of entriesOf(b)) if (e.type === 'review') seen.add(`${cardKey(e.deckId, e.cardId)}\u0000${e.at}\u0000${e.grade}`);
    }
  }
  const out: (NewEntry & { day: string })[] = [];
  for (const e of reviews) {
    const id = `${cardKey(e.deckId, e.cardId)}\u0000${e.at}\u0000${e.grade}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ ...fromLegacy(e), day: e.day });
  }
  return out;
}

/**
 * A version-1 file kept each card's state; where the replay of its reviews does not give it (states
 * from other settings, a suspension), a card new to this device starts from the file's state.
 */
function legacyRestores(backup: Backup, legacy: readonly (NewEntry & { day: string })[], cardsHere: Map<string, CardRecord>, timeline: Timeline, when: Moment, device: string): NewEntry[] {
  if (backup.version !== 1) return [];
  const byCard = entriesByCard(legacy);
  const out: NewEntry[] = [];
  for (const card of backup.cards) {
    const key = cardKey(card.deckId, card.cardId);
    if (cardsHere.get(key)?.logDays?.length) continue;
    const log = (byCard.get(key) ?? []).map((e, i) => ({ ...e, id: String(i).padStart(9, '0'), device }) as LogEntry);
    const restore = restoreIfNeeded(card, log, timeline, when.day, backup.exportedAt);
    if (restore) out.push(restore);
  }
  return out;
}


function groupBy<T>(items: readonly T[], keyOf: (x: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const x of items) {
    const key = keyOf(x);
    const group = groups.get(key);
    if (group) group.push(x);
    else groups.set(key, [x]);
  }
  return groups;
}

const pairKey = (deckId: string, pairId: string) => `${deckId}\u0000${pairId}`;

/**
 * Sentences never studied keep no cards (storage/new-cards.ts): a card the merge writes for one
 * brings the sentence's other cards; a sentence new here that gets none is counted as standing for them.
 */
class Sentences {
  private readonly filePairs: Map<string, PairRecord>;
  private readonly kinds: Map<string, readonly CardKind[]>;

  constructor(
    private readonly store: ImportTx['objectStore'],
    private readonly backup: Backup,
    decksHere: readonly DeckRecord[],
    private readonly pairsHere: Map<string, Set<string>>,
    private readonly newOrder: NewOrder,
  ) {
    this.filePairs = new Map(backup.pairs.map((p) => [pairKey(p.deckId, p.pairId), p]));
    this.kinds = new Map([...backup.decks, ...decksHere].map((d) => [d.id, kindsOf(d)]));
  }

  private async pair(deckId: string, pairId: string): Promise<PairRecord | undefined> {
    // Read only where it is here: a merge of another device's whole log names every card of decks this one may not have (yet).
    const here = this.pairsHere.get(deckId)?.has(pairId) ? await this.store('pairs').get([deckId, pairId]) : undefined;
    return here ?? this.filePairs.get(pairKey(deckId, pairId));
  }

  /** The new card a card key (history/batch.ts cardKey) stands for, from its sentence here or in the file. */
  async newCard(key: string): Promise<CardRecord | undefined> {
    const [deckId, cardId] = key.split('\u0000') as [string, string];
    const pair = await this.pair(deckId, pairIdOfCard(cardId));
    return pair && pairCards(pair, CARD_KINDS, this.newOrder).find((c) => c.cardId === cardId);
  }

  /** The cards to add beside `cards` so that each sentence that had none here has them all, with the tallies' count of sentences without cards. */
  async completed(cards: readonly CardRecord[], hadCards: ReadonlySet<string>, tallies: TallyUpdate): Promise<CardRecord[]> {
    const written = new Map<string, Set<string>>();
    for (const c of cards) {
      const key = pairKey(c.deckId, c.pairId);
      if (!hadCards.has(key)) written.set(key, new Set([...(written.get(key) ?? []), c.cardId]));
    }
    const added: CardRecord[] = [];
    for (const [key, present] of written) {
      const [deckId, pairId] = key.split('\u0000') as [string, string];
      const pair = await this.pair(deckId, pairId);
      if (!pair) continue;
      for (const c of pairCards(pair, this.kinds.get(deckId) ?? kindsOf(undefined), this.newOrder)) {
        if (present.has(c.cardId)) continue;
        added.push(c);
        tallies.card(undefined, c);
      }
      // Here, not retired and without cards, it was counted as standing for them.
      const here = this.pairsHere.get(deckId)?.has(pairId) ? await this.store('pairs').get([deckId, pairId]) : undefined;
      if (here && !here.retired) tallies.virtual(deckId, -1);
    }
    for (const p of this.backup.pairs) {
      if (!this.pairsHere.get(p.deckId)?.has(p.pairId) && !p.retired && !written.has(pairKey(p.deckId, p.pairId))) tallies.virtual(p.deckId, 1);
    }
    return added;
  }
}
