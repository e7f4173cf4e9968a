// This device's side of a sync (sync/replicate.ts LocalSide): the database's
// records as the documents sync replicates, and back. The log's batches and
// schedule changes from the server are merged the way a backup's are (one
// merge, one replay: storage/backup.ts importBackup), so the cards of every
// device follow from the union of their logs; a stamped document is taken
// when its edit is later than this device's. What the server has is noted
// after the merge: a merge cut short is simply done again, and merges nothing
// twice.
import { entryCount } from '../history/batch.ts';
import { formatStamp, parseStamp, receive, zeroStamp } from '../sync/hlc.ts';
import { parseDocId, type LogDoc, type ScheduleDoc, type StampedDoc, type SyncDoc } from '../sync/documents.ts';
import { logDocId, scheduleDocId } from '../sync/names.ts';
import type { LocalSide, Outgoing } from '../sync/replicate.ts';
import { BACKUP_FORMAT } from '../backup/format.ts';
import { DEFAULT_SETTINGS, sanitiseSettings, type StudySettings } from '../schedule/settings.ts';
import type { NewOrder } from '../schedule/new-order.ts';
import type { Database } from './db.ts';
import type { SyncedRecord } from './schema.ts';
import { thisDevice } from './device.ts';
import { importBackup, type ImportResult } from './backup.ts';
import { CLOCK_KEY } from './sync-keys.ts';
import type { Moment } from './reviews.ts';
import { SETTINGS_DOC } from './settings.ts';
import { saveSettings } from './save-settings.ts';
import { CHECKPOINT_KEY } from './sync-keys.ts';
import { markEdit } from './edit-stamp.ts';
import { applyDeckDoc, deckDocRank, deckMarks, deckValue, pairValue } from './sync-decks.ts';

export interface MergeReport {
  /** Reviews and other entries new to this device. */
  entries: number;
  /** Decks whose cards changed (the screens showing them read again). */
  decks: Set<string>;
  settings: boolean;
  /** New FSRS parameters came with the merge: every card's memory is to follow them (storage/rememory.ts). */
  memory: boolean;
}

export interface LocalDeps {
  moment: () => Moment;
  newOrder: () => NewOrder;
  /** Awaited between the parts of a long merge: the app holds sync there while a card is on screen (sync/replicate.ts ReplicateOptions). */
  free?: () => Promise<void>;
}

