// Searching sentences the way a learner types: Vietnamese with or without
// its diacritics (`tieng viet` finds `tiếng Việt`), Lao as written
// (word-break hints ignored), any case.

/** Vietnamese folded to plain Latin letters: marks removed, đ → d, lower case. */
export function foldVietnamese(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'd').toLowerCase().normalize('NFC');
}

// Punctuation is not what a learner searches for: `bo buu chinh vien thong` finds `Bộ Bưu chính, Viễn thông`.
const clean = (s: string) => s.replaceAll('\u200b', '').replace(/[\p{P}\p{S}]+/gu, ' ').replace(/\s+/g, ' ').trim();

export interface SearchablePair {
  lo: string;
  vi: string;
}

/** A matcher for one query, built once and run on many pairs. */
export function matcher(query: string): (pair: SearchablePair) => boolean {
  const q = clean(query);
  if (q === '') return () => true;
  const folded = foldVietnamese(q);
  // With diacritics typed, they must match; without, any diacritics do.
  const exactVi = folded !== q.toLowerCase() ? q.toLowerCase().normalize('NFC') : null;
  const lo = q.toLowerCase();
  return (pair) =>
    clean(pair.lo).toLowerCase().includes(lo) ||
    (exactVi !== null ? clean(pair.vi).toLowerCase().normalize('NFC').includes(exactVi) : foldVietnamese(clean(pair.vi)).includes(folded));
}
