// The one replay: a card's state from its log entries. Storage keeps each
// card's state as a cache of this (rebuilt after an undo, a merge, a
// migration), and every test of the log checks stored cards against it.
import { emptyState, type CardState } from '../schedule/card-state.ts';
import type { StudyDay } from '../schedule/study-day.ts';
import { byTime, effective, type LogEntry } from './entry.ts';
import type { Timeline } from './timeline.ts';

/** A card with no effective entry: new, as installed. Its due time means nothing (FSRS rates a new card the same whatever it says). */
export const NEW_STATE: CardState = emptyState(new Date(0));

export interface Replayed {
  state: CardState;
  suspended: boolean;
  /** Buried on this study day, and it is not over yet. */
  buriedDay: StudyDay | null;
  /** The last entry with an effect: what an undo of this card would take back. */
  last: LogEntry | null;
}

/** `entries`: all of one card's, any order, any devices. `today`: a burial from an earlier study day is over. */
export function replayCard(entries: readonly LogEntry[], timeline: Timeline, today: StudyDay): Replayed {
  let state = NEW_STATE;
  let suspended = false;
  let buriedDay: StudyDay | null = null;
  let last: LogEntry | null = null;
  for (const e of effective(entries).sort(byTime)) {
    last = e;
    switch (e.type) {
      case 'review':
        state = timeline.schedulerAt(e.at, e.device).rate(state, new Date(e.at), e.grade);
        buriedDay = null;
        if (e.leech) suspended = true;
        break;
      case 'reset':
        state = emptyState(new Date(e.at));
        suspended = false;
        buriedDay = null;
        break;
      case 'suspend':
        suspended = true;
        break;
      case 'unsuspend':
        suspended = false;
        buriedDay = null;
        break;
      case 'bury':
        buriedDay = e.day;
        break;
      case 'restore':
        state = e.state;
        suspended = e.suspended ?? false;
        buriedDay = e.buriedDay ?? null;
        break;
    }
  }
  if (buriedDay !== null && buriedDay < today) buriedDay = null;
  return { state, suspended, buriedDay, last };
}
