// A card's scheduling state as stored: ts-fsrs's Card with dates as epoch
// milliseconds (IndexedDB indexes numbers, and they survive JSON backups).
import { createEmptyCard, State, type Card } from 'ts-fsrs';

export interface CardState {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: State;
  lastReview: number | null;
}

export function emptyState(now: Date): CardState {
  return fromFsrs(createEmptyCard(now));
}

export function toFsrs(s: CardState): Card {
  return {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: s.state,
    ...(s.lastReview !== null ? { last_review: new Date(s.lastReview) } : {}),
  };
}

export function fromFsrs(c: Card): CardState {
  return {
    due: c.due.getTime(),
    stability: c.stability,
    difficulty: c.difficulty,
    elapsedDays: c.elapsed_days,
    scheduledDays: c.scheduled_days,
    learningSteps: c.learning_steps,
    reps: c.reps,
    lapses: c.lapses,
    state: c.state,
    lastReview: c.last_review ? c.last_review.getTime() : null,
  };
}

const STATE_KEYS: (keyof CardState)[] = ['due', 'stability', 'difficulty', 'elapsedDays', 'scheduledDays', 'learningSteps', 'reps', 'lapses', 'state', 'lastReview'];

/** Only the scheduling state of a record that carries more (a stored card). */
export function pickState(c: CardState): CardState {
  const s = {} as Record<keyof CardState, unknown>;
  for (const k of STATE_KEYS) s[k] = c[k];
  return s as CardState;
}

/** The same but for memory (stability, difficulty): what a change of parameters rewrites (storage/rememory.ts), and nothing else does. */
export function sameProgress(a: CardState, b: CardState): boolean {
  return STATE_KEYS.every((k) => k === 'stability' || k === 'difficulty' || a[k] === b[k]);
}

export function sameState(a: CardState, b: CardState): boolean {
  return STATE_KEYS.every((k) => a[k] === b[k]);
}
