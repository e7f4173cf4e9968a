// The start of each study day: cards buried on an earlier one come back to
// their queues. Apart from the other card actions (card-actions.ts), which
// load when first used: this one runs at every start.
import { Queue } from '../schedule/queue.ts';
import type { NewOrder } from '../schedule/new-order.ts';
import type { StudyDay } from '../schedule/study-day.ts';
import { placeReplayed, replayedOf } from './card-place.ts';
import type { Database } from './db.ts';
import type { CardRecord } from './schema.ts';
import { TallyUpdate } from './tallies.ts';

/**
 * Cards buried on an earlier study day come back (no entry: a burial ends by
 * itself, and replay knows it). One range query: buried cards are few. Read
 * first in a read-only transaction: at almost every start there is nothing
 * to write, and a read-write one would hold up the start's other reads.
 */
export async function unburyBefore(db: Database, deckId: string, today: StudyDay, newOrder: NewOrder = 'deck'): Promise<number> {
  const buriedRange = IDBKeyRange.bound([deckId, Queue.Buried, -Infinity], [deckId, Queue.Buried, Infinity]);
  const waiting = (cards: CardRecord[]) => cards.filter((c) => (c.buriedDay ?? '') < today);
  if (waiting(await db.getAllFromIndex('cards', 'queue', buriedRange)).length === 0) return 0;
  const tx = db.transaction(['cards', 'tallies'], 'readwrite');
  const cards = tx.objectStore('cards');
  const due = waiting(await cards.index('queue').getAll(buriedRange));
  const tallies = new TallyUpdate();
  await Promise.all(due.map((c) => {
    const back = placeReplayed(c, { ...replayedOf(c), buriedDay: null }, newOrder);
    tallies.card(c, back);
    return cards.put(back);
  }));
  await Promise.all([tallies.write(tx), tx.done]);
  return due.length;
}
