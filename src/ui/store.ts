// App state: the one layer between the screens and storage/scheduling. A tap
// becomes an action here, goes through the scheduler and one transaction,
// then the state updates and the screens re-render. What the statistics,
// browser and backup screens ask of storage is in data-actions.ts.
import { useEffect, useState } from 'preact/hooks';
import { decks as bundled } from 'virtual:lovi-decks';
import { now } from '../clock.ts';
import { fetchDeck } from '../deck/load.ts';
import type { DeckSummary } from '../deck/types.ts';
import { createScheduler, GRADES, type Grade4, type Scheduler } from '../schedule/scheduler.ts';
import type { CardState } from '../schedule/card-state.ts';
import type { StudySettings } from '../schedule/settings.ts';
import { studyDayOf } from '../schedule/study-day.ts';
import { buildQueue, Queue } from '../schedule/queue.ts';
import { becameLeech } from '../schedule/leech.ts';
import type { UpdateHandle } from '../pwa/register-sw.ts';
import { requestPersistence } from '../pwa/storage-persistence.ts';
import { openDatabase, type Database } from '../storage/db.ts';
import { installDeck } from '../storage/install.ts';
import { recordReview, StaleCardError, undoReview } from '../storage/reviews.ts';
import { announceChange, onChange } from '../storage/changes.ts';
import { buryCard, suspendCard, unburyBefore, undoSetAside, unsuspendCard } from '../storage/card-actions.ts';
import type { CardRecord, ExerciseRecord, PairRecord } from '../storage/schema.ts';
import { loadSettings, saveSettings } from '../storage/settings.ts';
import { reorderNewCards } from '../storage/reorder.ts';
import { deckQueue, type DeckQueue } from '../storage/study.ts';
import { installedDecks } from '../storage/deck-list.ts';
import { vietnameseVoice, voicesReady } from './review/speech.ts';
import type { CardKind } from '../deck/types.ts';
import { PENDING_IMPORT_KEY, type ImportSource, type PendingImport } from '../import/protocol.ts';
import { DataActions, LAST_BACKUP_KEY } from './data-actions.ts';
import { NextCards, type Shown } from './review/next-card.ts';
import type { ReviewInput } from '../storage/reviews.ts';

export type Problem = 'blocked' | 'reload-needed' | 'newer-data' | 'save-failed' | 'storage-full' | 'install-failed' | 'storage-unavailable';

/** Why a write failed, as the learner should hear it: a full phone is worth naming. */
function saveProblem(e: unknown): Problem {
  return e instanceof DOMException && e.name === 'QuotaExceededError' ? 'storage-full' : 'save-failed';
}

export interface DeckRow {
  summary: DeckSummary;
  queue: DeckQueue;
  /** The learner's own (imported or added), not shipped with the app. */
  own: boolean;
}

export interface CurrentCard {
  card: CardRecord;
  pair: PairRecord;
  shownAt: number;
  /** Once the answer is shown: when, and the state each rating would give (for the interval labels). */
  revealed: { at: number; preview: Record<Grade4, CardState> } | null;
}

export interface AppState {
  ready: boolean;
  installing: { deck: string; done: number; total: number } | null;
  problem: Problem | null;
  rows: DeckRow[];
  screen: { name: 'home' } | { name: 'review'; deckId: string } | { name: 'settings' } | { name: 'stats' } | { name: 'browse' } | { name: 'import'; shared?: ImportSource };
  settings: StudySettings | null;
  current: CurrentCard | null;
  /** Next due time when the deck under review has nothing left today. */
  doneUntil: number | null;
  undoable: number;
  /** A new version of the app is waiting. */
  update: UpdateHandle | null;
  /** Suggest a backup (shown after a study session). */
  backupDue: boolean;
  /** The card just rated became a leech (schedule/leech.ts): the review screen says so, and offers to edit its pair or keep studying it. */
  leech: { card: CardRecord; pair: PairRecord; suspended: boolean } | null;
}

type Listener = (s: AppState) => void;

/** What the undo button takes back: a rating (its log entry) or a suspend/bury (the card as it was, and as it was left). */
type Undoable = { kind: 'review'; id: string } | { kind: 'aside'; before: CardRecord; aside: CardRecord };

