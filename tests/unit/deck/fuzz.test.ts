// Fuzzing the compiler (bounded, in npm test): whatever the bytes, it never
// throws, and a deck comes out only when there is no error.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDeck, type SourceUnit } from '../../../src/deck/index.ts';

const META = { id: 'fuzz', title: { lo: 'ທົດລອງ', vi: 'Thử' }, from: 'lo' as const, to: 'vi' as const };

// Text biased towards what breaks parsers: tabs, commas, quotes, line ends, Lao, entities, invisible characters.
const piece = fc.oneof(
  fc.constantFrom('\t', ',', '"', '""', '\n', '\r\n', '\r', ' ', '&quot;', '& amp ;', '\u200b', '\ufeff', '\u0000', 'ສະບາຍດີ', 'Xin chào', 'lo\tvi\tid', '#html:true', ':'),
  fc.string({ maxLength: 8 }),
);
const text = fc.array(piece, { maxLength: 60 }).map((p) => p.join(''));
const bytes = fc.oneof(text.map((t) => new TextEncoder().encode(t)), fc.uint8Array({ maxLength: 200 }));

const unit = fc.oneof(
  fc.tuple(fc.constantFrom('tsv' as const, 'csv' as const), bytes).map(([format, b]): SourceUnit => ({ kind: 'table', format, file: { path: `f.${format}`, bytes: b } })),
  fc.tuple(bytes, bytes).map(([lo, vi]): SourceUnit => ({ kind: 'parallel', lo: { path: 'f.lo', bytes: lo }, vi: { path: 'f.vi', bytes: vi } })),
);

describe('compiler fuzzing', () => {
  it('never throws; a deck only without errors; every diagnostic has a place and a message', () => {
    fc.assert(fc.property(fc.array(unit, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.boolean(), (units, detok, strict) => {
      const { deck, report } = compileDeck({ meta: META, units }, { detok, strict });
      expect(deck === null).toBe(report.counts.errors > 0);
      for (const d of report.diagnostics) {
        expect(d.file).not.toBe('');
        expect(d.message.length).toBeGreaterThan(5);
        expect(d.line).toBeGreaterThanOrEqual(0);
      }
      if (deck) expect(new Set(deck.pairs.map((p) => p.id)).size).toBe(deck.pairs.length);
    }), { numRuns: 400 });
  });
});
