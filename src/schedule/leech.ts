// Leeches: cards the learner keeps forgetting. Studying them again and again
// costs more time than anything else in a deck and teaches little; the usual
// cure is to change the sentence (a clearer one, a note) or set it aside.
// Anki's rule: a card becomes a leech on its Nth lapse, and again every N/2
// lapses after, so a leech kept in study is flagged again if it keeps failing.
import type { CardState } from './card-state.ts';

/** A card forgotten at least this many times is a leech (0: never). */
export function isLeech(card: Pick<CardState, 'lapses'>, threshold: number): boolean {
  return threshold > 0 && card.lapses >= threshold;
}

/** Whether this review made the card a leech (just now: its lapse count reached the threshold, or a further half of it). */
export function becameLeech(before: Pick<CardState, 'lapses'>, after: Pick<CardState, 'lapses'>, threshold: number): boolean {
  if (threshold <= 0 || after.lapses <= before.lapses || after.lapses < threshold) return false;
  return (after.lapses - threshold) % Math.max(1, Math.floor(threshold / 2)) === 0;
}
