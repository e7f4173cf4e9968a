// What the start installs before (or while) the decks are listed: bundled
// decks new or changed since they were installed, and a learner's import whose
// save was cut short. A deck new here is listed once its first part is in
// (storage/install.ts onUsable): the learner can begin while the rest goes in
// behind, one deck at a time, its progress shown; it waits for the start's
// lists first (their reads would otherwise queue behind its writes).
import { decks as bundled } from 'virtual:lovi-decks';
import { fetchDeck } from '../deck/load.ts';
import type { Database } from '../storage/db.ts';
import { announceChange } from '../storage/changes.ts';
import type { NewOrder } from '../schedule/new-order.ts';
import { PENDING_IMPORT_KEY, type PendingImport } from '../import/protocol.ts';
import { now } from '../clock.ts';

export interface InstallHost {
  db(): Database;
  newOrder(): NewOrder;
  installing(progress: { deck: string; done: number; total: number } | null): void;
  failed(): void;
  /** The lists read again, if they are up (a deck listed, or all in). */
  relist(): Promise<void>;
}

export class StartInstalls {
  /** Installs still going on after their decks were listed. */
  behind: Promise<unknown> = Promise.resolve();
  private shown: () => void = () => undefined;
  private readonly listed = new Promise<void>((resolve) => (this.shown = resolve));

  /** Bundled decks new or changed since installed, and an import whose save was cut short: see read(). */
  private todo: typeof bundled = [];
  private pending: PendingImport | undefined;

  constructor(private readonly host: InstallHost) {}

  /** What the start's installs need to know, read at once (the store reads its own beside it: each read is a round trip). */
  async read(): Promise<void> {
    const db = this.host.db();
    const [installed, pending] = await Promise.all([Promise.all(bundled.map((summary) => db.get('decks', summary.id))), db.get('settings', PENDING_IMPORT_KEY)]);
    this.todo = bundled.filter((summary, i) => installed[i]?.contentHash !== summary.contentHash);
    this.pending = pending as PendingImport | undefined;
  }

  /** The start's lists are up: an install going on behind goes on. */
  listsShown(): void {
    this.shown();
  }

  /** Resolves once the first deck to install is listed (an update: done); the rest go on behind. After read(). */
  async bundled(): Promise<void> {
    const { host, todo } = this;
    const db = host.db();
    if (todo.length === 0) return;
    let begin = () => undefined as void;
    const begun = new Promise<void>((resolve) => (begin = resolve));
    this.behind = (async () => {
      for (const [i, summary] of todo.entries()) {
        try {
          host.installing({ deck: summary.id, done: 0, total: summary.pairs });
          // The installer loads only when a deck is new or changed (a first visit, an update), not at
          // every start; the deck downloads meanwhile.
          const [deck, { installDeck }] = await Promise.all([fetchDeck(summary.file), import('../storage/install.ts')]);
          const listed = i === 0
            ? () => { begin(); return this.listed; }
            // A later deck, listed early too: shown at once if the lists are up.
            : () => host.relist();
          await installDeck(db, deck, now(), { onProgress: (done, total) => host.installing({ deck: summary.id, done, total }), newOrder: host.newOrder(), keepEdits: true, onUsable: listed });
        } catch {
          host.failed();
        }
        begin();
      }
      host.installing(null);
      // All in: the counts follow. Today's sentences chosen by the words the learner knows stay (chosen
      // from the part in when the deck was listed; choosing again could swap the card on screen): tomorrow's are chosen from all.
      await host.relist();
    })();
    await begun;
  }

  /** An import whose save was cut short is finished now (see import/resume.ts; its code loads only then). After read(). */
  async pendingImport(): Promise<void> {
    const db = this.host.db();
    const { pending } = this;
    if (!pending) return;
    // After a bundled deck's install going on behind (which then need not wait for the lists): one progress bar at a time.
    this.shown();
    await this.behind;
    const { finishImport } = await import('../import/resume.ts');
    const deckId = await finishImport(pending, (done, total) => this.host.installing({ deck: pending.title, done, total }));
    this.host.installing(null);
    if (deckId) announceChange(deckId);
    // It cannot be finished (the storage is full, say): not retried at every start; the learner can import again.
    else await db.delete('settings', PENDING_IMPORT_KEY).catch(() => undefined);
  }
}
