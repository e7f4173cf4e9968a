// App state: the one layer between the screens and storage/scheduling. A tap
// becomes an action here, goes through the scheduler and one transaction,
// then the state updates and the screens re-render. Start-up, the home
// screen's decks, navigation and settings are here; the review session
// (ratings, undo, set-asides) is in review/session.ts, and what the
// statistics, browser and backup screens ask of storage in data-actions.ts.
import { useEffect, useState } from 'preact/hooks';
import { decks as bundled } from 'virtual:lovi-decks';
import { now } from '../clock.ts';
import type { DeckSummary } from '../deck/types.ts';
import { createScheduler, type Grade4, type Scheduler } from '../schedule/scheduler.ts';
import type { CardState } from '../schedule/card-state.ts';
import type { StudySettings } from '../schedule/settings.ts';
import { studyDayOf } from '../schedule/study-day.ts';
import type { UpdateHandle } from '../pwa/register-sw.ts';
import { requestPersistence } from '../pwa/storage-persistence.ts';
import type { Database } from '../storage/db.ts';
import { openPageDatabase } from '../storage/open-page.ts';
import { announceChange, onChange } from '../storage/changes.ts';
import { ACCOUNT_KEY } from '../storage/sync-keys.ts';
import type { MergeReport } from '../storage/sync-local.ts';
import type { SyncRunner } from './sync/sync-runner.ts';
import { unburyBefore } from '../storage/unbury.ts';
import type { CardRecord, PairRecord } from '../storage/schema.ts';
import type { ExerciseRecord } from '../history/entry.ts';
import { COMPACTED_KEY, LAST_BACKUP_KEY, loadSettings, REMEMORY_PENDING_KEY } from '../storage/settings.ts';
import { deckQueue, type DeckQueue } from '../storage/study.ts';
import { installedDecks } from '../storage/deck-list.ts';
import { vietnameseVoice, voicesReady } from './review/speech.ts';
import type { CardKind } from '../deck/types.ts';
import type { ImportSource } from '../import/protocol.ts';
import { StartInstalls } from './start-installs.ts';
import type { DataActions } from './data-actions.ts';
import { deferred } from './deferred.ts';
import { ReviewSession } from './review/session.ts';
import { noteStudying, wasStudying } from './review/resume.ts';

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
  /** The learner said the card's Vietnamese and was judged: the tones, for the rating's log entry (history/tone-codes.ts). */
  spoken?: string;
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
  /** New FSRS parameters: every studied card's memory is being brought in line with them (storage/rememory.ts), in a worker. */
  rememory: { done: number; total: number } | null;
}

type Listener = (s: AppState) => void;


export class Store {
  state: AppState = { ready: false, installing: null, problem: null, rows: [], screen: { name: 'home' }, settings: null, current: null, doneUntil: null, undoable: 0, update: null, backupDue: false, leech: null, rememory: null };
  private listeners = new Set<Listener>();
  private db: Database | null = null;
  private settings!: StudySettings;
  private scheduler!: Scheduler;
  private persistenceAsked = false;
  /** The decks' next new sentences are being chosen (one run at a time). */
  private planning = false;
  /** Whether this device can speak Vietnamese: without a voice, dictation cards are neither shown nor counted. */
  private voice = false;
  /** The open database; after a newer version took it over, an error (nothing reads or writes again until a reload). */
  private openDb(): Database {
    if (!this.db) throw new Error('The database is closed (a newer version took over).');
    return this.db;
  }

  /** What the statistics, browser and backup screens ask of storage: its code loads on the first ask (1.4 KB gzip out of the start-up scripts). */
  readonly data: DataActions = deferred(() => import('./data-actions.ts').then((m) => new m.DataActions({
    db: () => this.openDb(),
    settings: () => this.settings,
    scheduler: () => this.scheduler,
    reloadSettings: async () => {
      await this.reloadSettings();
      await this.refreshRows();
    },
    backupDone: () => this.set({ backupDue: false }),
    rememory: () => void this.rememory(),
    decksChanged: (deckId) => this.deckChanged(deckId),
    pairChanged: async (pair) => {
      const c = this.state.current;
      if (c && c.pair.deckId === pair.deckId && c.pair.pairId === pair.pairId) this.set({ current: { ...c, pair } });
      announceChange(pair.deckId);
    },
  })));

