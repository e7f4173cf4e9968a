// Sync as the app runs it: at start, after a study session, when the network
// comes back and on "sync now"; one at a time on this device (a Web Lock, so
// two tabs never sync at once), with a status the settings screen shows in
// words. Loaded only when the learner has an account or opens the sync panel.
import { Couch, CouchError, userDatabase } from '../../sync/couch.ts';
import { replicate } from '../../sync/replicate.ts';
import { localSide, entriesWaiting, type LocalDeps, type MergeReport } from '../../storage/sync-local.ts';
import { beginAccount, endAccount, lastSync, loadAccount, saveLastSync, type SyncAccount } from '../../storage/sync-account.ts';
import type { Database } from '../../storage/db.ts';
import type { StudySettings } from '../../schedule/settings.ts';
import { studyDayOf } from '../../schedule/study-day.ts';
import { now } from '../../clock.ts';

export type SyncState = 'off' | 'synced' | 'syncing' | 'offline' | 'error';
/** What went wrong, in the learner's terms (the panel's message catalog names them). */
export type SyncIssue = 'password' | 'session' | 'name-taken' | 'forbidden' | 'server' | 'offline';

export interface SyncStatus {
  state: SyncState;
  account: SyncAccount | null;
  /** Entries recorded here that the server does not have yet. */
  pending: number;
  lastAt: number | null;
  /** Of a sync under way (a first one of a long history shows it). */
  percent: number | null;
  issue: SyncIssue | null;
}

/** What a sync needs of the app: this device's side's (storage/sync-local.ts LocalDeps), and more. */
export interface SyncDeps extends LocalDeps {
  db: () => Database;
  /** Another device's work arrived: what the app shows follows (a card on screen is not swapped). */
  merged: (report: MergeReport) => Promise<void>;
  /** Settles once the learner has no card on screen (sync/replicate.ts ReplicateOptions.free). */
  free: () => Promise<void>;
}

/** The runner of the app's store, started (its status read, a first sync begun if signed in). */
export async function startSync(app: { db: () => Database; settings: () => StudySettings; merged: SyncDeps['merged']; free: SyncDeps['free'] }): Promise<SyncRunner> {
  const runner = new SyncRunner({
    db: app.db,
    moment: () => {
      const at = now();
      return { at, day: studyDayOf(at, app.settings()) };
    },
    newOrder: () => app.settings().newOrder,
    merged: app.merged,
    free: app.free,
  });
  await runner.init();
  return runner;
}

/** The server of a device that names none: the app's own origin's database path. */
export function defaultServer(): string {
  return new URL(__SYNC_SERVER__, location.origin).href;
}

/** couch_peruser makes a new account's database a moment after the signup: waited for this long. */
const NEW_DATABASE_WAIT_MS = 10_000;

export class SyncRunner {
  status: SyncStatus = { state: 'off', account: null, pending: 0, lastAt: null, percent: null, issue: null };
  private readonly listeners = new Set<(s: SyncStatus) => void>();
  private running: Promise<void> | null = null;
  private again = false;

  constructor(private readonly deps: SyncDeps) {}

  async init(): Promise<void> {
    const db = this.deps.db();
    const [account, last, pending] = await Promise.all([loadAccount(db), lastSync(db), entriesWaiting(db)]);
    this.set({ account, lastAt: last?.at ?? null, pending, state: account ? (navigator.onLine ? 'synced' : 'offline') : 'off' });
    addEventListener('online', () => void this.syncNow());
    addEventListener('offline', () => void (this.status.account && entriesWaiting(this.deps.db()).then((pending) => this.set({ state: 'offline', pending }))));
    if (account) void this.syncNow();
  }

