import { compileDeck, type CompileOptions, type CompileResult, type SourceUnit } from '../../../src/deck/index.ts';

const encoder = new TextEncoder();

export const bytes = (text: string) => encoder.encode(text);

export function tsv(text: string, path = 'deck.tsv'): SourceUnit {
  return { kind: 'table', format: 'tsv', file: { path, bytes: bytes(text) } };
}

export function csv(text: string, path = 'deck.csv'): SourceUnit {
  return { kind: 'table', format: 'csv', file: { path, bytes: bytes(text) } };
}

export function parallel(lo: string, vi: string, name = 'corpus'): SourceUnit {
  return { kind: 'parallel', lo: { path: `${name}.lo`, bytes: bytes(lo) }, vi: { path: `${name}.vi`, bytes: bytes(vi) } };
}

export function compile(units: SourceUnit | SourceUnit[], options: CompileOptions = {}): CompileResult {
  return compileDeck({ meta: { id: 'test', title: { lo: 'ທົດລອງ', vi: 'Thử' }, from: 'lo', to: 'vi' }, units: [units].flat() }, options);
}

/** `code@line` for every diagnostic, the compact form tests compare. */
export function codes(result: CompileResult): string[] {
  return result.report.diagnostics.map((d) => `${d.code}@${d.line}`);
}

// A few real-looking pairs (from the seed's vocabulary) to fill files with.
export const P1 = ['ກອງປະຊຸມດັ່ງກ່າວ ແມ່ນເພື່ອທວນຄືນ', 'Mục đích của cuộc họp nhằm xem xét'] as const;
export const P2 = ['ປຶກສາຫາລື ເຖິງຄວາມເປັນໄປໄດ້', 'Thảo luận về các khả năng'] as const;
export const P3 = ['ພ້ອມນັ້ນ ຍັງໄດ້ຮັບຟັງການລາຍງານ', 'Ông cũng nghe báo cáo'] as const;
export const P4 = ['ການພັດທະນາລະບົບດີຈີຕອນ', 'phát triển các hệ thống kỹ thuật số'] as const;
export const line = (p: readonly [string, string]) => `${p[0]}\t${p[1]}`;
