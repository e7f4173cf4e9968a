// The one message catalog: one file per language under messages/. Lao is the
// default and the reference: every key is defined in Lao first, and the type
// makes English and Vietnamese keep up. Screens that load on first use bring
// their own part (messages/<part>/{lo,en,vi}.ts, added with addMessages), so
// their words do not weigh on the start-up scripts.
import { lo } from './messages/lo.ts';
import { en } from './messages/en.ts';
import { vi } from './messages/vi.ts';
import type { lo as loImport } from './messages/import/lo.ts';
import type { lo as loExercise } from './messages/exercise/lo.ts';
import type { lo as loSettings } from './messages/settings/lo.ts';
import type { lo as loStudyData } from './messages/study-data/lo.ts';

export type Lang = 'lo' | 'en' | 'vi';
export const LANGS: readonly Lang[] = ['lo', 'en', 'vi'];
export const DEFAULT_LANG: Lang = 'lo';

export type Params = Record<string, string | number>;
export type Message = string | ((p: Params) => string);

/** Every key of every part; the parts are typed, so a key is never missing from one language only. */
export type MessageKey = keyof typeof lo | keyof typeof loImport | keyof typeof loExercise | keyof typeof loSettings | keyof typeof loStudyData;

/** The start-up messages, and each part once its screen has loaded. */
export const CATALOG: Record<Lang, Partial<Record<MessageKey, Message>>> = { lo: { ...lo }, en: { ...en }, vi: { ...vi } };

/** A lazily loaded screen adds its messages (called when its module is evaluated). */
export function addMessages(part: Record<Lang, Partial<Record<MessageKey, Message>>>): void {
  for (const lang of LANGS) Object.assign(CATALOG[lang], part[lang]);
}

/** Each language's name in itself, for the language picker. */
export const LANG_NAMES: Record<Lang, string> = { lo: 'ລາວ', en: 'English', vi: 'Tiếng Việt' };

export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  const message = CATALOG[lang][key];
  // A part not loaded yet (a bug, not a state the UI reaches): show the key rather than nothing.
  if (message === undefined) return key;
  return typeof message === 'function' ? message(params) : message;
}

/** The catalog key of each rating's name (Again, Hard, Good, Easy). */
export const GRADE_LABELS: Record<1 | 2 | 3 | 4, MessageKey> = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' };
