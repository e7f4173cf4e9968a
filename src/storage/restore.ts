// Where a stored card's state does not follow from its log (a database or
// backup of a version that kept states, not what happened), a restore entry
// records that state as its starting point, so replay gives it back. The
// migration of the log and the import of a version-1 backup both use this.
import { pickState } from '../schedule/card-state.ts';
import { Queue } from '../schedule/queue.ts';
import type { StudyDay } from '../schedule/study-day.ts';
import type { LogEntry, NewEntry } from '../history/entry.ts';
import { replayCard } from '../history/replay.ts';
import type { Timeline } from '../history/timeline.ts';
import { matchesReplay } from './card-place.ts';
import type { CardRecord } from './schema.ts';

/** The restore entry the card needs (after its last entry, at `at` at the earliest), or null if replaying `log` gives it already. */
export function restoreIfNeeded(card: CardRecord, log: readonly LogEntry[], timeline: Timeline, today: StudyDay, at: number): NewEntry | null {
  if (matchesReplay(card, replayCard(log, timeline, today), today)) return null;
  return {
    type: 'restore', deckId: card.deckId, cardId: card.cardId, at: Math.max(at, ...log.map((e) => e.at + 1)), state: pickState(card),
    ...(card.queue === Queue.Suspended ? { suspended: true } : {}),
    ...(card.queue === Queue.Buried && card.buriedDay ? { buriedDay: card.buriedDay } : {}),
  };
}
