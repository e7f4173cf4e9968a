// The one message catalog. Lao is the default and the reference: every key
// is defined in Lao first, and the type makes English and Vietnamese keep up.

export type Lang = 'lo' | 'en' | 'vi';
export const LANGS: readonly Lang[] = ['lo', 'en', 'vi'];
export const DEFAULT_LANG: Lang = 'lo';

type Params = Record<string, string | number>;
export type Message = string | ((p: Params) => string);

const lo = {
  appName: 'ໂລວີ',
  tagline: 'ຮຽນພາສາຫວຽດນາມຈາກປະໂຫຍກລາວ',
  languageLabel: 'ພາສາ',
  decksHeading: 'ຊຸດບັດ',
  noDecks: 'ຍັງບໍ່ມີຊຸດບັດ.',
  pairCount: (p: Params) => `${p.n} ປະໂຫຍກ`,
  cardCount: (p: Params) => `${p.n} ບັດ`,
  sourceLabel: (p: Params) => `ແຫຼ່ງທີ່ມາ: ${p.source}`,
  studySoon: 'ການທົບທວນຈະມາໃນໄວໆນີ້.',
} satisfies Record<string, Message>;

export type MessageKey = keyof typeof lo;

const en: Record<MessageKey, Message> = {
  appName: 'Lovi',
  tagline: 'Learn Vietnamese from Lao sentences',
  languageLabel: 'Language',
  decksHeading: 'Decks',
  noDecks: 'No decks yet.',
  pairCount: (p) => `${p.n} ${p.n === 1 ? 'sentence' : 'sentences'}`,
  cardCount: (p) => `${p.n} ${p.n === 1 ? 'card' : 'cards'}`,
  sourceLabel: (p) => `Source: ${p.source}`,
  studySoon: 'Review is coming soon.',
};

const vi: Record<MessageKey, Message> = {
  appName: 'Lovi',
  tagline: 'Học tiếng Việt qua câu tiếng Lào',
  languageLabel: 'Ngôn ngữ',
  decksHeading: 'Bộ thẻ',
  noDecks: 'Chưa có bộ thẻ nào.',
  pairCount: (p) => `${p.n} câu`,
  cardCount: (p) => `${p.n} thẻ`,
  sourceLabel: (p) => `Nguồn: ${p.source}`,
  studySoon: 'Chức năng ôn tập sắp ra mắt.',
};

export const CATALOG: Record<Lang, Record<MessageKey, Message>> = { lo, en, vi };

/** Each language's name in itself, for the language picker. */
export const LANG_NAMES: Record<Lang, string> = { lo: 'ລາວ', en: 'English', vi: 'Tiếng Việt' };

export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const message = CATALOG[lang][key];
  return typeof message === 'function' ? message(params) : message;
}
