// The kinds of card a deck studies (recognition, production, cloze,
// dictation): turning a kind on adds its new cards, or brings back the ones it
// had with their progress; turning it off takes its cards out of every queue
// (Queue.Off), their state kept. No other card is touched, and a sentence
// whose cards are not stored (storage/new-cards.ts) needs nothing: it stands
// for one new card per kind the deck studies.
import { cardsOf, CARD_KINDS } from '../deck/identity.ts';
import type { CardKind } from '../deck/types.ts';
import type { NewOrder } from '../schedule/new-order.ts';
import { Queue } from '../schedule/queue.ts';
import { placeReplayed, replayedOf } from './card-place.ts';
import type { Database } from './db.ts';
import type { CardRecord } from './schema.ts';
import { INSTALL_CHUNK } from './install.ts';
import { newCard } from './new-records.ts';
import { TallyUpdate } from './tallies.ts';
import { thisDevice } from './device.ts';
import { markEdit } from './edit-stamp.ts';
import { kindsDocId } from '../sync/names.ts';

/** `synced`: the choice came from another device (storage/sync-decks.ts), not to be sent back. */
export async function setDeckKinds(db: Database, deckId: string, kinds: readonly CardKind[], now: Date, newOrder: NewOrder, onProgress?: (done: number, total: number) => void, { synced = false } = {}): Promise<void> {
  const on = CARD_KINDS.filter((k) => kinds.includes(k));
  const keys = await db.getAllKeysFromIndex('pairs', 'order', IDBKeyRange.bound([deckId, -Infinity], [deckId, Infinity]));
  for (let start = 0; start < keys.length; start += INSTALL_CHUNK) {
    const tx = db.transaction(['pairs', 'cards', 'tallies'], 'readwrite');
    const cards = tx.objectStore('cards');
    const tallies = new TallyUpdate();
    const put = (before: CardRecord | undefined, after: CardRecord) => {
      tallies.card(before, after);
      return before ? cards.put(after) : cards.add(after);
    };
    const pairs = await Promise.all(keys.slice(start, start + INSTALL_CHUNK).map((k) => tx.objectStore('pairs').get(k)));
    const work: Promise<unknown>[] = [];
    for (const pair of pairs) {
      if (!pair || pair.retired) continue;
      const refs = cardsOf(pair.pairId, CARD_KINDS);
      work.push(Promise.all(refs.map((ref) => cards.get([deckId, ref.id]))).then((stored) => {
        // A sentence never studied has no cards to change: it stands for the deck's kinds, whichever they are.
        if (stored.every((card) => !card)) return undefined;
        return Promise.all(refs.map((ref, i): Promise<unknown> | undefined => {
          const card = stored[i];
          const wanted = on.includes(ref.kind);
          if (!card) return wanted ? put(undefined, newCard(deckId, ref, pair.order, newOrder)) : undefined;
          // Off, or left retired when its pair came back while the kind was off: back in its queue.
          if (wanted && (card.queue === Queue.Off || card.queue === Queue.Retired)) return put(card, placeReplayed(card, replayedOf(card), newOrder, true));
          if (!wanted && card.queue !== Queue.Off && card.queue !== Queue.Retired) return put(card, { ...card, queue: Queue.Off });
          return undefined;
        }));
      }));
    }
    await Promise.all(work);
    await Promise.all([tallies.write(tx), tx.done]);
    onProgress?.(Math.min(keys.length, start + INSTALL_CHUNK), keys.length);
  }
  const device = await thisDevice(db);
  const tx = db.transaction(['decks', 'settings', 'outbox'], 'readwrite');
  const record = await tx.objectStore('decks').get(deckId);
  // Marked for sync with the record: a choice cut short is neither here nor sent.
  if (record) await Promise.all([tx.objectStore('decks').put({ ...record, kinds: on }), synced ? undefined : markEdit(tx, kindsDocId(deckId), device, now.getTime())]);
  await tx.done;
}