  /** The review screen's session (review/session.ts). */
  private readonly review = new ReviewSession({
    db: () => this.db,
    settings: () => this.settings,
    scheduler: () => this.scheduler,
    skippedKinds: () => this.skippedKinds(),
    state: () => this.state,
    set: (patch) => this.set(patch),
    saveFailed: (e) => this.saveFailed(e),
    studied: () => {
      // A study session just ended: now there is something worth protecting from eviction.
      if (!this.persistenceAsked) {
        this.persistenceAsked = true;
        void requestPersistence();
      }
      void this.checkBackupDue();
      void this.syncing?.then((r) => r.syncNow());
    },
  });

  private syncing: Promise<SyncRunner> | null = null;

  /** Sync has been started on this device (an account, or the panel opened): the settings screen shows its panel. */
  get syncStarted(): boolean {
    return this.syncing !== null;
  }

  /** Sync (ui/sync/sync-runner.ts), loaded when first needed: an account on this device, or the sync panel opened. */
  syncRunner(): Promise<SyncRunner> {
    return (this.syncing ??= import('./sync/sync-runner.ts').then((m) => m.startSync({ db: () => this.openDb(), settings: () => this.settings, merged: (r) => this.merged(r), free: () => this.noCardShown() })));
  }

  /** Settles once no card is on screen: sync waits there between its steps, so a tap never waits behind a merge that began after the card. */
  private noCardShown(): Promise<void> {
    if (this.state.current === null) return Promise.resolve();
    return new Promise((resolve) => {
      const off = this.subscribe(() => {
        if (this.state.current !== null) return;
        off();
        resolve();
      });
    });
  }

  /** This tab lets go of the database (the learner removes everything: ui/sync/SyncPanel.tsx); a reload opens it again. */
  closeDatabase(): void {
    this.db?.close();
    this.db = null;
  }

  /** Another device's work arrived by sync: settings, counts and the queue follow (a card on screen is not swapped); other tabs are told. */
  private async merged(report: MergeReport): Promise<void> {
    if (report.settings) await this.reloadSettings();
    if (report.memory) void this.rememory();
    for (const deckId of report.decks) announceChange(deckId);
    const screen = this.state.screen;
    // The home rows read once (new decks among them); a deck under review follows in its session.
    if (screen.name === 'home') await this.refreshRows();
    else if (screen.name === 'review' && report.decks.has(screen.deckId)) await this.changedElsewhere(screen.deckId);
  }

