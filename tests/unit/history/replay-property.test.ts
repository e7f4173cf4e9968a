// The compact history's invariant: a stored card is a cache of the replay of
// its log. Random sequences of everything that changes scheduling, on two
// devices whose backups are merged into each other, and after each sequence
// every stored card equals the replay of the whole log from empty.
import { describe, it } from 'vitest';
import fc from 'fast-check';
import { CARD_KINDS, cardsOf } from '../../../src/deck/identity.ts';
import type { CardKind } from '../../../src/deck/types.ts';
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../../../src/backup/format.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import { Queue } from '../../../src/schedule/queue.ts';
import type { StudySettings } from '../../../src/schedule/settings.ts';
import { studyDayOf } from '../../../src/schedule/study-day.ts';
import { importBackup } from '../../../src/storage/backup.ts';
import { buryCard, resetCard, suspendCard, unsuspendCard } from '../../../src/storage/card-actions.ts';
import { unburyBefore } from '../../../src/storage/unbury.ts';
import type { Database } from '../../../src/storage/db.ts';
import { setDeckKinds } from '../../../src/storage/deck-kinds.ts';
import { installDeck } from '../../../src/storage/install.ts';
import { deleteDeck } from '../../../src/storage/deck-actions.ts';
import { editPair } from '../../../src/storage/pair-edits.ts';
import { recordReview, StaleCardError, type Moment } from '../../../src/storage/reviews.ts';
import { undoEntry } from '../../../src/storage/undo.ts';
import { loadSettings } from '../../../src/storage/settings.ts';
import { saveSettings } from '../../../src/storage/save-settings.ts';
import { rememberAll } from '../../../src/storage/rememory.ts';
import { DEVICE_KEY } from '../../../src/storage/device.ts';
import { deckFrom, freshDb, PAIRS } from '../storage/helpers.ts';
import { deckQueue } from '../../../src/storage/study.ts';
import { reorderNewCards } from '../../../src/storage/reorder.ts';
import { expectConsistent } from './consistency.ts';
import { addDays } from '../../../src/schedule/study-day.ts';
import type { EasyDay } from '../../../src/schedule/week.ts';

const T0 = Date.parse('2026-03-10T03:00:00Z');

type Op =
  | { op: 'wait'; ms: number }
  | { op: 'rate'; card: number; grade: 1 | 2 | 3 | 4; leech: boolean }
  | { op: 'undo' }
  | { op: 'reset' | 'suspend' | 'unsuspend' | 'bury'; card: number }
  | { op: 'settings'; retention: number; fuzz: boolean; parameters: boolean; reschedule: boolean }
  | { op: 'edit'; pair: number }
  | { op: 'kinds'; kinds: CardKind[] }
  | { op: 'merge' }
  | { op: 'delete' | 'install' }
  | { op: 'queue' }
  | { op: 'order'; random: boolean }
  | { op: 'week'; balance: boolean; easyDays: EasyDay[]; breakIn: number | null };

const card = fc.nat({ max: 15 });
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ op: fc.constant('wait' as const), ms: fc.oneof(fc.integer({ min: 1000, max: 3_600_000 }), fc.integer({ min: 86_400_000, max: 40 * 86_400_000 })) }) },
  { weight: 6, arbitrary: fc.record({ op: fc.constant('rate' as const), card, grade: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4>, leech: fc.boolean() }) },
  { weight: 3, arbitrary: fc.constant({ op: 'undo' as const }) },
  { weight: 3, arbitrary: fc.record({ op: fc.constantFrom('reset' as const, 'suspend' as const, 'unsuspend' as const, 'bury' as const), card }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('settings' as const), retention: fc.constantFrom(0.8, 0.9, 0.95), fuzz: fc.boolean(), parameters: fc.boolean(), reschedule: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('edit' as const), pair: fc.nat({ max: PAIRS.length - 1 }) }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('kinds' as const), kinds: fc.subarray([...CARD_KINDS], { minLength: 1 }) }) },
  { weight: 1, arbitrary: fc.constant({ op: 'merge' as const }) },
  // The deck deleted with its history kept, and installed again (its progress back from the log).
  { weight: 1, arbitrary: fc.constantFrom({ op: 'delete' as const }, { op: 'install' as const }) },
  // Sentences never studied have no cards: the queue writes the next ones' (storage/new-cards.ts), a change of order takes back those untouched.
  { weight: 2, arbitrary: fc.constant({ op: 'queue' as const }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('order' as const), random: fc.boolean() }) },
  // The learner's week (schedule/balance.ts): the day a rating chooses is in the log, so replay gives it whatever the rules are by then.
  { weight: 1, arbitrary: fc.record({
    op: fc.constant('week' as const), balance: fc.boolean(),
    easyDays: fc.array(fc.constantFrom<EasyDay>('normal', 'less', 'none'), { minLength: 7, maxLength: 7 }),
    breakIn: fc.option(fc.integer({ min: 0, max: 20 })),
  }) },
);

/** A device: its database, clock and undo levels. */
interface Device {
  db: Database;
  undo: string[];
}

async function backupOf(db: Database, at: number): Promise<Backup> {
  const settings = Object.fromEntries(await Promise.all((await db.getAllKeys('settings')).filter((k) => k !== DEVICE_KEY).map(async (k) => [k, await db.get('settings', k)])));
  return {
    format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: at,
    decks: await db.getAll('decks'), pairs: await db.getAll('pairs'), cards: await db.getAll('cards'),
    log: await db.getAll('log'), schedules: await db.getAll('schedules'), reviews: [], settings,
  };
}

