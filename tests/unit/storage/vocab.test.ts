// The vocabulary pass over the database: a deck whose sentences build on
// each other (stored longest first) is ordered one new word at a time, its
// chosen sentences say which words are new, and the word figures follow the
// known/seen rule applied to the cards as stored.
import { describe, expect, it } from 'vitest';
import { deckFrom, freshDb, putCardState, SETTINGS, installWithCards } from './helpers.ts';
import { Queue } from '../../../src/schedule/queue.ts';
import { installDeck } from '../../../src/storage/install.ts';
import { deckQueue } from '../../../src/storage/study.ts';
import { recordReview } from '../../../src/storage/reviews.ts';
import { undoEntry } from '../../../src/storage/undo.ts';
import { editPair } from '../../../src/storage/pair-edits.ts';
import { createScheduler } from '../../../src/schedule/scheduler.ts';
import { refreshVocab, storedFigures, decksToPlan } from '../../../src/storage/vocab.ts';
import { knowledge, pairEvidence } from '../../../src/vocab/known.ts';
import type { CardRecord, PairRecord } from '../../../src/storage/schema.ts';
import type { Database } from '../../../src/storage/db.ts';

const T0 = new Date('2026-03-10T03:00:00Z');
const DAY = '2026-03-10';
const SETTINGS_I1 = { ...SETTINGS, newOrder: 'known-words' as const, newPerDay: 20 };
// Longest first: in deck order the first sentence brings four new words.
const BUILDING: [string, string][] = [
  ['ເຈົ້າກິນເຂົ້າບໍ່', 'bạn ăn cơm không'],
  ['ເຈົ້າກິນເຂົ້າ', 'bạn ăn cơm'],
  ['ຂ້ອຍກິນເຂົ້າ', 'tôi ăn cơm'],
  ['ຂ້ອຍກິນ', 'tôi ăn'],
  ['ຂ້ອຍ', 'tôi'],
];

async function firstNewCards(db: Database, n: number): Promise<string[]> {
  const order: string[] = [];
  let at = T0;
  const scheduler = createScheduler(SETTINGS_I1);
  for (let i = 0; i < n; i++) {
    const q = await deckQueue(db, 'build', at, SETTINGS_I1);
    const card = q.card!;
    order.push((await db.get('pairs', ['build', card.pairId]))!.vi);
    await recordReview(db, { deckId: 'build', cardId: card.cardId, before: card, grade: 3, at, day: q.day, durationMs: 1000 });
    at = new Date(at.getTime() + 1000);
  }
  return order;
}

describe('the vocabulary in storage', () => {
  it('orders a deck that builds on itself one new word at a time, and marks each sentence\'s new words', async () => {
    const db = await freshDb();
    await installWithCards(db, deckFrom(BUILDING, 'build'), T0, undefined, 'known-words');
    expect(await decksToPlan(db, DAY, 20)).toEqual([{ deckId: 'build', count: 20 }]);
    await refreshVocab(db, DAY, [{ deckId: 'build', count: 20 }]);
    expect(await decksToPlan(db, DAY, 20)).toEqual([]);
    const pairs = await db.getAll('pairs');
    const newWords = (vi: string) => pairs.find((p) => p.vi === vi)!.newWords;
    // "ăn cơm" is one word: the deck writes the two together three times.
    expect(newWords('tôi')).toEqual(['tôi']);
    expect(newWords('tôi ăn')).toEqual(['ăn']);
    expect(newWords('tôi ăn cơm')).toEqual(['ăn cơm']);
    expect(newWords('bạn ăn cơm')).toEqual(['bạn']);
    expect(newWords('bạn ăn cơm không')).toEqual(['không']);
    // After "tôi", both "tôi ăn" and "tôi ăn cơm" add one word: "ăn cơm" is in three sentences, "ăn" alone in one.
    expect(await firstNewCards(db, 5)).toEqual(['tôi', 'tôi ăn cơm', 'bạn ăn cơm', 'tôi ăn', 'bạn ăn cơm không']);
  });

  it('puts a chosen sentence\'s card back in its chosen place when its rating is undone', async () => {
    const db = await freshDb();
    await installWithCards(db, deckFrom(BUILDING, 'build'), T0, undefined, 'known-words');
    await refreshVocab(db, DAY, [{ deckId: 'build', count: 20 }]);
    const q = await deckQueue(db, 'build', T0, SETTINGS_I1);
    const card = q.card!;
    const entry = await recordReview(db, { deckId: 'build', cardId: card.cardId, before: card, grade: 3, at: T0, day: q.day, durationMs: 1000 });
    expect(entry.newKey).toBe(card.sortKey);
    const back = await undoEntry(db, entry.id, { at: T0, day: q.day }, 'known-words');
    expect(back.sortKey).toBe(card.sortKey);
    expect((await deckQueue(db, 'build', T0, SETTINGS_I1)).card!.cardId).toBe(card.cardId);
  });

  it('counts words known and seen as the rule says of the cards stored, and knows when the figures are out of date', async () => {
    const db = await freshDb();
    await installWithCards(db, deckFrom(BUILDING, 'build'), T0, undefined, 'known-words');
    // No sentences chosen yet: deck order, "bạn ăn cơm không" and "bạn ăn cơm".
    await firstNewCards(db, 2);
    const first = await refreshVocab(db, DAY);
    expect(first.decks.build).toMatchObject({ total: 5, known: 0, seen: 3 });
    expect((await storedFigures(db)).current).toBe(true);
    // A production card of "tôi ăn cơm" reaches three weeks' stability (written as a state the log restores, with the tallies).
    const cards = await db.getAll('cards');
    const pairs = await db.getAll('pairs');
    const c = cards.find((x) => x.kind === 'production' && pairs.find((p) => p.pairId === x.pairId)!.vi === 'tôi ăn cơm')!;
    const after = { ...c, state: 2, reps: 6, stability: 30, scheduledDays: 30, due: T0.getTime() + 30 * 86_400_000, lastReview: T0.getTime() };
    await putCardState(db, { ...after, queue: Queue.Review, sortKey: after.due }, T0, DAY);
    expect((await storedFigures(db)).current).toBe(false);
    const later = await refreshVocab(db, '2026-03-11');
    const rule = ruleOnDb(await db.getAll('cards'), await db.getAll('pairs'));
    expect(later.decks.build).toMatchObject({ total: 5, known: rule.known.size, seen: rule.seen.size });
    expect([...rule.known].sort()).toEqual(['tôi', 'ăn cơm'].sort());
    expect(later.decks.build!.next).toEqual([['bạn', 2], ['không', 1], ['ăn', 1]]);
    expect(later.history).toEqual([[DAY, 0, 3], ['2026-03-11', 2, 4]]);
    // A sentence's text edited: its words may have changed, the figures are counted again.
    const edited = (await db.getAll('pairs')).find((p) => p.vi === 'tôi ăn')!;
    await editPair(db, 'build', edited.pairId, { lo: edited.lo, vi: 'tôi uống', words: ['tôi', 'uống'] }, new Date());
    expect((await storedFigures(db)).current).toBe(false);
    expect((await refreshVocab(db, '2026-03-11')).decks.build!.next).toEqual([['bạn', 2], ['không', 1], ['uống', 1]]);
  });
});

/** The known/seen rule applied to the database directly. */
function ruleOnDb(cards: CardRecord[], pairs: PairRecord[]) {
  return knowledge(pairs.map((p) => ({ words: p.words!, evidence: pairEvidence(cards.filter((c) => c.pairId === p.pairId)) })));
}
