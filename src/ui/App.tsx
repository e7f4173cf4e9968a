// The app shell: header with the language picker, and the current screen.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { decks } from 'virtual:lovi-decks';
import { LANG_NAMES, LANGS, type Lang } from '../i18n/catalog.ts';
import { loadLanguage, saveLanguage } from '../i18n/language.ts';
import { I18nContext, i18nFor } from '../i18n/use-i18n.ts';
import { DeckList } from './DeckList.tsx';

export function App() {
  const [lang, setLang] = useState<Lang>(loadLanguage);
  const i18n = useMemo(() => i18nFor(lang), [lang]);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = i18n.t('appName');
  }, [lang, i18n]);

  const choose = (next: Lang) => {
    saveLanguage(next);
    setLang(next);
  };

  return (
    <I18nContext.Provider value={i18n}>
      <header class="bar">
        <h1 class="brand">{i18n.t('appName')}</h1>
        <label class="lang-picker">
          <span class="visually-hidden">{i18n.t('languageLabel')}</span>
          <select data-testid="language" value={lang} onChange={(e) => choose((e.target as HTMLSelectElement).value as Lang)}>
            {LANGS.map((l) => (
              <option key={l} value={l} lang={l}>{LANG_NAMES[l]}</option>
            ))}
          </select>
        </label>
      </header>
      <main class="screen">
        <p class="tagline">{i18n.t('tagline')}</p>
        <DeckList decks={decks} />
      </main>
    </I18nContext.Provider>
  );
}
