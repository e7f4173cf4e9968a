// What a learner does to a whole deck of their own: read it out (to export),
// count what they studied in it, delete it (its history kept unless they ask),
// and, when a deck comes back, give its cards their progress from the log.
import { unwrap } from 'idb';
import { Queue } from '../schedule/queue.ts';
import type { NewOrder } from '../schedule/new-order.ts';
import type { StudyDay } from '../schedule/study-day.ts';
import { cardKey, entriesByCard, eraseDeck } from '../history/batch.ts';
import type { LogEntry } from '../history/entry.ts';
import { replayCard } from '../history/replay.ts';
import { placeReplayed } from './card-place.ts';
import type { Database } from './db.ts';
import { loadTimeline, logFields, logInParts } from './log.ts';
import { TallyUpdate } from './tallies.ts';
import { pairCards } from './new-records.ts';
import type { PairRecord } from './schema.ts';
import { deckRange } from './ranges.ts';
import { isLearnerDeck, kindsOf, pairIdOfCard } from '../deck/identity.ts';
import { deckDocId } from '../sync/names.ts';
import { thisDevice } from './device.ts';
import { markEdit } from './edit-stamp.ts';

const queueRange = (deckId: string, from: number, to: number) => IDBKeyRange.bound([deckId, from, -Infinity], [deckId, to, Infinity]);

/** The deck's pairs still in it, in study order. */
export async function deckPairs(db: Database, deckId: string): Promise<PairRecord[]> {
  const pairs = await db.getAllFromIndex('pairs', 'order', IDBKeyRange.bound([deckId, -Infinity], [deckId, Infinity]));
  return pairs.filter((p) => !p.retired);
}

/** Cards with progress to lose: in learning or review now (index counts, no card is read). */
export async function studiedCards(db: Database, deckId: string): Promise<number> {
  return db.countFromIndex('cards', 'queue', queueRange(deckId, Queue.Learning, Queue.Review));
}

/**
 * Deletes the deck, its pairs and cards in one transaction. Its log entries and
 * day summaries stay (statistics stay true, and importing the deck again brings
 * the progress back: restoreFromLog) unless `eraseHistory`: then its entries are
 * blanked where they stand in their batches (history/batch.ts eraseDeck), so
 * every other entry keeps its place and its id. `synced`: deleted on another of the learner's devices.
 */
export async function deleteDeck(db: Database, deckId: string, eraseHistory: boolean, at: Date, { synced = false } = {}): Promise<void> {
  const device = await thisDevice(db);
  const tx = db.transaction(['decks', 'pairs', 'cards', 'log', 'days', 'tallies', 'settings', 'outbox'], 'readwrite', { durability: 'strict' });
  const work: (Promise<unknown> | undefined)[] = [
    // A learner's own deck goes from their other devices too (its history stays there: an erase is this device's).
    isLearnerDeck(deckId) && !synced ? markEdit(tx, deckDocId(deckId), device, at.getTime()) : undefined,
    eraseHistory ? tx.objectStore('settings').delete(keptHistoryKey(deckId)) : tx.objectStore('settings').put(true, keptHistoryKey(deckId)),
    tx.objectStore('decks').delete(deckId),
    tx.objectStore('tallies').delete(deckId),
    tx.objectStore('pairs').delete(deckRange(deckId)),
    tx.objectStore('cards').delete(deckRange(deckId)),
  ];
  if (eraseHistory) {
    work.push(tx.objectStore('days').delete(deckRange(deckId)));
    for (let cursor = await tx.objectStore('log').openCursor(); cursor; cursor = await cursor.continue()) {
      const erased = eraseDeck(cursor.value, deckId);
      if (erased !== cursor.value) work.push(cursor.update(erased));
    }
  }
  await Promise.all([...work, tx.done]);
}

/** Where a deck deleted with its history kept is remembered, until it is installed again. */
export const keptHistoryKey = (deckId: string) => `kept-history:${deckId}`;

/** The log may hold entries of this deck: it was deleted with its history kept (or, before that was remembered, it has days of study). */
export async function keptHistory(db: Database, deckId: string): Promise<boolean> {
  const tx = db.transaction(['settings', 'days'], 'readonly');
  return keptHistoryIn(tx, deckId);
}

/** The same, in a transaction over `settings` and `days` already open. */
export async function keptHistoryIn(tx: { objectStore(n: 'settings'): { get(k: string): Promise<unknown> }; objectStore(n: 'days'): { count(r: IDBKeyRange): Promise<number> } }, deckId: string): Promise<boolean> {
  const [kept, days] = await Promise.all([tx.objectStore('settings').get(keptHistoryKey(deckId)), tx.objectStore('days').count(deckRange(deckId))]);
  return kept === true || days > 0;
}

