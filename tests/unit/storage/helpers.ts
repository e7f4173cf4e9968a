import 'fake-indexeddb/auto';
import { compileDeck, type CompiledDeck } from '../../../src/deck/index.ts';
import { openDatabase, type Database } from '../../../src/storage/db.ts';
import { DEFAULT_SETTINGS, type StudySettings } from '../../../src/schedule/settings.ts';
import { saveSettings } from '../../../src/storage/save-settings.ts';
import { entriesOf } from '../../../src/history/batch.ts';
import { appendToLog, withEntry } from '../../../src/storage/log.ts';
import { thisDevice } from '../../../src/storage/device.ts';
import { TallyUpdate } from '../../../src/storage/tallies.ts';
import type { CardRecord } from '../../../src/storage/schema.ts';
import { pickState } from '../../../src/schedule/card-state.ts';
import { Queue } from '../../../src/schedule/queue.ts';
import { installDeck } from '../../../src/storage/install.ts';
import { storeNextNewCards } from '../../../src/storage/new-cards.ts';
import type { NewOrder } from '../../../src/schedule/new-order.ts';
import { dayNumber, type StudyDay } from '../../../src/schedule/study-day.ts';
import { byTime, effective, isReview, type LogEntry, type ReviewLogEntry } from '../../../src/history/entry.ts';

let n = 0;
/** A new database whose scheduling settings are SETTINGS (as the app's always are the ones it saved). */
export async function freshDb(settings: StudySettings = SETTINGS): Promise<Database> {
  const db = await openDatabase({}, `test-${++n}-${Math.random()}`);
  await saveSettings(db, settings, new Date(0));
  return db;
}

/**
 * A deck installed with every sentence's cards written, as if the learner's queue had reached them
 * all (storage/new-cards.ts): for tests of what happens to cards, not of which are stored.
 */
export async function installWithCards(db: Database, deck: CompiledDeck, now: Date, onProgress?: (done: number, total: number) => void, newOrder: NewOrder = 'deck', keepEdits = false): Promise<void> {
  await installDeck(db, deck, now, { onProgress, newOrder, keepEdits });
  await storeNextNewCards(db, deck.id, Infinity, newOrder);
}

export function deckFrom(lines: [string, string][], id = 'news'): CompiledDeck {
  const text = lines.map(([lo, vi]) => `${lo}\t${vi}`).join('\n');
  const result = compileDeck({
    meta: { id, title: { lo: 'ຂ່າວ', vi: 'Tin' }, from: 'lo', to: 'vi' },
    units: [{ kind: 'table', format: 'tsv', file: { path: 'x.tsv', bytes: new TextEncoder().encode(text) } }],
  });
  if (!result.deck) throw new Error(JSON.stringify(result.report.diagnostics));
  return result.deck;
}

export const PAIRS: [string, string][] = [
  ['ສະບາຍດີທ່ານ', 'Xin chào ông'],
  ['ຂອບໃຈຫຼາຍໆ', 'Cảm ơn nhiều'],
  ['ກອງປະຊຸມດັ່ງກ່າວ', 'Cuộc họp đó'],
  ['ປະເທດອາຊຽນ', 'Các nước ASEAN'],
];

/** Fixed settings: no fuzz, so intervals are exact; day starts 04:00 in Vientiane (tests run with TZ set). */
export const SETTINGS: StudySettings = { ...DEFAULT_SETTINGS, fuzz: false };

/** Every entry of the log, decoded, in time order. */
export async function readLog(db: Database): Promise<LogEntry[]> {
  return (await db.getAll('log')).flatMap((b) => entriesOf(b)).sort(byTime);
}

/** The reviews that stand (undone ones left out), in time order. */
export async function readReviews(db: Database): Promise<ReviewLogEntry[]> {
  return effective(await readLog(db)).filter(isReview);
}

/**
 * A card given a state by hand (a test's starting point), as the log would
 * have it: the card written, and a restore entry recording that state
 * (storage/restore.ts), so replay gives it and an undo goes back to it.
 */
export async function putCardState(db: Database, card: CardRecord, at: Date, day: StudyDay): Promise<void> {
  const device = await thisDevice(db);
  const tx = db.transaction(['cards', 'log', 'tallies'], 'readwrite');
  await appendToLog(tx, device, day, [{ type: 'restore', deckId: card.deckId, cardId: card.cardId, at: at.getTime(), state: pickState(card), ...(card.queue === Queue.Suspended ? { suspended: true } : {}) }]);
  const before = await tx.objectStore('cards').get([card.deckId, card.cardId]);
  const tallies = new TallyUpdate();
  const stored = withEntry(card, dayNumber(day));
  tallies.card(before, stored);
  await tx.objectStore('cards').put(stored);
  await Promise.all([tallies.write(tx), tx.done]);
}
