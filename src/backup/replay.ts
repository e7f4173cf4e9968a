// A card's state is a function of its review log: replaying the log through
// FSRS gives it again. Imports use this to merge histories from two devices.
import { emptyState, type CardState } from '../schedule/card-state.ts';
import type { Scheduler } from '../schedule/scheduler.ts';
import type { ReviewEntry } from '../storage/schema.ts';

/** The state after these reviews (any order; replayed by time), from a new card. */
export function replay(entries: Pick<ReviewEntry, 'at' | 'grade' | 'id'>[], scheduler: Scheduler): CardState | null {
  if (entries.length === 0) return null;
  const sorted = [...entries].sort((a, b) => a.at - b.at || (a.id < b.id ? -1 : 1));
  let state = emptyState(new Date(sorted[0]!.at));
  for (const e of sorted) state = scheduler.rate(state, new Date(e.at), e.grade);
  return state;
}
