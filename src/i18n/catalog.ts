// The one message catalog: one file per language under messages/. Lao is the
// default and the reference: every key is defined in Lao first, and the type
// makes English and Vietnamese keep up. Screens that load on first use bring
// their own part (messages/<part>/{lo,en,vi}.ts, added with addMessages), so
// their words do not weigh on the start-up scripts; and of the start-up
// messages only Lao's are in them: English and Vietnamese load when chosen
// (loadMessages), before the first screen in them is drawn.
import { lo } from './messages/lo.ts';
import type { lo as loImport } from './messages/import/lo.ts';
import type { lo as loExercise } from './messages/exercise/lo.ts';
import type { lo as loSettings } from './messages/settings/lo.ts';
import type { lo as loStudyData } from './messages/study-data/lo.ts';
import type { lo as loSync } from './messages/sync/lo.ts';
import type { lo as loVoice } from './messages/voice/lo.ts';
import type { lo as loWeek } from './messages/week/lo.ts';

export type Lang = 'lo' | 'en' | 'vi';
export const LANGS: readonly Lang[] = ['lo', 'en', 'vi'];
export const DEFAULT_LANG: Lang = 'lo';

export type Params = Record<string, string | number>;
export type Message = string | ((p: Params) => string);

/** Every key of every part; the parts are typed, so a key is never missing from one language only. */
export type MessageKey = keyof typeof lo | keyof typeof loImport | keyof typeof loExercise | keyof typeof loSettings | keyof typeof loStudyData | keyof typeof loSync | keyof typeof loVoice | keyof typeof loWeek;

/** The start-up messages (Lao's; the others once loaded), and each part once its screen has loaded. */
export const CATALOG: Record<Lang, Partial<Record<MessageKey, Message>>> = { lo: { ...lo }, en: {}, vi: {} };

const START_UP: Record<Exclude<Lang, 'lo'>, () => Promise<Partial<Record<MessageKey, Message>>>> = {
  en: async () => (await import('./messages/en.ts')).en,
  vi: async () => (await import('./messages/vi.ts')).vi,
};
const loading = new Map<Lang, Promise<void>>([['lo', Promise.resolve()]]);

/** The language's start-up messages, loaded once (Lao's are always there). */
export function loadMessages(lang: Lang): Promise<void> {
  let done = loading.get(lang);
  if (!done) {
    done = START_UP[lang as Exclude<Lang, 'lo'>]().then((messages) => {
      // Under any part already added: a part's keys are its own.
      CATALOG[lang] = { ...messages, ...CATALOG[lang] };
    });
    // A failed load (offline before the chunk was cached) may be tried again.
    done.catch(() => loading.delete(lang));
    loading.set(lang, done);
  }
  return done;
}

/** A lazily loaded screen adds its messages (called when its module is evaluated). */
export function addMessages(part: Record<Lang, Partial<Record<MessageKey, Message>>>): void {
  for (const lang of LANGS) Object.assign(CATALOG[lang], part[lang]);
}

/** Each language's name in itself, for the language picker. */
export const LANG_NAMES: Record<Lang, string> = { lo: 'ລາວ', en: 'English', vi: 'Tiếng Việt' };

export function translate(lang: Lang, key: MessageKey, params: Params = {}): string {
  // A language whose words could not be loaded (offline before they were cached): Lao's, the reference.
  const message = CATALOG[lang][key] ?? CATALOG.lo[key];
  // A part not loaded yet (a bug, not a state the UI reaches): show the key rather than nothing.
  if (message === undefined) return key;
  return typeof message === 'function' ? message(params) : message;
}

/** The catalog key of each rating's name (Again, Hard, Good, Easy). */
export const GRADE_LABELS: Record<1 | 2 | 3 | 4, MessageKey> = { 1: 'again', 2: 'hard', 3: 'good', 4: 'easy' };
