// Pair and card identity: the rule every learner's progress hangs on.
//
// - An explicit id column wins.
// - Otherwise a pair's id is a hash of its Lao sentence (its identity key:
//   normalised, word-break hints removed). Re-ordering lines, adding lines
//   elsewhere and rebuilding never change it, and correcting the Vietnamese
//   side keeps the pair, so the learner keeps their progress.
// - When the same Lao sentence has two translations, the first in the file
//   keeps the plain id and each other one is told apart by its translation.
// - A pair's cards are its id with the card kind: `<pairId>:r`, `<pairId>:p`,
//   `<pairId>:c` (cloze), `<pairId>:d` (dictation).
import { hash64 } from './hash.ts';
import type { CardKind, CardRef, Diagnostic } from './types.ts';
import type { ValidPair } from './validate.ts';

/** A learner's own deck (imported or typed: import/sources.ts learnerDeckId) has an id of this start, which no shipped deck has; its sentences travel with sync. */
export const LEARNER_DECK_PREFIX = 'own-';
export const isLearnerDeck = (deckId: string): boolean => deckId.startsWith(LEARNER_DECK_PREFIX);

export const CARD_KINDS: readonly CardKind[] = ['recognition', 'production', 'cloze', 'dictation'];
/**
 * What a deck studies unless the learner chooses: every kind. Dictation is
 * neither shown nor counted on a device without a Vietnamese voice (the
 * queue skips it), so there it is as if it were off.
 */
export const DEFAULT_KINDS: readonly CardKind[] = CARD_KINDS;
const KIND_SUFFIX: Record<CardKind, string> = { recognition: 'r', production: 'p', cloze: 'c', dictation: 'd' };

/**
 * A card's place among its pair's cards in deck order: order = pair index × 2 +
 * this. Recognition 0 and production 1 are what decks had before cloze and
 * dictation; the new kinds fit between (recognition, cloze, production,
 * dictation), so no existing card moves.
 */
export const KIND_OFFSET: Record<CardKind, number> = { recognition: 0, cloze: 0.5, production: 1, dictation: 1.5 };

/** A card's position in deck order, from its pair's. */
export function cardOrder(pairOrder: number, kind: CardKind): number {
  return pairOrder * 2 + KIND_OFFSET[kind];
}

/** The kinds a deck studies, from its record's `kinds` (absent: the defaults; a record from a backup file is read with care: only kinds there are). */
export function kindsOf(deck: { kinds?: readonly CardKind[] } | undefined): readonly CardKind[] {
  return Array.isArray(deck?.kinds) ? CARD_KINDS.filter((k) => deck.kinds!.includes(k)) : DEFAULT_KINDS;
}

export function kindOfCard(cardId: string): CardKind {
  const suffix = cardId.slice(cardId.lastIndexOf(':') + 1);
  return CARD_KINDS.find((k) => KIND_SUFFIX[k] === suffix) ?? 'recognition';
}

export function pairIdOf(loKey: string, variantOf?: string): string {
  return variantOf === undefined ? hash64(loKey) : hash64(`${loKey}\u0001${variantOf}`);
}

export function cardsOf(pairId: string, kinds: readonly CardKind[] = DEFAULT_KINDS): CardRef[] {
  return CARD_KINDS.filter((kind) => kinds.includes(kind)).map((kind) => ({ id: `${pairId}:${KIND_SUFFIX[kind]}`, pairId, kind }));
}

/** The pair a card id belongs to (inverse of cardsOf), so queues can work from index keys alone. */
export function pairIdOfCard(cardId: string): string {
  return cardId.slice(0, cardId.lastIndexOf(':'));
}

/** Ids for a deck's pairs, in order; duplicate ids (explicit, or a hash collision) are errors. */
export function assignIds(pairs: ValidPair[], diagnostics: Diagnostic[]): string[] {
  const firstTranslation = new Map<string, string>();
  const owner = new Map<string, ValidPair>();
  return pairs.map((p) => {
    let id = p.id;
    if (id === undefined) {
      const first = firstTranslation.get(p.loKey);
      if (first === undefined) firstTranslation.set(p.loKey, p.viKey);
      id = pairIdOf(p.loKey, first === undefined || first === p.viKey ? undefined : p.viKey);
    }
    const other = owner.get(id);
    if (other) {
      diagnostics.push({
        severity: 'error', code: 'duplicate-id', file: p.file, line: p.line, column: p.loColumn,
        message: `id "${id}" is already used by line ${other.line} of ${other.file}; every pair needs its own id`,
      });
    } else {
      owner.set(id, p);
    }
    return id;
  });
}
