// The learner's vocabulary, computed from every card and every sentence's
// words (src/vocab/): the word figures the statistics show (cached in the
// `vocab` store with the version they were computed at, since reading
// 100,000 cards takes seconds on a phone), and each study day the next new
// sentences of a deck in the order of what the learner knows, moved to the
// front of its new cards. Runs in a worker (src/vocab/vocab.worker.ts).
import { Queue } from '../schedule/queue.ts';
import { newSortKey, plannedSortKey } from '../schedule/new-order.ts';
import type { StudyDay } from '../schedule/study-day.ts';
import { vietnameseTokens } from '../deck/tokens.ts';
import { isNumber } from '../vocab/learnable.ts';
import { knowledge, pairEvidence, type Evidence, type EvidenceCard } from '../vocab/known.ts';
import { deckWordFigures, withPoint, type VocabFigures } from '../vocab/figures.ts';
import { planNewPairs, type Candidate } from '../vocab/new-order.ts';
import type { Database } from './db.ts';
import type { PairRecord } from './schema.ts';
import { inBatches } from './batches.ts';
import { storePairCards } from './new-cards.ts';
import { kindsOf } from '../deck/identity.ts';
import { TallyUpdate } from './tallies.ts';
import { newCards } from '../stats/tallies.ts';

const BATCH = 5000;
export const FIGURES_KEY = 'figures';

interface DeckWords {
  /** Non-retired pairs: their words and deck position. */
  pairs: Map<string, { words: string[]; order: number }>;
  evidence: Map<string, EvidenceCard[]>;
  /** Pairs with a card still new. */
  withNew: Set<string>;
}

/** A pair's learnable words; pairs installed before they were kept: their syllables, numbers left out. */
export function wordsOfPair(pair: Pick<PairRecord, 'words' | 'vi'>): string[] {
  return pair.words ?? [...new Set(vietnameseTokens(pair.vi).filter((w) => !isNumber(w)))];
}

async function readDecks(db: Database): Promise<Map<string, DeckWords>> {
  const decks = new Map<string, DeckWords>();
  const deck = (id: string) => {
    let d = decks.get(id);
    if (!d) decks.set(id, (d = { pairs: new Map(), evidence: new Map(), withNew: new Set() }));
    return d;
  };
  for await (const cards of inBatches(db, 'cards', BATCH)) {
    for (const c of cards) {
      const d = deck(c.deckId);
      const list = d.evidence.get(c.pairId);
      if (list) list.push(c);
      else d.evidence.set(c.pairId, [c]);
      if (c.queue === Queue.New) d.withNew.add(c.pairId);
    }
  }
  for await (const pairs of inBatches(db, 'pairs', BATCH)) {
    for (const p of pairs) {
      if (p.retired) continue;
      const d = deck(p.deckId);
      d.pairs.set(p.pairId, { words: wordsOfPair(p), order: p.order });
      // A sentence never studied has no cards stored (storage/new-cards.ts): all of it is new.
      if (!d.evidence.has(p.pairId)) d.withNew.add(p.pairId);
    }
  }
  return decks;
}

/**
 * Computes the word figures (and stores them), and for each deck in `plan`
 * chooses its next `count` new sentences by what the learner knows.
 */
export async function refreshVocab(db: Database, day: StudyDay, plan: readonly { deckId: string; count: number }[] = []): Promise<VocabFigures> {
  const version = await figuresVersion(db);
  const decks = await readDecks(db);
  const all: { words: string[]; evidence: Evidence }[] = [];
  for (const d of decks.values()) {
    for (const [pairId, { words }] of d.pairs) all.push({ words, evidence: pairEvidence(d.evidence.get(pairId) ?? []) });
  }
  const known = knowledge(all);
  const overallWords = new Map<string, number>();
  const figures: VocabFigures['decks'] = {};
  const frequencies = new Map<string, Map<string, number>>();
  for (const [deckId, d] of decks) {
    const frequency = new Map<string, number>();
    for (const { words } of d.pairs.values()) for (const w of words) frequency.set(w, (frequency.get(w) ?? 0) + 1);
    for (const [w, n] of frequency) overallWords.set(w, (overallWords.get(w) ?? 0) + n);
    frequencies.set(deckId, frequency);
    figures[deckId] = deckWordFigures(frequency, known);
  }
  const { next: _, ...overall } = deckWordFigures(overallWords, known);
  const previous = (await db.get('vocab', FIGURES_KEY)) as VocabFigures | undefined;
  const result: VocabFigures = { version, overall, decks: figures, history: withPoint(previous?.history ?? [], day, overall) };
  await db.put('vocab', result, FIGURES_KEY);
  for (const { deckId, count } of plan) {
    const d = decks.get(deckId);
    if (!d) continue;
    const candidates: Candidate[] = [...d.withNew].flatMap((pairId) => {
      const p = d.pairs.get(pairId);
      return p ? [{ pairId, words: p.words, order: p.order }] : [];
    });
    await placePlanned(db, deckId, day, planNewPairs(candidates, known.seen, frequencies.get(deckId)!, count));
  }
  return result;
}

