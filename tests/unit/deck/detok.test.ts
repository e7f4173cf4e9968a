import { describe, expect, it } from 'vitest';
import { detokenise } from '../../../src/deck/detok.ts';
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
