// One sync with the learner's database, in the stages of CouchDB's
// replication protocol (PouchDB's replicator is the model): read the changes
// feed from the checkpoint, a batch at a time, each merged here and the
// checkpoint moved only once it is stored (so a sync cut short never skips a
// change, and one repeated merges nothing twice); then write what this device
// marked, each document with the revision it replaces. A document changed on
// the server meanwhile is refused (a conflict): its server copy is merged here
// (sync/merge.ts) and what stands is written again, so the server never holds
// conflicting revisions. Storage is behind `LocalSide` (storage/sync-local.ts).
import { CouchError, type Couch } from './couch.ts';
import type { SyncDoc } from './documents.ts';

export interface Outgoing {
  doc: SyncDoc;
  /** What the outbox said the document was at (storage/outbox.ts): cleared once sent, if unchanged. */
  mark: number | string;
}

export interface LocalSide {
  checkpoint(): Promise<string>;
  /** The server's documents, merged here; then their revisions and the checkpoint (undefined: not moved) stored. */
  received(docs: readonly SyncDoc[], checkpoint?: string): Promise<void>;
  /** The names of the documents marked to send. */
  marked(): Promise<string[]>;
  /** Those documents as they are now, with the revision each replaces. */
  outgoing(ids: readonly string[]): Promise<Outgoing[]>;
  /** The server has taken these: their new revisions stored, their marks cleared where unchanged. */
  sent(done: readonly { item: Outgoing; rev: string }[]): Promise<void>;
}

export interface SyncProgress {
  stage: 'pull' | 'push';
  done: number;
  total: number;
}

export interface SyncResult {
  pulled: number;
  pushed: number;
}

/**
 * Changes read at once: ~25 KB of batches, a merge of ~1,400 entries (at 4× CPU throttling ~1 s, the
 * longest a tap can wait behind a step already under way); a first sync of a year's history is a few dozen requests.
 */
const PULL_BATCH = 50;
/**
 * A device's first pull reads more at once: each merge replays every card its entries touch from
 * the card's whole history, so a year in pages of 50 replayed most cards 8 times (73 s for 100,000
 * reviews here); in one page, once. The learner is new on this device and rarely mid-card meanwhile.
 */
const FIRST_PULL_BATCH = 1000;
const PUSH_BATCH = 100;
/** Rounds of writes that met a conflict: each merges the server's copy; more means someone writes as fast as we do. */
const ROUNDS = 4;

export interface ReplicateOptions {
  /** Documents a request (tests make them small to cut a sync between requests). */
  pull?: number;
  push?: number;
  /**
   * Awaited before each step (a batch read and merged, a batch written): the app holds sync there
   * while the learner has a card on screen, so that no merge stands between a tap and the next card.
   */
  free?: () => Promise<void>;
}

export async function replicate(couch: Couch, db: string, local: LocalSide, onProgress: (p: SyncProgress) => void = () => {}, options: ReplicateOptions = {}): Promise<SyncResult> {
  const { push = PUSH_BATCH, free = () => Promise.resolve() } = options;
  let pulled = 0;
  let since = await local.checkpoint();
  const pull = options.pull ?? (since === '0' ? FIRST_PULL_BATCH : PULL_BATCH);
  for (;;) {
    await free();
    const before = since;
    const { docs, lastSeq, pending } = await couch.changes<SyncDoc>(db, since, pull);
    await local.received(docs, lastSeq);
    pulled += docs.length;
    since = lastSeq;
    onProgress({ stage: 'pull', done: pulled, total: pulled + pending });
    // Not on an empty page of documents: a page of deletions only is not the end.
    if (pending === 0 || lastSeq === before) break;
  }

  let pushed = 0;
  let ids = await local.marked();
  const total = ids.length;
  for (let round = 0; round < ROUNDS && ids.length > 0; round++) {
    const refused: string[] = [];
    for (let start = 0; start < ids.length; start += push) {
      await free();
      const items = await local.outgoing(ids.slice(start, start + push));
      if (items.length === 0) continue;
      const results = await couch.bulkDocs(db, items.map((i) => i.doc));
      const byId = new Map(results.map((r) => [r.id, r]));
      const done: { item: Outgoing; rev: string }[] = [];
      for (const item of items) {
        const r = byId.get(item.doc._id);
        if (r && 'rev' in r) done.push({ item, rev: r.rev });
        else if (r?.error === 'conflict') refused.push(item.doc._id);
        else if (r?.error === 'unauthorized' || r?.error === 'forbidden') throw new CouchError('forbidden', 403);
        else throw new CouchError('server');
      }
      await local.sent(done);
      pushed += done.length;
      onProgress({ stage: 'push', done: pushed, total });
    }
    if (refused.length === 0) break;
    // Changed on the server since we last read it: its copy merged here, then what stands is sent again.
    await local.received(await couch.getDocs<SyncDoc>(db, refused));
    ids = refused;
  }
  return { pulled, pushed };
}
