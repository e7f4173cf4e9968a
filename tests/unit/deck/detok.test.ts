import { describe, expect, it } from 'vitest';
import { detokenise, looksTokenised } from '../../../src/deck/detok.ts';
import { parseManifest } from '../../../src/deck/meta.ts';
import { compileDeck } from '../../../src/deck/index.ts';
import { compile, tsv } from './helpers.ts';

describe('--detok', () => {
  it('undoes MT-corpus tokenisation on both sides', () => {
    expect(detokenise('thế đấy , mọi vật')).toBe('thế đấy, mọi vật');
    expect(detokenise('Bộ Bưu chính ( MPTC ) .')).toBe('Bộ Bưu chính (MPTC).');
    expect(detokenise('ອິນໂດເນເຊຍ .')).toBe('ອິນໂດເນເຊຍ.');
    expect(detokenise('ông nói " xin chào " , rồi đi')).toBe('ông nói "xin chào", rồi đi');
    expect(detokenise('lúc 10 : 30 ; 3 , 5 %')).toBe('lúc 10:30; 3,5%');
  });

  it('keeps the spaces that separate Lao phrases', () => {
    expect(detokenise('ກະຊວງໄປສະນີ ແລະການສື່ສານ ໄດ້ຈັດກອງປະຊຸມ')).toBe('ກະຊວງໄປສະນີ ແລະການສື່ສານ ໄດ້ຈັດກອງປະຊຸມ');
  });

  it('is off unless asked for', () => {
    const text = 'ອິນໂດເນເຊຍ .\tthế đấy , mọi vật\n';
    expect(compile(tsv(text)).deck!.pairs[0]).toMatchObject({ lo: 'ອິນໂດເນເຊຍ .', vi: 'thế đấy , mọi vật' });
    expect(compile(tsv(text), { detok: true }).deck!.pairs[0]).toMatchObject({ lo: 'ອິນໂດເນເຊຍ.', vi: 'thế đấy, mọi vật' });
  });
});

describe('recognising a tokenised corpus', () => {
  const corpus = ['ອິນໂດເນເຊຍ .\tthế đấy , mọi vật', 'ກອງປະຊຸມ ( MPTC ) .\tBộ Bưu chính ( MPTC ) .', 'ຂອບໃຈ !\tông nói " cám ơn "', 'ສະບາຍດີ\tXin chào'].join('\n');

  it('tells a tokenised corpus from hand-written text with a stray space', () => {
    expect(looksTokenised(corpus.split(/[\t\n]/))).toBe(true);
    expect(looksTokenised(['Xin chào, bạn.', 'Cảm ơn !', 'Tôi đi học.', 'Vâng, tôi hiểu.', 'Ừ.'])).toBe(false);
    expect(looksTokenised(['a , b'])).toBe(false);
  });

  it("undoes it when asked to decide ('auto'), with a warning, and leaves hand-written text alone", () => {
    const auto = compile(tsv(corpus), { detok: 'auto' });
    expect(auto.report.diagnostics.map((d) => d.code)).toEqual(['detokenised']);
    expect(auto.deck!.pairs[0]).toMatchObject({ lo: 'ອິນໂດເນເຊຍ.', vi: 'thế đấy, mọi vật' });
    const plain = compile(tsv('ສະບາຍດີ !\tXin chào, bạn !\n'), { detok: 'auto' });
    expect(plain.report.diagnostics).toEqual([]);
    expect(plain.deck!.pairs[0]!.vi).toBe('Xin chào, bạn !');
  });

  it('does it for a deck whose deck.json asks for it', () => {
    const manifest = parseManifest('deck.json', JSON.stringify({ id: 'mt', title: { lo: 'ກ', vi: 'a' }, from: 'lo', to: 'vi', sources: ['a.tsv'], detok: true }));
    expect(manifest.ok && manifest.manifest.detok).toBe(true);
    const { sources: _, detok, ...meta } = (manifest as { manifest: import('../../../src/deck/meta.ts').DeckManifest }).manifest;
    const result = compileDeck({ meta, units: [tsv('ອິນໂດເນເຊຍ .\tthế đấy , mọi vật\n')], detok });
    expect(result.deck!.pairs[0]).toMatchObject({ lo: 'ອິນໂດເນເຊຍ.', vi: 'thế đấy, mọi vật' });
    expect(parseManifest('deck.json', JSON.stringify({ id: 'mt', title: { lo: 'ກ', vi: 'a' }, from: 'lo', to: 'vi', sources: ['a.tsv'], detok: 'yes' })).ok).toBe(false);
  });
});
