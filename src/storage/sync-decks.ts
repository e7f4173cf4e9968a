// The learner's decks as sync's stamped documents (sync/documents.ts), and
// back: their own decks' sentences (`deck:<id>`), any deck's kinds of card
// (`deck:<id>:kinds`) and their edits of a sentence (`pair:<deck>:<pair>`).
// A document is read from the database when it is sent (the outbox holds only
// the edit's stamp), and one from another device is applied through the same
// functions the learner's own edits go through, told not to mark it again.
//
// An imported deck is a whole: the later import stands (sentences it no
// longer has are retired, with their history, as at an import here). The deck
// of sentences typed by hand (MY_DECK) only grows, typed on any device: what
// arrives is added to what is here, and what only this device has is sent on.
import { DECK_FORMAT, DECK_FORMAT_VERSION, type CardKind, type CompiledDeck } from '../deck/types.ts';
import { CARD_KINDS, DEFAULT_KINDS, isLearnerDeck } from '../deck/identity.ts';
import type { KindsValue, OwnDeckValue, PairEditValue, StampedDoc } from '../sync/documents.ts';
import { deckDocId, kindsDocId, pairDocId } from '../sync/names.ts';
import { formatStamp } from '../sync/hlc.ts';
import type { NewOrder } from '../schedule/new-order.ts';
import type { Database } from './db.ts';
import type { DeckRecord, PairRecord } from './schema.ts';
import { deckRange } from './ranges.ts';
import { editPair, MY_DECK } from './pair-edits.ts';
import { setDeckKinds } from './deck-kinds.ts';
import { deleteDeck } from './deck-actions.ts';
import { installDeck } from './install.ts';

type ReadTx = { objectStore(n: 'decks'): { get(k: string): Promise<DeckRecord | undefined> }; objectStore(n: 'pairs'): { get(k: [string, string]): Promise<PairRecord | undefined>; index(n: 'order'): { getAll(r: IDBKeyRange): Promise<PairRecord[]> } } };

/** A deck document's value as this device has it now: an own deck's sentences (as its deck gave them), or its kinds; null where the deck is gone. */
export async function deckValue(tx: ReadTx, deckId: string, kinds: boolean): Promise<OwnDeckValue | KindsValue | null> {
  const deck = await tx.objectStore('decks').get(deckId);
  if (!deck) return null;
  if (kinds) return [...(deck.kinds ?? DEFAULT_KINDS)];
  const pairs = await tx.objectStore('pairs').index('order').getAll(IDBKeyRange.bound([deckId, -Infinity], [deckId, Infinity]));
  return {
    title: deck.title, ...(deck.source ? { source: deck.source } : {}), ...(deck.course ? { course: true } : {}), contentHash: deck.contentHash,
    pairs: pairs.filter((p) => !p.retired).map((p) => ({
      id: p.pairId, ...(p.original ?? { lo: p.lo, vi: p.vi }),
      ...(p.words ? { words: p.words } : {}), ...(p.tags ? { tags: p.tags } : {}), ...(p.note ? { note: p.note } : {}),
      ...(p.cloze ? { cloze: p.cloze, options: p.options ?? [] } : {}),
    })),
  };
}

/** The learner's text of a sentence, null when it is the deck's own; undefined: the sentence is not here (nothing to send). */
export async function pairValue(tx: ReadTx, deckId: string, pairId: string): Promise<PairEditValue | null | undefined> {
  const pair = await tx.objectStore('pairs').get([deckId, pairId]);
  if (!pair) return undefined;
  return pair.edited ? { lo: pair.lo, vi: pair.vi, ...(pair.words ? { words: pair.words } : {}) } : null;
}

/** Stamped documents of decks (not settings), in the order they are applied: a deck before its kinds and its sentences' edits. */
export function deckDocRank(kind: string, parts: readonly string[]): number {
  return kind === 'deck' ? (parts.length === 1 ? 0 : 1) : 2;
}

export interface ApplyContext {
  at: Date;
  newOrder: NewOrder;
  /** This device has typed sentences the document lacks: the union is to be marked for sending, once the clock has passed the document's stamp. */
  resend: () => void;
  /** Awaited between the parts of a long install (storage/install.ts InstallOptions). */
  free?: () => Promise<void>;
}

/**
 * Applies a deck document from another device that is later than this device's edit (`later`);
 * the deck of typed sentences whatever its stamp (it only grows). Returns the deck it changed, if any.
 */
