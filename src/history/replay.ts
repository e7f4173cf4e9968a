// The one replay: a card's state from its log entries. Storage keeps each
// card's state as a cache of this: every write that appends an entry applies
// the same step (applyEntry) to the cached card, and a rebuild (after an
// undo, a merge, a migration) folds it over the card's whole log. Every test
// of the log checks stored cards against replayCard.
import { State } from 'ts-fsrs';
import type { CardState } from '../schedule/card-state.ts';
import type { StudyDay } from '../schedule/study-day.ts';
import { byTime, effective, type LogEntry } from './entry.ts';
import type { ScheduleChange, Timeline } from './timeline.ts';

/**
 * A new card at `at` (ts-fsrs's empty card, written out so that reading the
 * log does not load the scheduler). Its due time means nothing: FSRS rates a
 * new card the same whatever it says.
 */
export function newState(at: number): CardState {
  return { due: at, stability: 0, difficulty: 0, elapsedDays: 0, scheduledDays: 0, learningSteps: 0, reps: 0, lapses: 0, state: 0, lastReview: null };
}

/** A day as FSRS counts intervals: 24 hours. */
const DAY = 86_400_000;

/** A card with no effective entry: new, as installed. */
export const NEW_STATE: CardState = newState(0);

export interface Replayed {
  state: CardState;
  suspended: boolean;
  /** Buried on this study day (over once the day is: see `today` below). */
  buriedDay: StudyDay | null;
}

export const PRISTINE: Replayed = { state: NEW_STATE, suspended: false, buriedDay: null };

/** What one entry (not an undo: `effective` has taken those out) does to a card. */
export function applyEntry(r: Replayed, e: LogEntry, timeline: Timeline): Replayed {
  switch (e.type) {
    case 'review': {
      // Studied: back in the queues (a card set aside on one device and rated on another meanwhile), unless the rating made it a leech set aside.
      const state = timeline.schedulerAt(e.at, e.device).rate(r.state, new Date(e.at), e.grade);
      // The day the learner's week chose, as recorded (FSRS's own otherwise).
      return { state: e.days === undefined ? state : { ...state, due: e.at + e.days * DAY, scheduledDays: e.days }, suspended: e.leech === true, buriedDay: null };
    }
    case 'move': {
      // Due on the day the break moved it to; its interval now runs from the last review to then.
      const due = e.at + e.days * DAY;
      return { ...r, state: { ...r.state, due, scheduledDays: Math.max(1, Math.round((due - (r.state.lastReview ?? e.at)) / DAY)) } };
    }
    case 'reset':
      return { state: newState(e.at), suspended: false, buriedDay: null };
    case 'suspend':
      return { ...r, suspended: true };
    case 'unsuspend':
      return { ...r, suspended: false, buriedDay: null };
    case 'bury':
      return { ...r, buriedDay: e.day };
    case 'restore':
      return { state: e.state, suspended: e.suspended ?? false, buriedDay: e.buriedDay ?? null };
    case 'undo':
      return r;
  }
}

/** A burial from a study day before `today` is over (it ends by itself: no entry says so). */
export function asOf(r: Replayed, today: StudyDay): Replayed {
  return r.buriedDay !== null && r.buriedDay < today ? { ...r, buriedDay: null } : r;
}

/**
 * `entries`: all of one card's, any order, any devices. Also the last entry with an effect: what an
 * undo of this card would take back. Between entries, each change of FSRS parameters (a fit applied,
 * on any device) puts the card's memory in line with them (`rememory`).
 */
export function replayCard(entries: readonly LogEntry[], timeline: Timeline, today: StudyDay): Replayed & { last: LogEntry | null } {
  let r = PRISTINE;
  let last: LogEntry | null = null;
  const changes = timeline.memoryChanges;
  let next = 0;
  // The card's reviews since it was last new or restored: what its memory is recomputed from.
  let origin = PRISTINE.state;
  let since: LogEntry[] = [];
  const upTo = (at: number) => {
    for (; next < changes.length && changes[next]!.at <= at; next++) r = { ...r, state: rememory(r.state, origin, since, timeline, changes[next]!) };
  };
  for (const e of effective(entries).sort(byTime)) {
    upTo(e.at);
    r = applyEntry(r, e, timeline);
    last = e;
    if (e.type === 'reset' || e.type === 'restore') {
      origin = r.state;
      since = [];
    } else if (e.type === 'review') {
      since.push(e);
    }
  }
  upTo(Infinity);
  return { ...asOf(r, today), last };
}

/**
 * The card's memory as the change's parameters give it from its reviews since `origin` (due date,
 * interval, learning steps and state as they were: the schedule given stays, Anki's default). A
 * change that reschedules also gives a card in review, and in review by the new parameters too, the
 * due date and interval they would have given at its last review (cards in learning keep their steps).
 */
function rememory(state: CardState, origin: CardState, reviews: readonly LogEntry[], timeline: Timeline, change: ScheduleChange): CardState {
  if (reviews.length === 0) return state;
  const scheduler = timeline.schedulerOf(change);
  let memory = origin;
  for (const e of reviews) if (e.type === 'review') memory = scheduler.rate(memory, new Date(e.at), e.grade);
  const remembered = { ...state, stability: memory.stability, difficulty: memory.difficulty };
  if (!change.reschedule || state.state !== State.Review || memory.state !== State.Review) return remembered;
  return { ...remembered, due: memory.due, scheduledDays: memory.scheduledDays };
}
