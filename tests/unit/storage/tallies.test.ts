// The statistics read running tallies instead of counting cards; after any
// sequence of the operations that change cards, each deck's tally must equal a
// recount from its cards (stats/tallies.ts tallyOf).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { installDeck } from '../../../src/storage/install.ts';
import { recordReview, StaleCardError } from '../../../src/storage/reviews.ts';
import { undoEntry } from '../../../src/storage/undo.ts';
import { buryCard, resetCard, suspendCard, unsuspendCard } from '../../../src/storage/card-actions.ts';
import { unburyBefore } from '../../../src/storage/unbury.ts';
import { deleteDeck, restoreFromLog } from '../../../src/storage/deck-actions.ts';
import { addPair, MY_DECK } from '../../../src/storage/pair-edits.ts';
import { setDeckKinds } from '../../../src/storage/deck-kinds.ts';
import { backupFile, importBackup } from '../../../src/storage/backup.ts';
import { readBackupFile } from '../../../src/backup/file.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import { studyDayOf } from '../../../src/schedule/study-day.ts';
import { Queue } from '../../../src/schedule/queue.ts';
import { emptyTally, tallyOf } from '../../../src/stats/tallies.ts';
import { CARD_KINDS } from '../../../src/deck/identity.ts';
import type { Database } from '../../../src/storage/db.ts';
import { deckFrom, freshDb, PAIRS, SETTINGS, installWithCards } from './helpers.ts';
import { expectConsistent } from '../history/consistency.ts';

const T0 = new Date('2026-03-10T03:00:00Z');
const scheduler = createScheduler(SETTINGS);
const FULL = deckFrom(PAIRS);
const SHORTER = deckFrom(PAIRS.slice(1));

type Op =
  | { op: 'review'; pick: number; grade: 1 | 2 | 3 | 4 }
  | { op: 'undo' }
  | { op: 'suspend' | 'unsuspend' | 'bury' | 'reset'; pick: number }
  | { op: 'unbury' }
  | { op: 'wait'; days: number }
  | { op: 'install'; full: boolean }
  | { op: 'kinds'; kinds: number }
  | { op: 'add'; n: number }
  | { op: 'delete'; erase: boolean }
  | { op: 'restore' }
  | { op: 'backup-roundtrip' };

const pick = fc.nat(1000);
const ops: fc.Arbitrary<Op> = fc.oneof(
  { arbitrary: fc.record({ op: fc.constant('review' as const), pick, grade: fc.constantFrom(1, 2, 3, 4) as fc.Arbitrary<1 | 2 | 3 | 4> }), weight: 8 },
  fc.constant({ op: 'undo' as const }),
  fc.record({ op: fc.constantFrom('suspend' as const, 'unsuspend' as const, 'bury' as const, 'reset' as const), pick }),
  fc.constant({ op: 'unbury' as const }),
  { arbitrary: fc.record({ op: fc.constant('wait' as const), days: fc.integer({ min: 0, max: 60 }) }), weight: 3 },
  fc.record({ op: fc.constant('install' as const), full: fc.boolean() }),
  fc.record({ op: fc.constant('kinds' as const), kinds: fc.integer({ min: 1, max: 15 }) }),
  fc.record({ op: fc.constant('add' as const), n: fc.nat(3) }),
  fc.record({ op: fc.constant('delete' as const), erase: fc.boolean() }),
  fc.constant({ op: 'restore' as const }),
  fc.constant({ op: 'backup-roundtrip' as const }),
);

async function expectTalliesEqualRecount(db: Database, after: Op[]): Promise<void> {
  const cards = await db.getAll('cards');
  const tallies = new Map((await db.getAll('tallies')).map((t) => [t.deckId, t]));
  const deckIds = new Set([...cards.map((c) => c.deckId), ...tallies.keys()]);
  for (const deckId of deckIds) {
    const recount = tallyOf(deckId, cards.filter((c) => c.deckId === deckId));
    // wordChanges is a version, not a figure: no recount gives it.
    const { wordChanges: _, ...stored } = tallies.get(deckId) ?? emptyTally(deckId);
    expect(stored, `deck ${deckId} after ${JSON.stringify(after)}`).toEqual(recount);
  }
}