export class Store {
  state: AppState = { ready: false, installing: null, problem: null, rows: [], screen: { name: 'home' }, settings: null, current: null, doneUntil: null, undoable: 0, update: null, backupDue: false, leech: null };
  private listeners = new Set<Listener>();
  private db: Database | null = null;
  private settings!: StudySettings;
  private scheduler!: Scheduler;
  /** This session's ratings (log entry ids) and set-asides, newest last: the undo levels. */
  private undoStack: Undoable[] = [];
  private busy = false;
  /** The review screen's queue in memory, for a tap that waits on nothing (see review/next-card.ts). */
  private nextCards = new NextCards();
  /** Reviews being saved, one after another; undo and set-asides wait for them. */
  private saving: Promise<unknown> = Promise.resolve();
  private unsaved = 0;
  private persistenceAsked = false;
  /** Whether this device can speak Vietnamese: without a voice, dictation cards are neither shown nor counted. */
  private voice = false;
  /** What the statistics, browser and backup screens ask of storage. */
  readonly data = new DataActions({
    db: () => {
      if (!this.db) throw new Error('The database is closed (a newer version took over).');
      return this.db;
    },
    settings: () => this.settings,
    scheduler: () => this.scheduler,
    reloadSettings: async () => {
      await this.reloadSettings();
      await this.refreshRows();
    },
    backupDone: () => this.set({ backupDue: false }),
    decksChanged: (deckId) => this.deckChanged(deckId),
    pairChanged: async (pair) => {
      const c = this.state.current;
      if (c && c.pair.deckId === pair.deckId && c.pair.pairId === pair.pairId) this.set({ current: { ...c, pair } });
      announceChange(pair.deckId);
    },
  });

  subscribe(l: Listener): () => void {
    this.listeners.add(l);
    return () => this.listeners.delete(l);
  }

  /** A write failed. After a newer version closed the database, "reload" stays the message: it is the way out. */
  private saveFailed(e: unknown): void {
    if (this.state.problem !== 'reload-needed') this.set({ problem: saveProblem(e) });
  }

  private set(patch: Partial<AppState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l(this.state);
  }

  async start(): Promise<void> {
    try {
      this.db = await openDatabase({
        onBlocked: () => this.set({ problem: 'blocked' }),
        // The connection is closed for a newer version: nothing here reads or writes again until a reload.
        onVersionChange: () => {
          this.db = null;
          this.set({ problem: 'reload-needed' });
        },
      });
    } catch (e) {
      // A newer app (another tab, or a version since rolled back) has upgraded the database.
      const newer = e instanceof DOMException && e.name === 'VersionError';
      this.set({ problem: newer ? 'newer-data' : 'storage-unavailable', ready: true });
      return;
    }
    performance.mark('lovi:database-open');
    await this.reloadSettings();
    onChange((m) => void this.changedElsewhere(m.deckId));
    // The voice list comes late (voiceschanged, or never in some browsers): not waited for; the
    // counts follow once it is known, dictation hidden until then.
    void voicesReady().then(() => {
      const voice = vietnameseVoice() !== null;
      if (voice === this.voice) return;
      this.voice = voice;
      if (this.state.screen.name === 'home') void this.refreshRows();
    });
    await this.installBundled();
    await this.finishPendingImport();
    await this.refreshRows();
    performance.mark('lovi:decks-read');
    this.set({ ready: true });
  }

  /** Installs bundled decks that are new or changed since they were installed. */
  private async installBundled(): Promise<void> {
    const db = this.db!;
    for (const summary of bundled) {
      const installed = await db.get('decks', summary.id);
      if (installed?.contentHash === summary.contentHash) continue;
      try {
        this.set({ installing: { deck: summary.id, done: 0, total: summary.pairs } });
        const deck = await fetchDeck(summary.file);
        await installDeck(db, deck, now(), (done, total) => this.set({ installing: { deck: summary.id, done, total } }), this.settings.newOrder, true);
      } catch {
        this.set({ problem: 'install-failed' });
      }
    }
    this.set({ installing: null });
  }