/** Sentences per transaction while a deck's progress comes back: a tap waits at most behind the part under way (~110 ms unthrottled here, a 100,000-review deck in 100 parts). */
const RESTORE_CHUNK = 100;

/**
 * New cards of the deck that have log entries (a deck deleted with its history
 * kept, then imported again, or a learner's own deck arriving on a new phone
 * by sync) get their state back by replaying them. Returns how many cards were
 * restored, and whether entries wait for sentences the deck does not have
 * (yet: a shorter version installed first). Reads the whole log once; writes
 * each card once, a part of the sentences per transaction with `free` awaited
 * between parts. A part cut short is safe: only cards still new and never
 * studied are replayed, so the next install does what is left.
 */
export async function restoreFromLog(db: Database, deckId: string, today: StudyDay, newOrder: NewOrder, free?: () => Promise<void>): Promise<{ restored: number; waiting: boolean }> {
  const byCard = new Map<string, LogEntry[]>();
  for await (const { entries } of logInParts(db)) entriesByCard(entries.filter((e) => e.deckId === deckId), byCard);
  const sentences = [...new Set([...byCard.values()].map((entries) => pairIdOfCard(entries[0]!.cardId)))].sort();
  const found = new Set<string>();
  let restored = 0;
  for (let start = 0; start < sentences.length; start += RESTORE_CHUNK) {
    if (start > 0) await free?.();
    const tx = db.transaction(['decks', 'pairs', 'cards', 'schedules', 'tallies'], 'readwrite');
    const tallies = new TallyUpdate();
    const [deck, timeline] = await Promise.all([tx.objectStore('decks').get(deckId), loadTimeline(tx)]);
    // The part's sentences and their cards in two range reads (sentence ids in order; cards by the sentence index).
    const part = sentences.slice(start, start + RESTORE_CHUNK);
    const range = IDBKeyRange.bound([deckId, part[0]!], [deckId, part.at(-1)!]);
    const [pairs, cardsHere] = await Promise.all([tx.objectStore('pairs').getAll(range), tx.objectStore('cards').index('pair').getAll(range)]);
    // Plain requests, no promise each (idb's cost ~40k times over); a failed one aborts the transaction, and tx.done says so.
    const cardStore = unwrap(tx.objectStore('cards'));
    for (const pairId of part) {
      const pair = pairs.find((p) => p.pairId === pairId);
      const stored = cardsHere.filter((c) => c.pairId === pairId);
      // A sentence never studied here has no cards stored (storage/new-cards.ts): all of them are written now.
      const fresh = stored.length === 0;
      const cards = fresh ? (pair && !pair.retired ? pairCards(pair, kindsOf(deck), newOrder) : []) : stored;
      if (fresh && cards.length) tallies.virtual(deckId, -1);
      for (const card of cards) {
        found.add(card.cardId);
        const entries = byCard.get(cardKey(deckId, card.cardId));
        const replay = entries !== undefined && card.queue === Queue.New && !card.logDays?.length;
        if (!replay && !fresh) continue;
        const next = replay ? { ...placeReplayed(card, replayCard(entries, timeline, today), newOrder), ...logFields(entries) } : card;
        if (replay) restored++;
        tallies.card(fresh ? undefined : card, next);
        cardStore.put(next);
      }
    }
    await Promise.all([tallies.write(tx), tx.done]);
  }
  return { restored, waiting: [...byCard.values()].some((entries) => !found.has(entries[0]!.cardId)) };
}

/**
 * Other sentences of the deck to offer beside a pair's own in a choice (its
 * Lao or its Vietnamese): the nearest in deck order, so of a similar topic and
 * the same every time; none the same as the answer. One index range read.
 */
export async function neighbourSentences(db: Database, pair: PairRecord, side: 'lo' | 'vi', n = 3): Promise<string[]> {
  const near = await db.getAllFromIndex('pairs', 'order', IDBKeyRange.bound([pair.deckId, pair.order - 12], [pair.deckId, pair.order + 12]));
  const answer = pair[side].toLowerCase();
  const seen = new Set([answer]);
  const out: string[] = [];
  for (const p of near.sort((a, b) => Math.abs(a.order - pair.order) - Math.abs(b.order - pair.order) || a.order - b.order)) {
    const text = p[side];
    if (p.retired || seen.has(text.toLowerCase())) continue;
    seen.add(text.toLowerCase());
    out.push(text);
    if (out.length === n) break;
  }
  return out;
}
