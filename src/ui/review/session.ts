// The review session: the card on screen, ratings saved one after another
// behind the next card, undo levels, suspend and bury, the leech notice's
// "keep studying". The queue is carried in memory between ratings
// (next-card.ts) and read again from storage after each save. The store
// owns the app state and the database; this owns what one session needs.
import { now } from '../../clock.ts';
import type { CardKind } from '../../deck/types.ts';
import { becameLeech } from '../../schedule/leech.ts';
import { buildQueue, Queue } from '../../schedule/queue.ts';
import { GRADES, type Grade4, type Scheduler } from '../../schedule/scheduler.ts';
import type { StudySettings } from '../../schedule/settings.ts';
import { studyDayOf } from '../../schedule/study-day.ts';
import { announceChange } from '../../storage/changes.ts';
import type { Database } from '../../storage/db.ts';
import { recordReview, StaleCardError, type Moment, type ReviewInput } from '../../storage/reviews.ts';
import type { CardRecord } from '../../storage/schema.ts';
import type { ExerciseRecord } from '../../history/entry.ts';
import { deckQueue, type DeckQueue } from '../../storage/study.ts';
import type { AppState, DeckRow } from '../store.ts';
import { noteStudying } from './resume.ts';
import { NextCards, type Shown } from './next-card.ts';

/** What the session needs from the app around it (store.ts). */
export interface SessionHost {
  db(): Database | null;
  settings(): StudySettings;
  scheduler(): Scheduler;
  skippedKinds(): CardKind[];
  state(): AppState;
  set(patch: Partial<AppState>): void;
  saveFailed(e: unknown): void;
  /** A study session ended with reviews in it (persistence, backup reminder). */
  studied(): void;
}

/** What the undo button takes back: a rating, a suspend or a bury, by its log entry. */
type Undoable = { kind: 'review' | 'aside'; id: string };

export class ReviewSession {
  /** This session's ratings (log entry ids) and set-asides, newest last: the undo levels. */
  private undoStack: Undoable[] = [];
  private busy = false;
  /** The queue in memory, for a tap that waits on nothing (see next-card.ts). */
  private nextCards = new NextCards();
  /** Reviews being saved, one after another; undo and set-asides wait for them. */
  private saving: Promise<unknown> = Promise.resolve();
  private unsaved = 0;

  constructor(private readonly host: SessionHost) {}

  /** Opens a deck: its first card from the queue the home screen has just read when it is still the first. */
  async open(deckId: string, row: DeckRow | undefined): Promise<void> {
    const { host } = this;
    this.undoStack = [];
    host.set({ screen: { name: 'review', deckId }, undoable: 0, leech: null });
    noteStudying(deckId);
    const db = host.db();
    const settings = host.settings();
    const at = now();
    // Same study day, and learning cards fall due as time passes: rebuilt for now.
    if (db && row?.queue.card && studyDayOf(at, settings) === row.queue.day) {
      const result = buildQueue({ now: at, ...row.queue.snapshot, settings });
      if (result.next?.cardId === row.queue.card.cardId) {
        const pair = await db.get('pairs', [deckId, row.queue.card.pairId]);
        const screen = host.state().screen;
        if (pair && screen.name === 'review' && screen.deckId === deckId) {
          const queue = { ...row.queue, ...result };
          this.nextCards.reset(deckId, queue);
          this.show(deckId, queue, { card: row.queue.card, pair }, at);
          return;
        }
      }
    }
    await this.showNext();
  }

  /** Another tab studied this deck: the queue is read again, unless the learner is mid-answer here. */
  async changedElsewhere(): Promise<void> {
    this.nextCards.forget();
    const shown = this.host.state().current;
    if (shown?.revealed || this.busy || this.unsaved !== 0) return;
    // Read meanwhile, the learner may have tapped "show answer" or rated: that card stays.
    await this.showNext(() => this.host.state().current === shown && !this.busy && this.unsaved === 0);
  }