  subscribe(listener: (s: SyncStatus) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private set(patch: Partial<SyncStatus>): void {
    this.status = { ...this.status, ...patch };
    for (const l of this.listeners) l(this.status);
  }

  async signUp(server: string, name: string, password: string): Promise<void> {
    await this.account(server, name, async (couch) => {
      await couch.signUp(name, password);
      await couch.signIn(name, password);
    }, true);
  }

  async signIn(server: string, name: string, password: string): Promise<void> {
    await this.account(server, name, (couch) => couch.signIn(name, password), false);
  }

  private async account(server: string, name: string, open: (c: Couch) => Promise<void>, fresh: boolean): Promise<void> {
    const couch = new Couch(server);
    try {
      await open(couch);
    } catch (e) {
      this.set({ issue: issueOf(e, true) });
      throw e;
    }
    const account = { server, name };
    // The same account again (a session that ran out): what this device knew of the server still holds.
    const same = this.status.account?.server === server && this.status.account.name === name;
    if (!same) await beginAccount(this.deps.db(), account);
    this.set({ account, issue: null, state: 'synced' });
    await this.syncNow(fresh ? NEW_DATABASE_WAIT_MS : 0);
  }

  /** Signed out; `keep`: this device's data stays (it always does here: removing it is the data screen's). */
  async signOut(): Promise<void> {
    const account = this.status.account;
    if (account) await new Couch(account.server).signOut().catch(() => undefined);
    await endAccount(this.deps.db());
    this.set({ account: null, state: 'off', issue: null, lastAt: null, percent: null });
  }

  /** The server's copy removed (the account and its database); this device keeps its data and is signed out. */
  async deleteAccount(): Promise<void> {
    const account = this.status.account;
    if (!account) return;
    try {
      await new Couch(account.server).deleteAccount(account.name);
    } catch (e) {
      this.set({ issue: issueOf(e, false) });
      throw e;
    }
    await this.signOut();
  }

  /** The count of what waits, read again (reviews recorded since the last sync: the panel opened shows them). */
  async refresh(): Promise<void> {
    if (this.status.account) this.set({ pending: await entriesWaiting(this.deps.db()) });
  }

  /** Syncs now (or again right after the one under way); `waitForDatabase`: a new account's, still being made. */
  syncNow(waitForDatabase = 0): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = this.run(waitForDatabase).finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        void this.syncNow();
      }
    });
    return this.running;
  }

  private async run(waitForDatabase: number): Promise<void> {
    const account = this.status.account;
    if (!account) return;
    const db = this.deps.db();
    this.set({ state: 'syncing', percent: 0, pending: await entriesWaiting(db) });
    const report: MergeReport = { entries: 0, decks: new Set(), settings: false, memory: false };
    const once = () => replicate(new Couch(account.server), userDatabase(account.name), localSide(db, this.deps, report),
      (p) => this.set({ percent: p.total > 0 ? Math.round((100 * p.done) / p.total) : null }), { free: this.deps.free });
    try {
      await withLock(async () => {
        for (const until = Date.now() + waitForDatabase; ;) {
          try {
            return await once();
          } catch (e) {
            if (!(e instanceof CouchError && e.problem === 'not-found' && Date.now() < until)) throw e;
            await new Promise((r) => setTimeout(r, 250));
          }
        }
      });
      const at = this.deps.moment().at.getTime();
      await saveLastSync(db, at);
      // Another sync asked for meanwhile runs next: 'synced' only once none waits (no flicker between
      // the two, and a test that waits for 'synced' knows no request of this session is still under way).
      const pending = await entriesWaiting(db);
      this.set({ state: this.again ? 'syncing' : 'synced', lastAt: at, issue: null, percent: null, pending });
    } catch (e) {
      const issue = issueOf(e, false);
      this.set({ state: issue === 'offline' ? 'offline' : 'error', issue: issue === 'offline' ? null : issue, percent: null, pending: await entriesWaiting(db) });
    }
    if (report.entries > 0 || report.settings || report.decks.size > 0) await this.deps.merged(report);
  }
}

function issueOf(e: unknown, signingIn: boolean): SyncIssue {
  if (!(e instanceof CouchError)) return 'server';
  if (e.problem === 'offline') return 'offline';
  if (e.problem === 'unauthorised') return signingIn ? 'password' : 'session';
  if (e.problem === 'name-taken') return 'name-taken';
  if (e.problem === 'forbidden') return signingIn ? 'password' : 'forbidden';
  return 'server';
}

/** One sync at a time across this device's tabs (Web Locks; where there are none, within this tab). */
function withLock<T>(work: () => Promise<T>): Promise<T> {
  return navigator.locks ? navigator.locks.request('lovi-sync', work) as Promise<T> : work();
}
