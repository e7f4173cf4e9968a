// The UI's access to the catalog: the current language and t().
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { DEFAULT_LANG, translate, type Lang, type MessageKey } from './catalog.ts';

export interface I18n {
  lang: Lang;
  t: (key: MessageKey, params?: Record<string, string | number>) => string;
}

export function i18nFor(lang: Lang): I18n {
  return { lang, t: (key, params) => translate(lang, key, params) };
}

export const I18nContext = createContext<I18n>(i18nFor(DEFAULT_LANG));

export function useI18n(): I18n {
  return useContext(I18nContext);
}
