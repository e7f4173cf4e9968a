// Export and import of everything, in single transactions. Import merges:
// the union of both review logs (ids are unique across devices), then every
// card whose log changed gets its state by replaying its log, so importing
// the same file twice changes nothing and two devices' histories combine.
import { BACKUP_FORMAT, BACKUP_VERSION, type Backup } from '../backup/format.ts';
import { replay } from '../backup/replay.ts';
import type { Scheduler } from '../schedule/scheduler.ts';
import { Queue } from '../schedule/queue.ts';
import { placeCard } from './card-place.ts';
import { applyReview, emptyDay } from '../stats/day-summary.ts';
import type { Database } from './db.ts';
import type { CardRecord, ReviewEntry } from './schema.ts';

export async function exportBackup(db: Database, now: Date): Promise<Backup> {
  const tx = db.transaction(['decks', 'pairs', 'cards', 'reviews', 'settings'], 'readonly');
  const [decks, pairs, cards, reviews, keys, values] = await Promise.all([
    tx.objectStore('decks').getAll(),
    tx.objectStore('pairs').getAll(),
    tx.objectStore('cards').getAll(),
    tx.objectStore('reviews').getAll(),
    tx.objectStore('settings').getAllKeys(),
    tx.objectStore('settings').getAll(),
  ]);
  await tx.done;
  const settings = Object.fromEntries(keys.map((k, i) => [k, values[i]]));
  return { format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: now.getTime(), decks, pairs, cards, reviews, settings };
}

export interface ImportResult {
  reviewsAdded: number;
  cardsUpdated: number;
}

export async function importBackup(db: Database, backup: Backup, scheduler: Scheduler): Promise<ImportResult> {
  const tx = db.transaction(['decks', 'pairs', 'cards', 'reviews', 'settings', 'days'], 'readwrite', { durability: 'strict' });
  const store = <N extends 'decks' | 'pairs' | 'cards' | 'reviews' | 'settings' | 'days'>(n: N) => tx.objectStore(n);

  // Decks, pairs and cards this device does not have yet (a deck it never installed).
  await Promise.all([
    ...backup.decks.map(async (d) => (await store('decks').getKey(d.id)) ?? store('decks').put(d)),
    ...backup.pairs.map(async (p) => (await store('pairs').getKey([p.deckId, p.pairId])) ?? store('pairs').put(p)),
    ...backup.cards.map(async (c) => (await store('cards').getKey([c.deckId, c.cardId])) ?? store('cards').put(c)),
    ...Object.entries(backup.settings).map(async ([k, v]) => (await store('settings').getKey(k)) ?? store('settings').put(v, k)),
  ]);

  // The union of the logs.
  const added: ReviewEntry[] = [];
  await Promise.all(backup.reviews.map(async (e) => {
    if ((await store('reviews').getKey(e.id)) === undefined) {
      added.push(e);
      await store('reviews').add(e);
    }
  }));

  // Each card whose log grew: its state is the replay of its whole log.
  const touchedCards = new Map<string, [string, string]>();
  const touchedDays = new Map<string, [string, string]>();
  for (const e of added) {
    touchedCards.set(`${e.deckId}\u0000${e.cardId}`, [e.deckId, e.cardId]);
    touchedDays.set(`${e.deckId}\u0000${e.day}`, [e.deckId, e.day]);
  }
  let cardsUpdated = 0;
  await Promise.all([...touchedCards.values()].map(async ([deckId, cardId]) => {
    const [card, log] = await Promise.all([
      store('cards').get([deckId, cardId]),
      store('reviews').index('card').getAll(IDBKeyRange.bound([deckId, cardId, -Infinity], [deckId, cardId, Infinity])),
    ]);
    const state = replay(log, scheduler);
    if (!card || !state) return;
    // A replayed log is never empty, so the state is never new and the new-card order does not matter.
    const placed = placeCard(card, state, 'deck');
    // A card the learner set aside stays aside.
    const next: CardRecord = card.queue === Queue.Suspended || card.queue === Queue.Retired ? { ...placed, queue: card.queue } : placed;
    cardsUpdated++;
    await store('cards').put(next);
  }));

  // Day summaries of the days that gained reviews, summed again from the log.
  await Promise.all([...touchedDays.values()].map(async ([deckId, day]) => {
    const entries = await store('reviews').index('deck-day').getAll([deckId, day]);
    await store('days').put(entries.reduce((s, e) => applyReview(s, e), emptyDay(deckId, day)));
  }));
  await tx.done;
  return { reviewsAdded: added.length, cardsUpdated };
}