describe('card tallies', () => {
  it('always equal a recount from the cards, whatever the learner and the app do', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(ops, { minLength: 1, maxLength: 30 }), async (sequence) => {
        const db = await freshDb();
        let t = T0.getTime();
        const at = () => new Date(t);
        const when = () => ({ at: at(), day: studyDayOf(at(), SETTINGS) });
        const log: string[] = [];
        await installWithCards(db, FULL, at());
        const done: Op[] = [];
        for (const step of sequence) {
          done.push(step);
          const cards = (await db.getAll('cards')).filter((c) => c.deckId === 'news');
          const card = 'pick' in step && cards.length ? cards[step.pick % cards.length]! : null;
          switch (step.op) {
            case 'review':
              if (card && card.queue >= Queue.New) {
                const entry = await recordReview(db, { deckId: card.deckId, cardId: card.cardId, before: card, grade: step.grade, at: at(), day: studyDayOf(at(), SETTINGS), durationMs: 1000 });
                log.push(entry.id);
              }
              break;
            case 'undo': {
              const id = log.pop();
              if (id) await undoEntry(db, id, when()).catch((e) => { if (!(e instanceof StaleCardError)) throw e; });
              break;
            }
            case 'suspend': if (card) await suspendCard(db, card.deckId, card.cardId, when()); break;
            case 'unsuspend': if (card) await unsuspendCard(db, card.deckId, card.cardId, when()); break;
            case 'bury': if (card) await buryCard(db, card.deckId, card.cardId, when()); break;
            case 'reset': if (card) await resetCard(db, card.deckId, card.cardId, when(), 'deck'); break;
            case 'unbury':
              // The next study day: burials end.
              t += 86_400_000;
              await unburyBefore(db, 'news', when().day);
              break;
            case 'wait': t += step.days * 86_400_000; break;
            case 'install': await installWithCards(db, step.full ? FULL : SHORTER, at()); break;
            case 'kinds':
              if (await db.get('decks', 'news')) await setDeckKinds(db, 'news', CARD_KINDS.filter((_, i) => step.kinds & (1 << i)), at(), 'deck');
              break;
            case 'add':
              await addPair(db, MY_DECK, { ...FULL.pairs[step.n]!, cloze: [], options: [] }, at(), 'deck');
              break;
            case 'delete': await deleteDeck(db, 'news', step.erase, new Date()); break;
            case 'restore': await restoreFromLog(db, 'news', when().day, 'deck'); break;
            case 'backup-roundtrip': {
              // Everything into a backup, the deck gone, the backup merged back.
              const read = await readBackupFile(await backupFile(db, at()));
              if (!read.ok) throw new Error(read.problem.kind);
              await deleteDeck(db, 'news', false, new Date());
              await importBackup(db, read.backup, when());
              break;
            }
          }
          await expectTalliesEqualRecount(db, done);
        }
        // And every card is the replay of the log (tests/unit/history/replay-property.test.ts), after these operations too.
        await unburyBefore(db, 'news', when().day);
        await expectConsistent(db, when().day);
        db.close();
      }),
      { numRuns: 150 },
    );
  });

  it('a deck deleted with its history kept, back first shorter then whole: the sentence that came back last gets its history too', async () => {
    // The property's counterexample (seed -983026263): restored at the first install only, the later sentence stayed new.
    const db = await freshDb();
    await installWithCards(db, FULL, T0);
    const card = (await db.getAll('cards')).find((c) => c.pairId === FULL.pairs[0]!.id)!;
    await suspendCard(db, 'news', card.cardId, { at: T0, day: studyDayOf(T0, SETTINGS) });
    await deleteDeck(db, 'news', false, T0);
    await installWithCards(db, SHORTER, T0);
    await installWithCards(db, FULL, T0);
    expect((await db.get('cards', ['news', card.cardId]))?.suspended).toBe(true);
    await expectConsistent(db, studyDayOf(T0, SETTINGS));
  });
});