export function localSide(db: Database, { moment, newOrder, free }: LocalDeps, report: MergeReport): LocalSide {
  return {
    async checkpoint() {
      const saved = await db.get('settings', CHECKPOINT_KEY);
      return typeof saved === 'string' ? saved : '0';
    },

    async received(all, checkpoint) {
      const device = await thisDevice(db);
      // A revision this device already has (its own writes come back in the changes feed): nothing to merge.
      const known = await Promise.all(all.map((d) => db.get('synced', d._id)));
      const knownStamp = new Map(all.map((d, i) => [d._id, known[i]?.stamp]));
      const docs = all.filter((d, i) => known[i]?.rev !== d._rev);
      const logs = docs.filter((d): d is LogDoc => d.type === 'log');
      const schedules = docs.filter((d): d is ScheduleDoc => d.type === 'schedule');
      const stamped = docs.filter((d): d is StampedDoc => d.type === 'stamped');
      // 1. The log's batches and schedule changes: merged, every card they touch replayed.
      if (logs.length || schedules.length) {
        const merged: ImportResult = await importBackup(db, {
          format: BACKUP_FORMAT, version: 2, exportedAt: moment().at.getTime(), decks: [], pairs: [], cards: [], reviews: [], settings: {},
          log: logs.map((d) => d.batch), schedules: schedules.map((d) => d.change),
        }, moment(), newOrder());
        report.entries += merged.reviewsAdded;
        if (merged.memory) report.memory = true;
        for (const d of logs) for (const k of d.batch.cards) report.decks.add(k.slice(0, k.indexOf('\u0000')));
      }
      // 2. Stamped documents: the later edit stands. Decks first, then their kinds and sentences.
      const resend: string[] = [];
      const ranked = stamped.map((d) => ({ d, parsed: parseDocId(d._id) }))
        .filter((x): x is { d: StampedDoc; parsed: NonNullable<ReturnType<typeof parseDocId>> } => x.parsed !== null)
        .sort((x, y) => deckDocRank(x.parsed.kind, x.parsed.parts) - deckDocRank(y.parsed.kind, y.parsed.parts));
      for (const { d, parsed } of ranked) {
        const mine = ((await db.get('outbox', d._id)) as string | undefined) ?? knownStamp.get(d._id) ?? '';
        const later = d.stamp > mine;
        if (d._id === SETTINGS_DOC) {
          if (!later || !d.value) continue;
          await saveSettings(db, sanitiseSettings(d.value as Partial<StudySettings>), moment().at, { synced: true });
          report.settings = true;
        } else if (parsed.kind === 'deck' || parsed.kind === 'pair') {
          const changed = await applyDeckDoc(db, d, parsed.kind, parsed.parts, later, { at: moment().at, newOrder: newOrder(), resend: () => resend.push(d._id), free });
          if (changed) report.decks.add(changed);
        }
      }
      // 3. What the server has, noted: revisions, marks it makes needless, the clock, the checkpoint.
      const tx = db.transaction(['synced', 'outbox', 'settings', 'log'], 'readwrite');
      const saved = await tx.objectStore('settings').get(CLOCK_KEY);
      let clock = (typeof saved === 'string' ? parseStamp(saved) : null) ?? zeroStamp(device);
      const wall = moment().at.getTime();
      await Promise.all(docs.map(async (d) => {
        const mark = await tx.objectStore('outbox').get(d._id);
        const superseded = mark === undefined ? false
          : d.type === 'log' ? typeof mark === 'number' && mark <= entryCount(d.batch) && (await tx.objectStore('log').get([d.batch.dayNo, d.batch.device]).then((b) => !b || entryCount(b) <= entryCount(d.batch)))
            : d.type === 'schedule' ? true
              : typeof mark === 'string' && mark <= d.stamp;
        if (d.type === 'stamped') {
          const seen = parseStamp(d.stamp);
          if (seen) clock = receive(clock, seen, wall);
        }
        await Promise.all([
          tx.objectStore('synced').put({ rev: d._rev!, ...extraOf(d) }, d._id),
          superseded ? tx.objectStore('outbox').delete(d._id) : undefined,
        ]);
      }));
      await Promise.all([
        tx.objectStore('settings').put(formatStamp({ ...clock, device }), CLOCK_KEY),
        checkpoint === undefined ? undefined : tx.objectStore('settings').put(checkpoint, CHECKPOINT_KEY),
        tx.done,
      ]);
      // 4. What this device holds beyond a document it took (typed sentences): marked, later than it, to go back.
      if (resend.length) {
        const again = db.transaction(['settings', 'outbox'], 'readwrite');
        for (const id of resend) await markEdit(again, id, device, wall);
        await again.done;
      }
    },

    async marked() {
      return db.getAllKeys('outbox');
    },

    async outgoing(ids) {
      const tx = db.transaction(['outbox', 'synced', 'log', 'schedules', 'settings', 'decks', 'pairs']);
      const items = await Promise.all(ids.map(async (id): Promise<Outgoing | null> => {
        const [mark, synced] = await Promise.all([tx.objectStore('outbox').get(id), tx.objectStore('synced').get(id)]);
        const parsed = parseDocId(id);
        if (mark === undefined || !parsed) return null;
        const rev = synced ? { _rev: synced.rev } : {};
        if (parsed.kind === 'log') {
          const batch = await tx.objectStore('log').get([Number(parsed.parts[1]), parsed.parts[0]!]);
          return batch ? { doc: { _id: logDocId(batch), ...rev, type: 'log', batch }, mark } : null;
        }
        if (parsed.kind === 'schedule') {
          const change = await tx.objectStore('schedules').get(parsed.parts[0]!);
          return change ? { doc: { _id: scheduleDocId(change), ...rev, type: 'schedule', change }, mark } : null;
        }
        if (typeof mark !== 'string') return null;
        const stamped = (value: unknown): Outgoing => ({ doc: { _id: id, ...rev, type: 'stamped', stamp: mark, value }, mark });
        if (id === SETTINGS_DOC) return stamped(sanitiseSettings((await tx.objectStore('settings').get('study')) as Partial<StudySettings> | undefined));
        if (parsed.kind === 'deck') return stamped(await deckValue(tx, parsed.parts[0]!, parsed.parts[1] === 'kinds'));
        if (parsed.kind === 'pair') {
          const value = await pairValue(tx, parsed.parts[0]!, parsed.parts[1]!);
          return value === undefined ? null : stamped(value);
        }
        return null;
      }));
      await tx.done;
      return items.filter((i): i is Outgoing => i !== null);
    },

    async sent(done) {
      const tx = db.transaction(['outbox', 'synced'], 'readwrite');
      await Promise.all(done.map(async ({ item, rev }) => {
        const now = await tx.objectStore('outbox').get(item.doc._id);
        await Promise.all([
          tx.objectStore('synced').put({ rev, ...extraOf(item.doc) }, item.doc._id),
          now === item.mark ? tx.objectStore('outbox').delete(item.doc._id) : undefined,
        ]);
      }));
      await tx.done;
    },
  };
}

