// A learner's own pairs: one added by hand (into a deck of theirs), and the
// text of any pair corrected. An edit keeps the pair's id, so every card of it
// keeps its progress, whichever side changes.
import type { LocalisedTitle, Pair } from '../deck/types.ts';
import { cardOrder, cardsOf, DEFAULT_KINDS, LEARNER_DECK_PREFIX } from '../deck/identity.ts';
import type { NewOrder } from '../schedule/new-order.ts';
import { placeReplayed, replayedOf } from './card-place.ts';
import { newCard, pairRecord } from './new-records.ts';
import type { Database } from './db.ts';
import { TallyUpdate } from './tallies.ts';
import type { PairRecord } from './schema.ts';
import { thisDevice } from './device.ts';
import { markEdit } from './edit-stamp.ts';
import { deckDocId, pairDocId } from '../sync/names.ts';

/** The deck sentences added by hand go into, created with the first one. */
export const MY_DECK = { id: `${LEARNER_DECK_PREFIX}mine`, title: { lo: 'ປະໂຫຍກຂອງຂ້ອຍ', vi: 'Câu của tôi', en: 'My sentences' } as LocalisedTitle };

export type AddResult = 'added' | 'exists';

/** Adds a checked pair at the end of the deck, with new cards; one transaction with the deck's count. */
export async function addPair(db: Database, deck: { id: string; title: LocalisedTitle }, pair: Pair, now: Date, newOrder: NewOrder, words?: readonly string[]): Promise<AddResult> {
  const device = await thisDevice(db);
  const tx = db.transaction(['decks', 'pairs', 'cards', 'tallies', 'settings', 'outbox'], 'readwrite', { durability: 'strict' });
  const pairs = tx.objectStore('pairs');
  const tallies = new TallyUpdate();
  const [stored, last, record] = await Promise.all([
    pairs.get([deck.id, pair.id]),
    pairs.index('order').openCursor(IDBKeyRange.bound([deck.id, -Infinity], [deck.id, Infinity]), 'prev'),
    tx.objectStore('decks').get(deck.id),
  ]);
  if (stored && !stored.retired) {
    tx.abort();
    await tx.done.catch(() => undefined);
    return 'exists';
  }
  const order = stored?.order ?? (last ? last.value.order + 1 : 0);
  const work: Promise<unknown>[] = [
    pairs.put(pairRecord(deck.id, pair, order, words)),
    tx.objectStore('decks').put(record
      ? { ...record, pairs: record.pairs + 1 }
      : { id: deck.id, title: deck.title, contentHash: '', pairs: 1, installedAt: now.getTime() }),
    // The learner's own deck grew: it goes to their other devices (storage/sync-decks.ts).
    markEdit(tx, deckDocId(deck.id), device, now.getTime()),
  ];
  cardsOf(pair.id, record?.kinds ?? DEFAULT_KINDS).forEach((ref) => {
    work.push(tx.objectStore('cards').get([deck.id, ref.id]).then((card) => {
      // A pair the learner had removed comes back with its progress.
      const next = card ? placeReplayed({ ...card, order: cardOrder(order, ref.kind) }, replayedOf(card), newOrder, true) : newCard(deck.id, ref, order, newOrder);
      tallies.card(card, next);
      return tx.objectStore('cards').put(next);
    }));
  });
  await Promise.all(work);
  await Promise.all([tallies.write(tx), tx.done]);
  return 'added';
}

/**
 * New text for a pair, same id and cards (`synced`: an edit from another of the learner's devices). Back to the deck's own text, it is no longer marked edited.
 * Its words may change: the deck's tally says so (wordChanges), so the word figures are counted again.
 */
export async function editPair(db: Database, deckId: string, pairId: string, text: { lo: string; vi: string; words?: string[] }, at: Date, { synced = false } = {}): Promise<PairRecord> {
  const device = await thisDevice(db);
  const tx = db.transaction(['pairs', 'tallies', 'settings', 'outbox'], 'readwrite', { durability: 'strict' });
  const pair = await tx.objectStore('pairs').get([deckId, pairId]);
  if (!pair) throw new Error(`no pair ${deckId}/${pairId}`);
  const original = pair.original ?? { lo: pair.lo, vi: pair.vi };
  const back = text.lo === original.lo && text.vi === original.vi;
  // The words follow the text (from the one-pair compile: syllables, where the deck knew compounds).
  const { edited: _, original: __, ...rest } = pair;
  const next: PairRecord = back ? { ...rest, ...text } : { ...rest, ...text, edited: true, original };
  const tally = await tx.objectStore('tallies').get(deckId);
  await Promise.all([
    tx.objectStore('pairs').put(next),
    tally && tx.objectStore('tallies').put({ ...tally, wordChanges: (tally.wordChanges ?? 0) + 1 }),
    // Sent to the learner's other devices, unless it came from one (`synced`).
    synced ? undefined : markEdit(tx, pairDocId(deckId, pairId), device, at.getTime()),
    tx.done,
  ]);
  return next;
}