  /** Reads the queue from storage and shows its first card (or the day's end); `still`: whether that is still wanted once read. */
  async showNext(still: () => boolean = () => true): Promise<void> {
    const { host } = this;
    const screen = host.state().screen;
    const db = host.db();
    if (screen.name !== 'review' || !db) return;
    const at = now();
    const queue = await deckQueue(db, screen.deckId, at, host.settings(), host.skippedKinds());
    if (!still()) return;
    this.nextCards.reset(screen.deckId, queue);
    if (!queue.card) {
      // Nothing left today: a reload goes home.
      noteStudying(null);
      host.set({ current: null, doneUntil: queue.nextDue, rows: this.withQueue(screen.deckId, queue) });
      if (this.undoStack.some((u) => u.kind === 'review')) host.studied();
      return;
    }
    const pair = (await db.get('pairs', [screen.deckId, queue.card.pairId]))!;
    if (!still()) return;
    this.show(screen.deckId, queue, { card: queue.card, pair }, at);
  }

  private withQueue(deckId: string, queue: DeckQueue): DeckRow[] {
    return this.host.state().rows.map((r) => (r.summary.id === deckId ? { ...r, queue } : r));
  }

  /** Puts a card on screen, then reads the cards that may follow it while the learner reads it. */
  private show(deckId: string, queue: DeckQueue, { card, pair }: Shown, at: Date): void {
    if (!this.host.state().current) performance.mark('lovi:card-read');
    this.host.set({ rows: this.withQueue(deckId, queue), doneUntil: null, current: { card, pair, shownAt: at.getTime(), revealed: null } });
    this.prepareNext(card, at);
  }

  /** Reads the records of the card each rating of this one would bring next. */
  private prepareNext(card: CardRecord, at: Date): void {
    const db = this.host.db();
    if (db) void this.nextCards.prepare(db, card, this.host.scheduler().preview(card, at), at, this.host.settings()).catch(() => undefined);
  }

  reveal(): void {
    const c = this.host.state().current;
    if (!c || c.revealed) return;
    // Previewed once, when the answer shows: the intervals the buttons offer are measured from then.
    const at = now();
    this.host.set({ current: { ...c, revealed: { at: at.getTime(), preview: this.host.scheduler().preview(c.card, at) } } });
  }

  /**
   * Saves the rating (with how an exercise was answered, for exercise cards).
   * The next card shows at once when the queue in memory knows it; the review
   * is saved meanwhile (one transaction with its log entry), and if that fails
   * the learner is told and the card comes back.
   */
  async rate(grade: Grade4, exercise?: ExerciseRecord): Promise<void> {
    const { host } = this;
    const c = host.state().current;
    const screen = host.state().screen;
    if (!c || !c.revealed || this.busy || !host.db() || screen.name !== 'review' || !GRADES.includes(grade)) return;
    const settings = host.settings();
    const at = now();
    const after = host.scheduler().rate(c.card, at, grade);
    const leech = becameLeech(c.card, after, settings.leechLapses);
    const suspend = leech && settings.leechSuspend;
    // A card flipped and self-graded has no exercise record but for a spoken attempt.
    if (c.spoken) exercise = { ...(exercise ?? { kind: c.card.kind, mode: 'self', errors: [] }), spoken: c.spoken };
    const review: ReviewInput = {
      deckId: screen.deckId, cardId: c.card.cardId, before: c.card,
      grade, at, day: studyDayOf(at, settings), durationMs: at.getTime() - c.shownAt,
      ...(exercise ? { exercise } : {}),
      ...(suspend ? { suspend } : {}),
    };
    host.set({ leech: leech ? { card: { ...c.card, ...after, ...(suspend ? { queue: Queue.Suspended } : {}) }, pair: c.pair, suspended: suspend } : null });
    const swap = this.nextCards.afterRating(c.card, c.pair, after, at, settings, suspend);
    if (!swap) {
      this.busy = true;
      try {
        await this.save(review);
      } finally {
        this.busy = false;
      }
      await this.showNext();
      return;
    }
    this.show(screen.deckId, swap.queue, swap.next, at);
    const saved = await this.save(review);
    if (host.state().screen !== screen) return;
    if (saved === 'failed') {
      // Nothing of it was written: the same card again, as it was; memory's queue had moved past it.
      this.nextCards.forget();
      host.set({ current: { card: c.card, pair: c.pair, shownAt: now().getTime(), revealed: null } });
    }
    if (this.unsaved === 0) await this.reconcile(screen.deckId);
  }

