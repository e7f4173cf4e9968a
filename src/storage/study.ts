// Reading what is due: range queries on the cards' queue index (never a scan
// of all cards) and today's log (a few hundred entries at most), handed to
// the pure queue rules.
import { State } from 'ts-fsrs';
import { kindOfCard, pairIdOfCard } from '../deck/identity.ts';
import type { CardKind } from '../deck/types.ts';
import { buildQueue, LEARN_AHEAD_MS, Queue, type Candidate, type QueueResult, type QueueSnapshot, type TodayLog } from '../schedule/queue.ts';
import type { StudySettings } from '../schedule/settings.ts';
import { nextDayStart, studyDayOf, type StudyDay } from '../schedule/study-day.ts';
import type { Database } from './db.ts';
import type { CardRecord } from './schema.ts';
import { effective, isReview, type LogEntry } from '../history/entry.ts';
import { dayEntries } from './log.ts';

export interface DeckQueue extends QueueResult {
  day: StudyDay;
  /** When the next card becomes due, if nothing is due now (ms), else null. */
  nextDue: number | null;
  /** The card to show, with its pair's text. */
  card: CardRecord | null;
  /** What the queue was built from, for the review screen to carry forward in memory (schedule/queue.ts afterRating). */
  snapshot: QueueSnapshot;
  /** When the study day ends (ms). */
  dayEnd: number;
}

const MAX_LEARNING_READ = 500;

const range = (deckId: string, queue: number, from: number, to: number) => IDBKeyRange.bound([deckId, queue, from], [deckId, queue, to]);

/** Today's reviews as the queue's limits and sibling rule count them (an undone review does not count). */
export function summariseDay(entries: readonly LogEntry[]): TodayLog {
  const cardsByPair = new Map<string, Set<string>>();
  const introduced = new Set<string>();
  let reviewsDone = 0;
  for (const e of effective(entries)) {
    if (!isReview(e)) continue;
    if (e.stateBefore === State.New) introduced.add(e.cardId);
    if (e.stateBefore === State.Review) reviewsDone++;
    const pairId = pairIdOfCard(e.cardId);
    const set = cardsByPair.get(pairId) ?? new Set<string>();
    set.add(e.cardId);
    cardsByPair.set(pairId, set);
  }
  return { newIntroduced: introduced.size, reviewsDone, cardsByPair };
}

/** `skip`: kinds not to show or count (dictation on a device without a Vietnamese voice). */
export async function deckQueue(db: Database, deckId: string, now: Date, settings: StudySettings, skip: readonly CardKind[] = [], topUp = true): Promise<DeckQueue> {
  const dayOptions = { dayStartHour: settings.dayStartHour };
  const day = studyDayOf(now, dayOptions);
  const dayEnd = nextDayStart(now, dayOptions).getTime();
  const t = now.getTime();
  const tx = db.transaction(['cards', 'log', 'tallies'], 'readonly');
  const queue = tx.objectStore('cards').index('queue');
  const tally = tx.objectStore('tallies').get(deckId);
  // Reviews and new cards are read as index keys only: their order is the
  // index's, and the card id names the pair. Only learning cards need their due time.
  const [todays, learning, reviews, fresh] = await Promise.all([
    dayEntries(tx, day, deckId),
    // All of them, not only those due within the learn-ahead window: the review screen carries this
    // forward in memory while time passes (ui/review/next-card.ts). Bounded: a learner never has this
    // many cards in learning at once, but a broken import might.
    queue.getAll(range(deckId, Queue.Learning, -Infinity, Infinity), MAX_LEARNING_READ),
    // Enough to fill the day's limit even when siblings are skipped.
    queue.getAllKeys(range(deckId, Queue.Review, -Infinity, dayEnd - 1), settings.reviewsPerDay * 2),
    // A pair has up to four cards and only one is taken per day: enough keys for the day's limit.
    queue.getAllKeys(range(deckId, Queue.New, -Infinity, Infinity), settings.newPerDay * 4 + 4),
  ]);
  const today = summariseDay(todays);
  // Sentences never studied have no cards yet: when those stored run short of what today may still introduce, the next are written and the queue read again.
  const newLeft = settings.newPerDay - today.newIntroduced;
  const freshPairs = new Set(fresh.map(([, cardId]) => pairIdOfCard(cardId)).filter((pairId) => !today.cardsByPair.has(pairId))).size;
  if (topUp && freshPairs < newLeft && ((await tally)?.virtualPairs ?? 0) > 0) {
    await tx.done;
    // A day or two's worth at a time, so not worth a place in the start-up script.
    const { storeNextNewCards, storedAhead } = await import('./new-cards.ts');
    await storeNextNewCards(db, deckId, storedAhead(Math.max(newLeft - freshPairs, settings.newPerDay)), settings.newOrder);
    return deckQueue(db, deckId, now, settings, skip, false);
  }
  const shown = (c: Candidate) => skip.length === 0 || !skip.includes(kindOfCard(c.cardId));
  const snapshot: QueueSnapshot = {
    learning: learning.map((c) => ({ cardId: c.cardId, pairId: c.pairId, due: c.due })).filter(shown),
    reviews: reviews.map(fromKey).filter(shown),
    fresh: fresh.map(fromKey).filter(shown),
    today,
  };
  const result = buildQueue({ now, ...snapshot, settings });
  const card = result.next ? (await tx.objectStore('cards').get([deckId, result.next.cardId])) ?? null : null;
  let nextDue: number | null = null;
  if (!result.next) {
    const [laterLearning, laterReview] = await Promise.all([
      queue.get(range(deckId, Queue.Learning, t + LEARN_AHEAD_MS, Infinity)),
      queue.get(range(deckId, Queue.Review, dayEnd, Infinity)),
    ]);
    const times = [laterLearning?.due, laterReview ? dayEnd : undefined].filter((x): x is number => x !== undefined);
    // A pair held back by the sibling rule, or a new card over today's limit, waits for tomorrow too.
    if (result.counts.new === 0 && fresh.length > 0) times.push(dayEnd);
    if (reviews.length > 0) times.push(dayEnd);
    nextDue = times.length ? Math.min(...times) : null;
  }
  await tx.done;
  return { ...result, day, nextDue, card, snapshot, dayEnd };
}

function fromKey([, cardId]: [string, string]): Candidate {
  return { cardId, pairId: pairIdOfCard(cardId) };
}
