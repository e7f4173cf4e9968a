// The names of the documents sync replicates (documents.ts says what each is).
import type { LogBatch } from '../history/batch.ts';
import type { ScheduleChange } from '../history/timeline.ts';

export type StampedKind = 'setting' | 'deck' | 'pair';

export const logDocId = (b: Pick<LogBatch, 'device' | 'dayNo'>): string => `log:${b.device}:${b.dayNo}`;
export const scheduleDocId = (c: Pick<ScheduleChange, 'id'>): string => `schedule:${c.id}`;
/** Each part URI-encoded, so that a ':' inside one is never taken for the separator. */
export const stampedDocId = (kind: StampedKind, ...parts: string[]): string => `${kind}:${parts.map(encodeURIComponent).join(':')}`;
/** A learner's own deck: its title and sentences (storage/sync-decks.ts). */
export const deckDocId = (deckId: string): string => stampedDocId('deck', deckId);
/** The kinds of card a deck studies, any deck. */
export const kindsDocId = (deckId: string): string => stampedDocId('deck', deckId, 'kinds');
/** The learner's text of a sentence, any deck. */
export const pairDocId = (deckId: string, pairId: string): string => stampedDocId('pair', deckId, pairId);