/** The chosen sentences' new cards first (in the order chosen), the ones chosen before back in deck order. */
async function placePlanned(db: Database, deckId: string, day: StudyDay, picks: ReturnType<typeof planNewPairs>): Promise<void> {
  const tx = db.transaction(['cards', 'pairs', 'decks', 'tallies'], 'readwrite');
  const cards = tx.objectStore('cards');
  const pairs = tx.objectStore('pairs');
  const tallies = new TallyUpdate();
  const rank = new Map(picks.map((p, i) => [p.pairId, i]));
  const [earlier, deck] = await Promise.all([
    cards.index('queue').getAll(IDBKeyRange.bound([deckId, Queue.New, -Infinity], [deckId, Queue.New, 0], false, true)),
    tx.objectStore('decks').get(deckId),
  ]);
  // A sentence chosen that has no cards stored gets them now.
  const chosen = await Promise.all(picks.map(async (p) => {
    const stored = await cards.index('pair').getAll([deckId, p.pairId]);
    return stored.length ? stored : storePairCards(tx, tallies, await pairs.get([deckId, p.pairId]), kindsOf(deck), 'known-words');
  }));
  const work: Promise<unknown>[] = [tallies.prepare(tx)];
  for (const c of earlier) if (!rank.has(c.pairId)) work.push(cards.put({ ...c, sortKey: newSortKey(c, 'known-words') }));
  picks.forEach((pick, i) => {
    for (const c of chosen[i]!) if (c.queue === Queue.New) work.push(cards.put({ ...c, sortKey: plannedSortKey(i, c) }));
    work.push(pairs.get([deckId, pick.pairId]).then((p) => p && pairs.put({ ...p, newWords: pick.newWords })));
  });
  if (deck) work.push(tx.objectStore('decks').put({ ...deck, plannedDay: day }));
  await Promise.all(work);
  await Promise.all([tallies.write(tx), tx.done]);
}

/** The decks whose next new sentences have not been chosen for `day` (courses keep their own order). */
export async function decksToPlan(db: Database, day: StudyDay, count: number): Promise<{ deckId: string; count: number }[]> {
  return (await db.getAll('decks')).filter((d) => !d.course && d.plannedDay !== day).map((d) => ({ deckId: d.id, count }));
}

/** Each deck's count of evidence changes, as one string: the figures are current while it is the same. */
export async function figuresVersion(db: Database): Promise<string> {
  const tx = db.transaction(['decks', 'tallies'], 'readonly');
  const [decks, tallies] = await Promise.all([tx.objectStore('decks').getAll(), tx.objectStore('tallies').getAll()]);
  const kinds = new Map(decks.map((d) => [d.id, kindsOf(d).length]));
  // New cards as the figures count them: a sentence's cards written when first needed change nothing.
  return tallies.map((t) => `${t.deckId}:${t.wordChanges ?? 0}:${newCards(t, kinds.get(t.deckId) ?? 0) + t.states.learning + t.states.young + t.states.mature + t.states.suspended}`).sort().join(' ');
}

/** The stored figures, and whether they are current. */
export async function storedFigures(db: Database): Promise<{ figures: VocabFigures | null; current: boolean }> {
  const [figures, version] = await Promise.all([db.get('vocab', FIGURES_KEY) as Promise<VocabFigures | undefined>, figuresVersion(db)]);
  return { figures: figures ?? null, current: figures?.version === version };
}
