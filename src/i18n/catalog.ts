// The one message catalog: one file per language under messages/. Lao is the
// default and the reference: every key is defined in Lao first, and the type
// makes English and Vietnamese keep up.
import { lo } from './messages/lo.ts';
import { en } from './messages/en.ts';
import { vi } from './messages/vi.ts';

export type Lang = 'lo' | 'en' | 'vi';
export const LANGS: readonly Lang[] = ['lo', 'en', 'vi'];
export const DEFAULT_LANG: Lang = 'lo';

export type Params = Record<string, string | number>;
export type Message = string | ((p: Params) => string);

export type MessageKey = keyof typeof lo;

export const CATALOG: Record<Lang, Record<MessageKey, Message>> = { lo, en, vi };

/** Each language's name in itself, for the language picker. */
export const LANG_NAMES: Record<Lang, string> = { lo: 'ລາວ', en: 'English', vi: 'Tiếng Việt' };

export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const message = CATALOG[lang][key];
  return typeof message === 'function' ? message(params) : message;
}

/** The catalog key of each rating's name (Again, Hard, Good, Easy). */
export const GRADE_LABELS: Record<1 | 2 | 3 | 4, MessageKey> = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' };
