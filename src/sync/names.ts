// The names of the documents sync replicates (documents.ts says what each is).
import type { LogBatch } from '../history/batch.ts';
import type { ScheduleChange } from '../history/timeline.ts';

export type StampedKind = 'setting' | 'deck' | 'pair';

export const logDocId = (b: Pick<LogBatch, 'device' | 'dayNo'>): string => `log:${b.device}:${b.dayNo}`;
export const scheduleDocId = (c: Pick<ScheduleChange, 'id'>): string => `schedule:${c.id}`;
/** Each part URI-encoded, so that a ':' inside one is never taken for the separator. */
export const stampedDocId = (kind: StampedKind, ...parts: string[]): string => `${kind}:${parts.map(encodeURIComponent).join(':')}`;
