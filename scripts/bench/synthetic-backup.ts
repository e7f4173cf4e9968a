// A large, self-consistent backup file for the import benchmark and the
// "closed mid-import" fault test: a deck this device never installed, and a
// review log made with the app's own scheduler, so that replaying any card's
// log (what an import does) gives exactly the state the file says.
import { gzipSync } from 'node:zlib';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../src/backup/format.ts';
import { emptyState, type CardState } from '../../src/schedule/card-state.ts';
import { createScheduler, type Grade4 } from '../../src/schedule/scheduler.ts';
import { DEFAULT_SETTINGS } from '../../src/schedule/settings.ts';
import { studyDayOf } from '../../src/schedule/study-day.ts';
import { Queue } from '../../src/schedule/queue.ts';
import { placeCard } from '../../src/storage/card-place.ts';
import type { CardRecord, PairRecord, ReviewEntry } from '../../src/storage/schema.ts';
import { seededRandom } from './corpus.ts';

const DAY = 86_400_000;

export interface BackupSize {
  /** Pairs in the deck (two cards each). */
  pairs: number;
  /** Review-log entries, spread over the cards and the last `days` days. */
  reviews: number;
  days?: number;
}

export function syntheticBackup({ pairs, reviews, days = 365 }: BackupSize, deckId = 'imported-deck', now = Date.now()): Backup {
  const scheduler = createScheduler(DEFAULT_SETTINGS);
  const random = seededRandom(7);
  const pairRecords: PairRecord[] = [];
  const cards: CardRecord[] = [];
  for (let i = 0; i < pairs; i++) {
    const pairId = `p${i}`;
    pairRecords.push({ deckId, pairId, lo: `ປະໂຫຍກທີ ${i} ກ່ຽວກັບການບໍລິການ`, vi: `Câu số ${i} về dịch vụ`, order: i, retired: false });
    for (const [k, kind] of (['recognition', 'production'] as const).entries()) {
      const order = i * 2 + k;
      cards.push({ deckId, cardId: `${pairId}:${k ? 'p' : 'r'}`, pairId, kind, order, ...emptyState(new Date(now - days * DAY)), queue: Queue.New, sortKey: order });
    }
  }
  // Each entry rates one card, in time order, from the state the previous entry left.
  const log: ReviewEntry[] = [];
  const states = new Map<number, CardState>();
  const studied = Math.min(cards.length, Math.max(1, Math.ceil(reviews / 5)));
  const times = Array.from({ length: reviews }, () => now - Math.floor(random() * days * DAY)).sort((a, b) => a - b);
  times.forEach((at, i) => {
    const c = Math.floor(random() * studied);
    const before = states.get(c) ?? emptyState(new Date(at));
    const grade = (1 + Math.floor(random() * 4)) as Grade4;
    const after = scheduler.rate(before, new Date(at), grade);
    states.set(c, after);
    const card = cards[c]!;
    log.push({ id: `${deckId}-${i}`, deckId, cardId: card.cardId, pairId: card.pairId, grade, at, day: studyDayOf(new Date(at), DEFAULT_SETTINGS), durationMs: 5000, before, after });
  });
  for (const [c, state] of states) cards[c] = placeCard(cards[c]!, state, 'deck');
  return {
    format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now,
    decks: [{ id: deckId, title: { lo: 'ຊຸດນຳເຂົ້າ', vi: 'Bộ nhập', en: 'Imported deck' }, contentHash: 'synthetic', pairs, installedAt: now - days * DAY }],
    pairs: pairRecords, cards, reviews: log, settings: {},
  };
}

/** The backup as the app writes it: gzip-compressed JSON. */
export function backupBytes(backup: Backup): Buffer {
  return gzipSync(JSON.stringify(backup));
}