async function apply(d: Device, other: Device, o: Op, clock: { t: number }): Promise<void> {
  const settings = await loadSettings(d.db);
  const at = new Date(clock.t);
  const when: Moment = { at, day: studyDayOf(at, settings) };
  const cards = (await d.db.getAll('cards')).sort((a, b) => a.order - b.order);
  const c = 'card' in o ? cards[o.card % cards.length] : undefined;
  // Any card of the deck, stored or not (the browser acts on a sentence's cards before any is stored).
  const ids = deckFrom(PAIRS).pairs.flatMap((p) => cardsOf(p.id, CARD_KINDS).map((ref) => ref.id));
  const any = 'card' in o ? { deckId: 'news', cardId: ids[o.card % ids.length]! } : undefined;
  try {
    switch (o.op) {
      case 'wait':
        clock.t += o.ms;
        await unburyBefore(d.db, 'news', studyDayOf(new Date(clock.t), settings), settings.newOrder);
        return;
      case 'rate': {
        if (!c || c.queue === Queue.Off || c.queue === Queue.Retired) return;
        const after = createScheduler(settings).rate(c, at, o.grade);
        const entry = await recordReview(d.db, { deckId: c.deckId, cardId: c.cardId, before: c, grade: o.grade, at, day: when.day, durationMs: 3000, ...(o.leech ? { suspend: true } : {}) });
        d.undo.push(entry.id);
        break;
      }
      case 'undo': {
        const id = d.undo.pop();
        if (id) await undoEntry(d.db, id, when, settings.newOrder);
        break;
      }
      case 'reset':
        if (any) await resetCard(d.db, any.deckId, any.cardId, when, settings.newOrder);
        break;
      case 'suspend':
      case 'bury': {
        const done = any && (await (o.op === 'suspend' ? suspendCard : buryCard)(d.db, any.deckId, any.cardId, when, settings.newOrder));
        if (done) d.undo.push(done.entryId);
        break;
      }
      case 'unsuspend':
        if (any) await unsuspendCard(d.db, any.deckId, any.cardId, when, settings.newOrder);
        break;
      case 'queue':
        if (await d.db.get('decks', 'news')) await deckQueue(d.db, 'news', at, { ...settings, newPerDay: 1 });
        break;
      case 'order': {
        const newOrder = o.random ? 'random' : 'deck';
        await saveSettings(d.db, { ...settings, newOrder }, at);
        await reorderNewCards(d.db, newOrder);
        break;
      }
      case 'week':
        await saveSettings(d.db, { ...settings, loadBalance: o.balance, easyDays: o.easyDays, studyBreak: o.breakIn === null ? null : { from: addDays(when.day, o.breakIn), to: addDays(when.day, o.breakIn + 6) } }, at);
        break;
      case 'settings': {
        const next: StudySettings = { ...settings, desiredRetention: o.retention, fuzz: o.fuzz, fsrsParameters: o.parameters ? [0.3, 1.2, 3.1, 16, 7.1, 0.5, 1.4, 0.01, 1.5, 0.15, 1.0, 1.9, 0.11, 0.3, 2.3, 0.24, 2.9, 0.5, 0.7, 0.1, 0.2] : null };
        const { memory } = await saveSettings(d.db, next, at, { reschedule: o.reschedule });
        // New parameters: every card's memory follows them (in the app, a worker does this while study goes on).
        if (memory) await rememberAll(d.db, when.day, settings.newOrder);
        break;
      }
      case 'edit': {
        const pairs = await d.db.getAll('pairs');
        const p = pairs[o.pair % pairs.length];
        if (p) await editPair(d.db, p.deckId, p.pairId, { lo: p.lo, vi: `${p.vi}!` }, new Date());
        break;
      }
      case 'kinds':
        if (await d.db.get('decks', 'news')) await setDeckKinds(d.db, 'news', o.kinds, at, settings.newOrder);
        break;
      case 'delete':
        await deleteDeck(d.db, 'news', false, new Date());
        break;
      case 'install':
        await installDeck(d.db, deckFrom(PAIRS), at, { newOrder: settings.newOrder });
        break;
      case 'merge':
        if ((await importBackup(d.db, await backupOf(other.db, clock.t), when, settings.newOrder)).memory) await rememberAll(d.db, when.day, settings.newOrder);
        break;
    }
  } catch (e) {
    // An undo of what is no longer the card's last change is refused, as in the app.
    if (!(e instanceof StaleCardError)) throw e;
  }
  clock.t += 1000;
}

describe('the compact history', () => {
  it('keeps every stored card equal to the replay of the log, whatever the learner does on two devices', async () => {
    await fc.assert(fc.asyncProperty(fc.array(fc.tuple(fc.boolean(), op), { minLength: 10, maxLength: 40, size: 'max' }), async (steps) => {
      const devices: Device[] = [];
      for (let i = 0; i < 2; i++) {
        const db = await freshDb();
        await installDeck(db, deckFrom(PAIRS), new Date(T0));
        devices.push({ db, undo: [] });
      }
      const clock = { t: T0 };
      for (const [second, o] of steps) await apply(devices[second ? 1 : 0]!, devices[second ? 0 : 1]!, o, clock);
      for (const d of devices) {
        // As at the app's start: a burial from an earlier study day is over (it ends by itself, with no entry).
        const settings = await loadSettings(d.db);
        const today = studyDayOf(new Date(clock.t), settings);
        await unburyBefore(d.db, 'news', today, settings.newOrder);
        await expectConsistent(d.db, today);
        d.db.close();
      }
    }), { numRuns: 300 });
  // 300 runs take ~4 s here (fake-indexeddb); the margin is for a busy machine.
  }, 60_000);
});
