// The review screen's queue, kept in memory between ratings so that a tap
// only swaps in a card whose records were read beforehand (while the learner
// was reading the card before it). Storage stays the truth: the store reads
// the queue again after each review is saved, and whenever something else may
// have changed it (another tab, undo, a set-aside); a new study day, an empty
// queue or a card not read in advance go the slow way, through storage.
import { afterRating, buildQueue, type Candidate, type QueueSnapshot } from '../../schedule/queue.ts';
import type { CardState } from '../../schedule/card-state.ts';
import type { Grade4 } from '../../schedule/scheduler.ts';
import type { StudySettings } from '../../schedule/settings.ts';
import { studyDayOf } from '../../schedule/study-day.ts';
import { placeReplayed } from '../../storage/card-place.ts';
import type { Database } from '../../storage/db.ts';
import type { CardRecord, PairRecord } from '../../storage/schema.ts';
import type { DeckQueue } from '../../storage/study.ts';

export interface Shown {
  card: CardRecord;
  pair: PairRecord;
}

export class NextCards {
  private deckId: string | null = null;
  private queue: DeckQueue | null = null;
  /** Records read in advance, by card id: the cards that may follow the one on screen. */
  private read = new Map<string, Shown>();

  /** A queue just read from storage: the truth from now on. */
  reset(deckId: string, queue: DeckQueue): void {
    this.deckId = deckId;
    this.queue = queue;
  }

  /** Something changed that memory cannot follow: the next tap reads storage. */
  forget(): void {
    this.deckId = null;
    this.queue = null;
    this.read = new Map();
  }

  /** Reads the card that would follow `current` for each rating (usually one card, two at most). */
  async prepare(db: Database, current: CardRecord, previews: Record<Grade4, CardState>, at: Date, settings: StudySettings): Promise<void> {
    const { queue, deckId } = this;
    if (!queue || !deckId) return;
    const wanted = new Map<string, Candidate>();
    for (const after of Object.values(previews)) {
      const next = buildQueue({ now: at, ...afterRating(queue.snapshot, current, current, after, queue.dayEnd), settings }).next;
      if (next && next.cardId !== current.cardId) wanted.set(next.cardId, next);
    }
    const read = new Map<string, Shown>();
    const missing = [...wanted.values()].filter((c) => {
      const known = this.read.get(c.cardId);
      if (known) read.set(c.cardId, known);
      return !known;
    });
    if (missing.length) {
      const tx = db.transaction(['cards', 'pairs'], 'readonly');
      const found = await Promise.all(missing.map(async (c) => {
        const [card, pair] = await Promise.all([tx.objectStore('cards').get([deckId, c.cardId]), tx.objectStore('pairs').get([deckId, c.pairId])]);
        return card && pair ? { card, pair } : null;
      }));
      for (const f of found) if (f) read.set(f.card.cardId, f);
    }
    // Read meanwhile from storage again (the queue was reset): these records may be older than it.
    if (this.queue === queue) this.read = read;
  }

  /**
   * The queue once `card` is rated (its new state `after`), and the next card if
   * its records were read in advance. null: ask storage (nothing carried in
   * memory, another study day, nothing left today, or the next card not read).
   */
  afterRating(card: CardRecord, pair: PairRecord, after: CardState, at: Date, settings: StudySettings, suspended = false): { queue: DeckQueue; next: Shown } | null {
    const queue = this.queue;
    if (!queue || this.deckId !== card.deckId || studyDayOf(at, settings) !== queue.day || at.getTime() >= queue.dayEnd) return null;
    const snapshot: QueueSnapshot = afterRating(queue.snapshot, card, card, after, queue.dayEnd, suspended);
    const result = buildQueue({ now: at, ...snapshot, settings });
    if (!result.next) return null;
    // The card just rated, due again within minutes: as the review writes it.
    const next = result.next.cardId === card.cardId ? { card: placeReplayed(card, { state: after, suspended: false, buriedDay: null }, 'deck'), pair } : this.read.get(result.next.cardId);
    if (!next) return null;
    this.queue = { ...queue, ...result, card: next.card, snapshot, nextDue: null };
    return { queue: this.queue, next };
  }
}