  private skippedKinds(): CardKind[] {
    return this.voice ? [] : ['dictation'];
  }

  /** Whether dictation can be offered on this device. */
  get canSpeak(): boolean {
    return this.voice;
  }

  /** An import whose save was cut short is finished now (see import/resume.ts; its code loads only then). */
  private async finishPendingImport(): Promise<void> {
    const pending = (await this.db!.get('settings', PENDING_IMPORT_KEY)) as PendingImport | undefined;
    if (!pending) return;
    const { finishImport } = await import('../import/resume.ts');
    const deckId = await finishImport(pending, (done, total) => this.set({ installing: { deck: pending.title, done, total } }));
    this.set({ installing: null });
    if (deckId) announceChange(deckId);
    // It cannot be finished (the storage is full, say): not retried at every start; the learner can import again.
    else await this.db!.delete('settings', PENDING_IMPORT_KEY).catch(() => undefined);
  }

  private async refreshRows(): Promise<void> {
    const db = this.db;
    if (!db) return;
    const at = now();
    const rows = await Promise.all((await installedDecks(db, bundled)).map(async (summary): Promise<DeckRow> => {
      await unburyBefore(db, summary.id, studyDayOf(at, this.settings), this.settings.newOrder);
      return { summary, queue: await deckQueue(db, summary.id, at, this.settings, this.skippedKinds()), own: !bundled.some((b) => b.id === summary.id) };
    }));
    this.set({ rows });
  }

