// After the FSRS parameters change (a fit applied, or the way back), every
// studied card's memory (stability, difficulty) is brought in line with them
// by replaying its log (history/replay.ts: due dates stay). The whole log is
// read once, a few batches at a time, then the cards are written in chunks of
// short transactions, so study goes on meanwhile: a card rated since the log
// was read (its entry count says so) has its entries read again in its own
// chunk, so nothing it gained is lost.
import { entriesByCard } from '../history/batch.ts';
import type { LogEntry } from '../history/entry.ts';
import { replayCard } from '../history/replay.ts';
import type { NewOrder } from '../schedule/new-order.ts';
import type { StudyDay } from '../schedule/study-day.ts';
import { matchesReplay, placeReplayed } from './card-place.ts';
import type { Database } from './db.ts';
import { cardEntries, loadTimeline, logInParts } from './log.ts';
import { TallyUpdate } from './tallies.ts';
import { REMEMORY_PENDING_KEY } from './settings.ts';

const CHUNK = 500;

/** Cards rewritten; `onProgress(done, total)` in cards. */
/** `chunk`: cards per transaction (tests make it small). */
export async function rememberAll(db: Database, today: StudyDay, newOrder: NewOrder, onProgress: (done: number, total: number) => void | Promise<void> = () => {}, chunk = CHUNK): Promise<number> {
  const pending = await db.get('settings', REMEMORY_PENDING_KEY);
  const byCard = new Map<string, LogEntry[]>();
  for await (const { entries } of logInParts(db)) entriesByCard(entries, byCard);
  const cards = [...byCard.values()].map((entries) => ({ deckId: entries[0]!.deckId, cardId: entries[0]!.cardId, entries }));
  let rewritten = 0;
  for (let start = 0; start < cards.length; start += chunk) {
    const tx = db.transaction(['cards', 'log', 'schedules', 'tallies'], 'readwrite');
    const timeline = await loadTimeline(tx);
    const tallies = new TallyUpdate();
    const work = cards.slice(start, start + chunk).map(async ({ deckId, cardId, entries }) => {
      const card = await tx.objectStore('cards').get([deckId, cardId]);
      if (!card) return;
      const log = (card.logCount ?? 0) === entries.length ? entries : await cardEntries(tx, card);
      const replayed = replayCard(log, timeline, today);
      if (matchesReplay(card, replayed, today)) return;
      const placed = placeReplayed(card, replayed, newOrder);
      tallies.card(card, placed);
      rewritten++;
      await tx.objectStore('cards').put(placed);
    });
    await Promise.all(work);
    await Promise.all([tallies.write(tx), tx.done]);
    await onProgress(Math.min(cards.length, start + chunk), cards.length);
  }
  // Done, unless parameters changed again meanwhile (their own run follows, and clears it).
  const tx = db.transaction('settings', 'readwrite');
  if ((await tx.store.get(REMEMORY_PENDING_KEY)) === pending) await tx.store.delete(REMEMORY_PENDING_KEY);
  await tx.done;
  return rewritten;
}
