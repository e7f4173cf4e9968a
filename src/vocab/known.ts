// Which Vietnamese words a learner knows, from their cards. A card is
// evidence for every word of its sentence: it shows them (recognition,
// cloze, dictation's answer) or asks for them (production, cloze, dictation).
// A word is known when a card of a sentence with it has reached a stability
// of KNOWN_DAYS: FSRS then expects it recalled three weeks after the last
// review (the threshold Anki calls "mature"). Recognition is weaker evidence
// (understanding a sentence's meaning says less about each of its words than
// producing it), so a recognition card counts only at twice that stability.
// A word is seen when any such card has been studied at all. Pure.
import type { CardKind } from '../deck/types.ts';

export const KNOWN_DAYS = 21;
export const KNOWN_DAYS_RECOGNITION = 2 * KNOWN_DAYS;

/** What one card says of its sentence's words: 0 nothing (new), 1 seen, 2 known. */
export type Evidence = 0 | 1 | 2;

export interface EvidenceCard {
  kind: CardKind;
  stability: number;
  reps: number;
}

export function cardEvidence(card: EvidenceCard): Evidence {
  if (card.reps === 0) return 0;
  return card.stability >= (card.kind === 'recognition' ? KNOWN_DAYS_RECOGNITION : KNOWN_DAYS) ? 2 : 1;
}

/** A sentence's evidence: the strongest of its cards'. */
export function pairEvidence(cards: Iterable<EvidenceCard>): Evidence {
  let best: Evidence = 0;
  for (const c of cards) best = Math.max(best, cardEvidence(c)) as Evidence;
  return best;
}

export interface Knowledge {
  known: Set<string>;
  seen: Set<string>;
}

/** The words known and seen (known words are seen too), from each sentence's words and evidence. */
export function knowledge(pairs: Iterable<{ words: readonly string[]; evidence: Evidence }>): Knowledge {
  const known = new Set<string>();
  const seen = new Set<string>();
  for (const { words, evidence } of pairs) {
    if (evidence === 0) continue;
    for (const w of words) {
      seen.add(w);
      if (evidence === 2) known.add(w);
    }
  }
  return { known, seen };
}
