// The learner's UI language: Lao unless they chose another (a device preference).
import { readChoice, writePref } from '../device-prefs.ts';
import { DEFAULT_LANG, LANGS, type Lang } from './catalog.ts';

const KEY = 'lovi.lang';

export const loadLanguage = (): Lang => readChoice(KEY, LANGS, DEFAULT_LANG);
export const saveLanguage = (lang: Lang): void => writePref(KEY, lang);