export async function applyDeckDoc(db: Database, doc: StampedDoc, kind: 'deck' | 'pair', parts: readonly string[], later: boolean, { at, newOrder, resend, free }: ApplyContext): Promise<string | null> {
  const deckId = parts[0]!;
  if (kind === 'pair') {
    if (!later) return null;
    const pair = await db.get('pairs', [deckId, parts[1]!]);
    if (!pair) return null;
    const value = doc.value as PairEditValue | null;
    const text = value ?? (pair.original ? { ...pair.original } : null);
    if (!text || (text.lo === pair.lo && text.vi === pair.vi)) return null;
    await editPair(db, deckId, pair.pairId, text, at, { synced: true });
    return deckId;
  }
  if (parts.length === 2) {
    const kinds = (doc.value as KindsValue | null)?.filter((k): k is CardKind => CARD_KINDS.includes(k));
    const deck = await db.get('decks', deckId);
    if (!later || !kinds || !deck || JSON.stringify(kinds) === JSON.stringify(deck.kinds ?? DEFAULT_KINDS)) return null;
    await setDeckKinds(db, deckId, kinds, at, newOrder, undefined, { synced: true });
    return deckId;
  }
  if (!isLearnerDeck(deckId)) return null;
  const typed = deckId === MY_DECK.id;
  const value = doc.value as OwnDeckValue | null;
  if (!value) {
    if (!later || typed || !(await db.get('decks', deckId))) return null;
    await deleteDeck(db, deckId, false, at, { synced: true });
    return deckId;
  }
  if (!later && !typed) return null;
  let pairs = value.pairs;
  if (typed) {
    // Typed on both devices: every sentence of either, this device's in its order and the others' after.
    const here = (await deckValue(db.transaction(['decks', 'pairs']), deckId, false)) as OwnDeckValue | null;
    const arriving = new Set(pairs.map((p) => p.id));
    const mine = here?.pairs ?? [];
    const seen = new Set(mine.map((p) => p.id));
    const added = pairs.filter((p) => !seen.has(p.id));
    if (added.length === 0 && mine.every((p) => arriving.has(p.id))) return null;
    pairs = [...mine, ...added];
    if (mine.some((p) => !arriving.has(p.id))) resend();
    if (added.length === 0) return null;
  }
  // As a shipped deck is installed (keepEdits): the learner's edits here stay, and the install is not sent back.
  await installDeck(db, compiledOf(deckId, { ...value, pairs }), at, { newOrder, keepEdits: true, free });
  return deckId;
}

/** An own deck's document as the compiled deck an install takes (tokens are not kept in the database, so none travel). */
function compiledOf(id: string, value: OwnDeckValue): CompiledDeck {
  const words = [...new Set(value.pairs.flatMap((p) => p.words ?? []))];
  const index = new Map(words.map((w, i) => [w, i]));
  return {
    format: DECK_FORMAT, version: DECK_FORMAT_VERSION, id, title: value.title, from: 'lo', to: 'vi',
    ...(value.source ? { source: value.source } : {}), ...(value.course ? { course: true } : {}), contentHash: value.contentHash,
    pairs: value.pairs.map(({ words: w, ...p }) => ({ ...p, loTokens: [], viTokens: [], ...(w ? { words: w.map((x) => index.get(x)!) } : {}) })),
    vocabulary: { lo: [], vi: [], words: words.map((w) => [w, 0]) },
  };
}

/**
 * For a first sync (storage/sync-local.ts markEverything): the decks' documents this device has to
 * offer, with the stamps they go with. Nobody knows when they were last edited: an own deck goes with
 * its install time, chosen kinds and edited sentences with none (any device's later edit wins).
 */
export async function deckMarks(db: Database, device: string): Promise<Map<string, string>> {
  const marks = new Map<string, string>();
  const stamp = (ms: number) => formatStamp({ ms, counter: 0, device });
  for (const deck of await db.getAll('decks')) {
    if (isLearnerDeck(deck.id)) marks.set(deckDocId(deck.id), stamp(deck.installedAt));
    if (deck.kinds && JSON.stringify(deck.kinds) !== JSON.stringify(DEFAULT_KINDS)) marks.set(kindsDocId(deck.id), stamp(0));
    // One deck at a time, its text not kept in memory: a 100,000-sentence deck is read in one pass.
    for (let cursor = await db.transaction('pairs').store.openCursor(deckRange(deck.id)); cursor; cursor = await cursor.continue()) {
      if (cursor.value.edited) marks.set(pairDocId(deck.id, cursor.value.pairId), stamp(0));
    }
  }
  return marks;
}