/** What the synced record keeps beside the revision: a stamped document's stamp, a batch's length. */
function extraOf(d: SyncDoc): Omit<SyncedRecord, 'rev'> {
  return d.type === 'stamped' ? { stamp: d.stamp } : d.type === 'log' ? { count: entryCount(d.batch) } : {};
}

/** Entries this device has that the server has not (yet): the status line's "35 reviews waiting". */
export async function entriesWaiting(db: Database): Promise<number> {
  const tx = db.transaction(['outbox', 'synced', 'log']);
  const ids = (await tx.objectStore('outbox').getAllKeys()).filter((id) => id.startsWith('log:'));
  const counts = await Promise.all(ids.map(async (id) => {
    const parsed = parseDocId(id)!;
    const [batch, synced] = await Promise.all([tx.objectStore('log').get([Number(parsed.parts[1]), parsed.parts[0]!]), tx.objectStore('synced').get(id)]);
    return batch ? Math.max(0, entryCount(batch) - (synced?.count ?? 0)) : 0;
  }));
  return counts.reduce((a, b) => a + b, 0);
}

/**
 * A device's first sync with an account: everything is to be sent (what the server has already is
 * refused as a conflict and merged, so nothing is sent twice over). The study settings go with the
 * stamp of this device's last change of them, or none (the defaults: any device's edit wins); the
 * decks' documents as storage/sync-decks.ts deckMarks says.
 */
export async function markEverything(db: Database): Promise<void> {
  const device = await thisDevice(db);
  const decks = await deckMarks(db, device);
  const tx = db.transaction(['log', 'schedules', 'settings', 'outbox', 'synced'], 'readwrite');
  const [batches, changes, study, marked] = await Promise.all([
    tx.objectStore('log').getAllKeys(), tx.objectStore('schedules').getAll(), tx.objectStore('settings').get('study'), tx.objectStore('outbox').getAllKeys(),
  ]);
  const already = new Set(marked);
  const work: Promise<unknown>[] = [tx.objectStore('synced').clear()];
  // -1: sent whatever it holds when it is read.
  for (const [dayNo, dev] of batches) if (!already.has(logDocId({ dayNo, device: dev }))) work.push(tx.objectStore('outbox').put(-1, logDocId({ dayNo, device: dev })));
  for (const c of changes) work.push(tx.objectStore('outbox').put(0, scheduleDocId(c)));
  for (const [id, stamp] of decks) if (!already.has(id)) work.push(tx.objectStore('outbox').put(stamp, id));
  if (!already.has(SETTINGS_DOC)) {
    const settings = sanitiseSettings(study as Partial<StudySettings> | undefined);
    const edited = JSON.stringify(settings) !== JSON.stringify(DEFAULT_SETTINGS);
    const last = Math.max(0, ...changes.filter((c) => c.device === device).map((c) => c.at));
    work.push(tx.objectStore('outbox').put(formatStamp({ ms: edited ? last : 0, counter: 0, device }), SETTINGS_DOC));
  }
  await Promise.all([...work, tx.done]);
}