  async openDeck(deckId: string): Promise<void> {
    this.undoStack = [];
    this.set({ screen: { name: 'review', deckId }, undoable: 0, leech: null });
    // The home screen has just read this deck's queue: its first card is shown from it
    // when it is still the first (same study day; learning cards fall due as time passes).
    const row = this.state.rows.find((r) => r.summary.id === deckId);
    const at = now();
    if (this.db && row?.queue.card && studyDayOf(at, this.settings) === row.queue.day) {
      const result = buildQueue({ now: at, ...row.queue.snapshot, settings: this.settings });
      if (result.next?.cardId === row.queue.card.cardId) {
        const pair = await this.db.get('pairs', [deckId, row.queue.card.pairId]);
        const screen = this.state.screen;
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

  async goHome(): Promise<void> {
    this.set({ screen: { name: 'home' }, current: null });
    await this.refreshRows();
  }

  offerUpdate(update: UpdateHandle): void {
    this.set({ update });
  }

  /** Another tab studied: refresh what this one shows, unless the learner is mid-answer here. */
  private async changedElsewhere(deckId: string): Promise<void> {
    const screen = this.state.screen;
    if (screen.name === 'home') await this.refreshRows();
    else if (screen.name === 'review' && screen.deckId === deckId) {
      this.nextCards.forget();
      if (!this.state.current?.revealed && !this.busy && this.unsaved === 0) await this.showNext();
    }
  }

  openBrowse(): void {
    this.set({ screen: { name: 'browse' }, current: null });
  }

  /** The import screen; with what was shared to Lovi (Android's share sheet), straight to its preview. */
  openImport(shared?: ImportSource): void {
    this.set({ screen: shared ? { name: 'import', shared } : { name: 'import' }, current: null });
  }

  /** A deck was imported (saved by the import worker), changed or deleted: list it here, tell other tabs. */
  async deckChanged(deckId: string): Promise<void> {
    announceChange(deckId);
    await this.refreshRows();
  }

  openStats(): void {
    this.set({ screen: { name: 'stats' }, current: null });
  }

  private async checkBackupDue(): Promise<void> {
    const days = this.settings.backupReminderDays;
    if (days <= 0 || !this.db) return;
    const last = (await this.db.get('settings', LAST_BACKUP_KEY)) as number | undefined;
    this.set({ backupDue: last === undefined || now().getTime() - last >= days * 86_400_000 });
  }

  openSettings(): void {
    this.set({ screen: { name: 'settings' }, current: null });
  }

  /** Changes some settings; the others stay as stored (the settings form and the optimiser each change their own). */
  async saveSettings(patch: Partial<StudySettings>): Promise<void> {
    const next = { ...this.settings, ...patch };
    const reorder = next.newOrder !== this.settings.newOrder;
    await saveSettings(this.db!, next);
    if (reorder) await reorderNewCards(this.db!, next.newOrder);
    await this.reloadSettings();
  }

  /** Settings as stored now (after a change or an import), and the scheduler that follows from them. */
  private async reloadSettings(): Promise<void> {
    this.settings = await loadSettings(this.db!);
    this.scheduler = createScheduler(this.settings);
    this.set({ settings: this.settings });
  }

  /** Reads the queue from storage and shows its first card (or the day's end). */
  private async showNext(): Promise<void> {
    const screen = this.state.screen;
    if (screen.name !== 'review' || !this.db) return;
    const at = now();
    const queue = await deckQueue(this.db, screen.deckId, at, this.settings, this.skippedKinds());
    this.nextCards.reset(screen.deckId, queue);
    if (!queue.card) {
      this.set({ current: null, doneUntil: queue.nextDue, rows: this.withQueue(screen.deckId, queue) });
      // A study session just ended: now there is something worth protecting from eviction.
      if (this.undoStack.some((u) => u.kind === 'review')) {
        if (!this.persistenceAsked) {
          this.persistenceAsked = true;
          void requestPersistence();
        }
        void this.checkBackupDue();
      }
      return;
    }
    const pair = (await this.db.get('pairs', [screen.deckId, queue.card.pairId]))!;
    this.show(screen.deckId, queue, { card: queue.card, pair }, at);
  }

  private withQueue(deckId: string, queue: DeckQueue): DeckRow[] {
    return this.state.rows.map((r) => (r.summary.id === deckId ? { ...r, queue } : r));
  }

  /** Puts a card on screen, then reads the cards that may follow it while the learner reads it. */
  private show(deckId: string, queue: DeckQueue, { card, pair }: Shown, at: Date): void {
    if (!this.state.current) performance.mark('lovi:card-read');
    this.set({ rows: this.withQueue(deckId, queue), doneUntil: null, current: { card, pair, shownAt: at.getTime(), revealed: null } });
    if (this.db) void this.nextCards.prepare(this.db, card, this.scheduler.preview(card, at), at, this.settings).catch(() => undefined);
  }

  reveal(): void {
    const c = this.state.current;
    if (!c || c.revealed) return;
    // Previewed once, when the answer shows: the intervals the buttons offer are measured from then.
    const at = now();
    this.set({ current: { ...c, revealed: { at: at.getTime(), preview: this.scheduler.preview(c.card, at) } } });
  }

  /**
   * Saves the rating (with how an exercise was answered, for exercise cards).
   * The next card shows at once when the queue in memory knows it; the review
   * is saved meanwhile (one transaction with its log entry), and if that fails
   * the learner is told and the card comes back.
   */
  async rate(grade: Grade4, exercise?: ExerciseRecord): Promise<void> {
    const c = this.state.current;
    const screen = this.state.screen;
    if (!c || !c.revealed || this.busy || !this.db || screen.name !== 'review' || !GRADES.includes(grade)) return;
    const at = now();
    const after = this.scheduler.rate(c.card, at, grade);
    const leech = becameLeech(c.card, after, this.settings.leechLapses);
    const suspend = leech && this.settings.leechSuspend;
    const review: ReviewInput = {
      deckId: screen.deckId, cardId: c.card.cardId, before: c.card, after,
      grade, at, day: studyDayOf(at, this.settings), durationMs: at.getTime() - c.shownAt,
      ...(exercise ? { exercise } : {}),
      ...(suspend ? { suspend } : {}),
    };
    this.set({ leech: leech ? { card: { ...c.card, ...after, ...(suspend ? { queue: Queue.Suspended } : {}) }, pair: c.pair, suspended: suspend } : null });
    const swap = this.nextCards.afterRating(c.card, c.pair, after, at, this.settings, suspend);
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
    if (this.state.screen !== screen) return;
    if (saved === 'failed') {
      // Nothing of it was written: the same card again, as it was; memory's queue had moved past it.
      this.nextCards.forget();
      this.set({ current: { card: c.card, pair: c.pair, shownAt: now().getTime(), revealed: null } });
    }
    if (this.unsaved === 0) await this.reconcile(screen.deckId);
  }

  /**
   * Storage is the truth: after the reviews were saved, the queue memory carried
   * forward is read again (while the learner reads the card), for the counts
   * and for the cards that may follow the one on screen.
   */
  private async reconcile(deckId: string): Promise<void> {
    const queue = this.db && (await deckQueue(this.db, deckId, now(), this.settings, this.skippedKinds()).catch(() => null));
    const screen = this.state.screen;
    if (!queue || this.unsaved > 0 || screen.name !== 'review' || screen.deckId !== deckId) return;
    this.nextCards.reset(deckId, queue);
    this.set({ rows: this.withQueue(deckId, queue) });
    const shown = this.state.current;
    if (shown && this.db) void this.nextCards.prepare(this.db, shown.card, this.scheduler.preview(shown.card, now()), now(), this.settings).catch(() => undefined);
  }

  /** Writes a review after those before it; 'stale' when another tab had rated the card already (nothing lost). */
  private save(review: ReviewInput): Promise<'saved' | 'stale' | 'failed'> {
    this.unsaved++;
    const db = this.db!;
    const done = this.saving.then(async () => {
      try {
        const entry = await recordReview(db, review);
        this.undoStack.push({ kind: 'review', id: entry.id });
        announceChange(entry.deckId);
        this.set({ undoable: this.undoStack.length, problem: null });
        return 'saved' as const;
      } catch (e) {
        if (e instanceof StaleCardError) return 'stale' as const;
        this.saveFailed(e);
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
    const leech = this.state.leech;
    if (!leech || !this.db) return;
    this.set({ leech: null });
    if (!leech.suspended) return;
    await this.saving;
    try {
      await unsuspendCard(this.db, leech.card.deckId, leech.card.cardId, this.settings.newOrder);
      announceChange(leech.card.deckId);
      this.nextCards.forget();
      await this.reconcile(leech.card.deckId);
    } catch (e) {
      this.saveFailed(e);
    }
  }

  /** Suspend (until brought back) or bury (until tomorrow) the card on screen. */
  async setAside(how: 'suspend' | 'bury'): Promise<void> {
    const c = this.state.current;
    if (!c || this.busy || !this.db) return;
    this.busy = true;
    try {
      await this.saving;
      const aside = how === 'suspend'
        ? await suspendCard(this.db, c.card.deckId, c.card.cardId)
        : await buryCard(this.db, c.card.deckId, c.card.cardId, studyDayOf(now(), this.settings));
      if (aside) {
        this.undoStack.push({ kind: 'aside', before: c.card, aside });
        announceChange(aside.deckId);
        this.set({ undoable: this.undoStack.length });
      }
    } catch (e) {
      this.saveFailed(e);
    } finally {
      this.busy = false;
    }
    await this.showNext();
  }

  async undo(): Promise<void> {
    if (this.busy || !this.db) return;
    this.busy = true;
    // A rating still being saved is the one to take back: its entry is known once saved.
    await this.saving;
    const last = this.undoStack[this.undoStack.length - 1];
    if (!last || !this.db) {
      this.busy = false;
      return;
    }
    try {
      const card = last.kind === 'review'
        ? await undoReview(this.db, last.id, this.settings.newOrder)
        : await undoSetAside(this.db, last.before, last.aside);
      announceChange(card.deckId);
      this.undoStack.pop();
      this.set({ undoable: this.undoStack.length, leech: null });
    } catch (e) {
      // Changed meanwhile (another tab, a new study day): that level can no longer be taken back.
      if (e instanceof StaleCardError) {
        this.undoStack.pop();
        this.set({ undoable: this.undoStack.length });
      } else {
        this.saveFailed(e);
      }
    } finally {
      this.busy = false;
    }
    await this.showNext();
  }

}

export function useStore(store: Store): AppState {
  const [state, setState] = useState(store.state);
  useEffect(() => {
    const unsubscribe = store.subscribe(setState);
    // Effects run after paint: the store may have moved on (even finished
    // starting) between the first render and this subscription.
    setState(store.state);
    return unsubscribe;
  }, [store]);
  return state;
}