  /**
   * Storage is the truth: after the reviews were saved, the queue memory carried
   * forward is read again (while the learner reads the card), for the counts
   * and for the cards that may follow the one on screen.
   */
  private async reconcile(deckId: string): Promise<void> {
    const { host } = this;
    const db = host.db();
    const queue = db && (await deckQueue(db, deckId, now(), host.settings(), host.skippedKinds()).catch(() => null));
    const screen = host.state().screen;
    if (!queue || this.unsaved > 0 || screen.name !== 'review' || screen.deckId !== deckId) return;
    this.nextCards.reset(deckId, queue);
    host.set({ rows: this.withQueue(deckId, queue) });
    const shown = host.state().current;
    if (shown) this.prepareNext(shown.card, now());
  }

  /** Writes a review after those before it; 'stale' when another tab had rated the card already (nothing lost). */
  private save(review: ReviewInput): Promise<'saved' | 'stale' | 'failed'> {
    this.unsaved++;
    const db = this.host.db()!;
    const done = this.saving.then(async () => {
      try {
        const entry = await recordReview(db, review);
        this.undoStack.push({ kind: 'review', id: entry.id });
        announceChange(entry.deckId);
        this.host.set({ undoable: this.undoStack.length, problem: null });
        return 'saved' as const;
      } catch (e) {
        if (e instanceof StaleCardError) return 'stale' as const;
        this.host.saveFailed(e);
        return 'failed' as const;
      } finally {
        this.unsaved--;
      }
    });
    this.saving = done;
    return done;
  }

  /** The leech notice's "keep studying": the card comes back to its queue (if it was suspended), the notice goes. */
  async keepLeech(): Promise<void> {
    const { host } = this;
    const leech = host.state().leech;
    const db = host.db();
    if (!leech || !db) return;
    host.set({ leech: null });
    if (!leech.suspended) return;
    await this.saving;
    try {
      const { unsuspendCard } = await import('../../storage/card-actions.ts');
      await unsuspendCard(db, leech.card.deckId, leech.card.cardId, this.moment(), host.settings().newOrder);
      announceChange(leech.card.deckId);
      this.nextCards.forget();
      await this.reconcile(leech.card.deckId);
    } catch (e) {
      host.saveFailed(e);
    }
  }

  /** Suspend (until brought back) or bury (until tomorrow) the card on screen. */
  async setAside(how: 'suspend' | 'bury'): Promise<void> {
    const { host } = this;
    const c = host.state().current;
    const db = host.db();
    if (!c || this.busy || !db) return;
    this.busy = true;
    try {
      await this.saving;
      // Loaded when first used: not needed to show a card.
      const { suspendCard, buryCard } = await import('../../storage/card-actions.ts');
      const aside = await (how === 'suspend' ? suspendCard : buryCard)(db, c.card.deckId, c.card.cardId, this.moment());
      if (aside) {
        this.undoStack.push({ kind: 'aside', id: aside.entryId });
        announceChange(aside.card.deckId);
        host.set({ undoable: this.undoStack.length });
      }
    } catch (e) {
      host.saveFailed(e);
    } finally {
      this.busy = false;
    }
    await this.showNext();
  }

  /** Now, and the study day it belongs to. */
  private moment(): Moment {
    const at = now();
    return { at, day: studyDayOf(at, this.host.settings()) };
  }

  async undo(): Promise<void> {
    const { host } = this;
    if (this.busy || !host.db()) return;
    this.busy = true;
    // A rating still being saved is the one to take back: its entry is known once saved.
    await this.saving;
    const last = this.undoStack[this.undoStack.length - 1];
    const db = host.db();
    if (!last || !db) {
      this.busy = false;
      return;
    }
    try {
      const { undoEntry } = await import('../../storage/undo.ts');
      const card = await undoEntry(db, last.id, this.moment(), host.settings().newOrder);
      announceChange(card.deckId);
      this.undoStack.pop();
      host.set({ undoable: this.undoStack.length, leech: null });
    } catch (e) {
      // Changed meanwhile (another tab, a new study day): that level can no longer be taken back.
      if (e instanceof StaleCardError) {
        this.undoStack.pop();
        host.set({ undoable: this.undoStack.length });
      } else {
        host.saveFailed(e);
      }
    } finally {
      this.busy = false;
    }
    await this.showNext();
  }
}