  /** The start's installs (start-installs.ts). */
  private readonly installs = new StartInstalls({
    db: () => this.db!,
    newOrder: () => this.settings.newOrder,
    installing: (installing) => this.set({ installing }),
    failed: () => this.set({ problem: 'install-failed' }),
    relist: async () => { if (this.state.ready) await this.refreshRows(); },
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
      this.db = await openPageDatabase({
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
    // Read at once: each read is a round trip to the browser's database process (a warm start's own time is mostly such waits: bench:review).
    const studying = wasStudying();
    const [, , resumable] = await Promise.all([this.reloadSettings(), this.installs.read(), studying ? this.db.get('decks', studying) : undefined]);
    onChange((m) => void this.changedElsewhere(m.deckId));
    // The voice list comes late (voiceschanged, or never in some browsers): not waited for; the
    // counts follow once it is known, dictation hidden until then.
    void voicesReady().then(() => {
      const voice = vietnameseVoice() !== null;
      if (voice === this.voice) return;
      this.voice = voice;
      if (this.state.screen.name === 'home') void this.refreshRows();
    });
    try {
      await this.installs.bundled();
      await this.installs.pendingImport();
      // Reloaded mid-session: its card first, the home screen's lists after (review/resume.ts).
      if (studying && resumable) await this.review.open(studying, undefined);
      await this.refreshRows();
      performance.mark('lovi:decks-read');
      this.set({ ready: true });
    } finally {
      this.installs.listsShown();
    }
    // Signed in to sync on this device: a sync once the start's installs are in (their decks are what merges replay into).
    if ((await this.db.get('settings', ACCOUNT_KEY)) !== undefined) void this.installs.behind.then(() => this.syncRunner());
    // New parameters whose rebuild did not finish (the app was closed meanwhile): it runs again.
    if ((await this.db.get('settings', REMEMORY_PENDING_KEY)) !== undefined) void this.rememory();
    // Cards an earlier version wrote for sentences never studied go, once, behind (storage/new-cards.ts).
    if ((await this.db.get('settings', COMPACTED_KEY)) !== true) {
      const db = this.db;
      void this.installs.behind.then(() => import('../storage/new-cards.ts')).then(({ compactNewCards }) => compactNewCards(db, this.settings.newPerDay)).catch(() => undefined);
    }
  }

  private skippedKinds(): CardKind[] {
    return this.voice ? [] : ['dictation'];
  }

  /** Whether dictation can be offered on this device. */
  get canSpeak(): boolean {
    return this.voice;
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
    this.planAhead();
  }

  /**
   * New sentences by what the learner knows: once a study day (the deck record says when it was
   * last done), each deck's next ones are chosen in a worker (storage/vocab.ts); it announces the
   * decks it changed, and the queues are read again.
   */
  private planAhead(): void {
    const db = this.db;
    // Courses keep their own order: with only courses (a new learner's seed deck), nothing to load or read.
    if (!db || this.settings.newOrder !== 'known-words' || this.planning || this.state.rows.every((r) => r.summary.course)) return;
    this.planning = true;
    const day = studyDayOf(now(), this.settings);
    void (async () => {
      const [{ decksToPlan }, { runVocab }] = await Promise.all([import('../storage/vocab.ts'), import('../vocab/vocab-job.ts')]);
      const plan = await decksToPlan(db, day, Math.min(100, Math.max(1, this.settings.newPerDay)));
      if (plan.length) await runVocab({ day, plan });
    })().catch(() => undefined).finally(() => {
      this.planning = false;
    });
  }

  openDeck(deckId: string): Promise<void> {
    return this.review.open(deckId, this.state.rows.find((r) => r.summary.id === deckId));
  }

  async goHome(): Promise<void> {
    noteStudying(null);
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
    else if (screen.name === 'review' && screen.deckId === deckId) await this.review.changedElsewhere();
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
  /** `reschedule`: new FSRS parameters move due dates too (the optimiser's choice, off by default). */
  async saveSettings(patch: Partial<StudySettings>, options: { reschedule?: boolean } = {}): Promise<void> {
    const next = { ...this.settings, ...patch };
    const reorder = next.newOrder !== this.settings.newOrder;
    const replan = reorder || next.newPerDay !== this.settings.newPerDay;
    // Loaded here, not at start: only the settings screen (and a sync) saves them.
    const { saveSettings } = await import('../storage/save-settings.ts');
    const { memory } = await saveSettings(this.db!, next, now(), options);
    if (memory) void this.rememory();
    if (replan) {
      // Loaded here, not at start: only the settings screen changes the order.
      const { forgetPlans, reorderNewCards } = await import('../storage/reorder.ts');
      await (reorder ? reorderNewCards(this.db!, next.newOrder) : forgetPlans(this.db!));
    }
    await this.reloadSettings();
  }

  /**
   * New FSRS parameters (saved here or merged from a backup): every studied card's memory follows
   * them, in a worker, with progress; study goes on meanwhile (a rating of a card not yet done is kept).
   */
  async rememory(): Promise<void> {
    const { runRememory } = await import('../optimise/rememory-job.ts');
    this.set({ rememory: { done: 0, total: 0 } });
    await runRememory({ day: studyDayOf(now(), this.settings), newOrder: this.settings.newOrder }, (done, total) => this.set({ rememory: { done, total } }));
    this.set({ rememory: null });
  }

  /** Settings as stored now (after a change or an import), and the scheduler that follows from them. */
  private async reloadSettings(): Promise<void> {
    this.settings = await loadSettings(this.db!);
    this.scheduler = createScheduler(this.settings);
    this.set({ settings: this.settings });
  }

  /** A spoken attempt at the card on screen, judged: kept with its rating (the last attempt's). */
  noteSpoken(code: string): void {
    const c = this.state.current;
    if (c) this.set({ current: { ...c, spoken: code } });
  }

  reveal(): void {
    this.review.reveal();
  }

  rate(grade: Grade4, exercise?: ExerciseRecord): Promise<void> {
    return this.review.rate(grade, exercise);
  }

  keepLeech(): Promise<void> {
    return this.review.keepLeech();
  }

  setAside(how: 'suspend' | 'bury'): Promise<void> {
    return this.review.setAside(how);
  }

  undo(): Promise<void> {
    return this.review.undo();
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
