import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { deckTsv } from '../../../src/deck/export-tsv.ts';
import { compile, tsv } from './helpers.ts';

describe('deck export as TSV', () => {
  it('reads back to the same pairs and ids, tags and notes included', () => {
    const seed = readFileSync(new URL('../../../content/kpl-2018-asean-e-services/pairs.tsv', import.meta.url), 'utf8');
    const deck = compile(tsv(seed)).deck!;
    const tagged = deck.pairs.map((p, i) => (i === 0 ? { ...p, tags: ['news', 'asean'], note: 'KPL, 2018' } : p));
    const text = deckTsv(tagged);
    expect(text.split('\n').slice(0, 5)).toEqual(['#separator:tab', '#html:false', '#columns:id\tlo\tvi\ttags\tnote', '#guid column:1', '#tags column:4']);
    const again = compile(tsv(text, 'exported.tsv'));
    expect(again.report.counts.errors).toBe(0);
    expect(again.deck!.pairs.map(({ id, lo, vi, tags, note }) => ({ id, lo, vi, tags, note }))).toEqual(
      tagged.map(({ id, lo, vi, tags, note }) => ({ id, lo, vi, tags, note })));
  });

  it('keeps ids that no longer follow from the Lao (a corrected pair keeps its id)', () => {
    const text = deckTsv([{ id: 'abc123', lo: 'ສະບາຍດີ ແກ້', vi: 'Xin chào' }]);
    expect(compile(tsv(text)).deck!.pairs[0]).toMatchObject({ id: 'abc123', lo: 'ສະບາຍດີ ແກ້' });
  });
});
