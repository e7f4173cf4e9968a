// The learner's UI language: Lao unless they chose another. A device
// preference, so it lives in localStorage (it is not study data).
import { DEFAULT_LANG, LANGS, type Lang } from './catalog.ts';

const KEY = 'lovi.lang';

export function loadLanguage(): Lang {
  try {
    const saved = localStorage.getItem(KEY);
    return LANGS.includes(saved as Lang) ? (saved as Lang) : DEFAULT_LANG;
  } catch {
    return DEFAULT_LANG;
  }
}

export function saveLanguage(lang: Lang): void {
  try {
    localStorage.setItem(KEY, lang);
  } catch {
    // Private mode or storage disabled: the choice lasts for this visit.
  }
}
