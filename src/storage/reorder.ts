// Re-keying every new card when the learner switches between deck order and
// random order. New cards only: cards begun keep their schedule. The cards
// written ahead of the queue for sentences never studied go (they were the
// other order's next): the new order's next are written when needed
// (storage/new-cards.ts).
import { Queue } from '../schedule/queue.ts';
import { newSortKey, type NewOrder } from '../schedule/new-order.ts';
import type { Database } from './db.ts';
import { unstoreUntouched } from './new-cards.ts';

const CHUNK = 1000;

export async function reorderNewCards(db: Database, newOrder: NewOrder): Promise<number> {
  let changed = 0;
  await forgetPlans(db);
  for (const deckId of await db.getAllKeys('decks')) {
    await unstoreUntouched(db, deckId);
    const range = IDBKeyRange.bound([deckId, Queue.New, -Infinity], [deckId, Queue.New, Infinity]);
    const cards = await db.getAllFromIndex('cards', 'queue', range);
    for (let i = 0; i < cards.length; i += CHUNK) {
      const tx = db.transaction('cards', 'readwrite');
      const work = cards.slice(i, i + CHUNK).flatMap((c) => {
        const sortKey = newSortKey(c, newOrder);
        if (sortKey === c.sortKey) return [];
        changed++;
        return [tx.store.put({ ...c, sortKey })];
      });
      await Promise.all([...work, tx.done]);
    }
  }
  return changed;
}

/** The sentences chosen by what the learner knows are chosen again (the order or the number of new cards changed). */
export async function forgetPlans(db: Database): Promise<void> {
  const tx = db.transaction('decks', 'readwrite');
  const decks = await tx.store.getAll();
  await Promise.all([...decks.filter((d) => d.plannedDay).map(({ plannedDay: _, ...d }) => tx.store.put(d)), tx.done]);
}
