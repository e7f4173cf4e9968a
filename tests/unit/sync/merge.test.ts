import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appendEntries, emptyBatch, type LogBatch } from '../../../src/history/batch.ts';
import type { NewEntry } from '../../../src/history/entry.ts';
import { choose } from '../../../src/sync/merge.ts';
import { parseDocId, type LogDoc, type StampedDoc, type SyncDoc } from '../../../src/sync/documents.ts';
import { logDocId, stampedDocId } from '../../../src/sync/names.ts';

const T = Date.parse('2026-12-01T03:00:00Z');
const review = (i: number): NewEntry => ({ type: 'review', deckId: 'news', cardId: `c${i % 5}-lo-vi`, at: T + i * 1000, grade: 3, durationMs: 2000 }) as NewEntry;

/** A batch after each of its first n entries: the copies devices may hold of it. */
function copies(n: number): LogDoc[] {
  const out: LogDoc[] = [];
  let batch: LogBatch = emptyBatch('2026-12-01', 'phone', T);
  out.push({ _id: logDocId(batch), type: 'log', batch });
  for (let i = 0; i < n; i++) {
    batch = appendEntries(batch, [review(i)]).batch;
    out.push({ _id: logDocId(batch), type: 'log', batch });
  }
  return out;
}

const fold = (docs: readonly SyncDoc[]) => docs.reduce((here, there) => (choose(here, there) === 'there' ? there : here));

describe('which copy of a document stands', () => {
  it('is the longest copy of a batch, whatever order the copies arrive in', () => {
    const all = copies(8);
    fc.assert(fc.property(fc.shuffledSubarray(all, { minLength: 1 }), (docs) => {
      const longest = docs.reduce((a, b) => (b.batch.rows.length > a.batch.rows.length ? b : a));
      expect(fold(docs)).toBe(longest);
    }));
  });

  it('never takes a copy of a batch that says otherwise of entries already here', () => {
    const [, one] = copies(1);
    const other = { ...one!, batch: appendEntries(emptyBatch('2026-12-01', 'phone', T), [review(3), review(4)]).batch };
    expect(choose(one!, other)).toBe('diverged');
    expect(choose(other, one!)).toBe('diverged');
  });

  it('is the later edit of a stamped document, whatever order the edits arrive in (a removal too)', () => {
    const edits: StampedDoc[] = ['000001764558000000-0000-a', '000001764558000000-0001-a', '000001764558000001-0000-b', '000001764558000001-0000-c']
      .map((stamp, i) => ({ _id: 'setting:study', type: 'stamped', stamp, value: i === 3 ? null : { n: i } }));
    fc.assert(fc.property(fc.shuffledSubarray(edits, { minLength: edits.length }), (docs) => {
      expect(fold(docs)).toBe(edits[3]);
    }));
  });

  it('names documents so that their parts read back, a colon in a part included', () => {
    expect(parseDocId(logDocId({ device: 'abc123', dayNo: 20_000 }))).toEqual({ kind: 'log', parts: ['abc123', '20000'] });
    expect(parseDocId(stampedDocId('pair', 'own:deck', 'p1'))).toEqual({ kind: 'pair', parts: ['own:deck', 'p1'] });
    expect(parseDocId('_design/x')).toBeNull();
    expect(parseDocId('log:x')).toBeNull();
  });
});
