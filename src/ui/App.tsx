// The app shell: header with the language picker, problems, and the current screen.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { LANG_NAMES, LANGS, loadMessages, type Lang } from '../i18n/catalog.ts';
import { loadLanguage, saveLanguage } from '../i18n/language.ts';
import { I18nContext, i18nFor } from '../i18n/use-i18n.ts';
import { DeckList } from './DeckList.tsx';
import { Review } from './review/Review.tsx';
import { Store, useStore } from './store.ts';
import { useOnline } from '../pwa/use-online.ts';
import { InstallHint } from './InstallHint.tsx';
import { lazyScreen } from './lazy.tsx';

const LazyStats = lazyScreen(() => import('./stats/StatsScreen.tsx').then((m) => m.StatsScreen));
const LazyBrowse = lazyScreen(() => import('./browse/BrowseScreen.tsx').then((m) => m.BrowseScreen));
const LazySettings = lazyScreen(() => import('./SettingsScreen.tsx').then((m) => m.SettingsScreen));
const LazyImport = lazyScreen(() => import('./import/ImportScreen.tsx').then((m) => m.ImportScreen));

export function App({ store }: { store: Store }) {
  const [lang, setLang] = useState<Lang>(loadLanguage);
  const i18n = useMemo(() => i18nFor(lang), [lang]);
  const state = useStore(store);
  const online = useOnline();
  const { t } = i18n;
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('appName');
  }, [lang, t]);

  const choose = (next: Lang) => {
    saveLanguage(next);
    // Its words first (English and Vietnamese load when chosen: i18n/catalog.ts), then the screen in it.
    void loadMessages(next).then(() => setLang(next), () => undefined);
  };

  const tabs = state.ready && state.screen.name !== 'review';
  const installing = state.installing && (
    <div class="installing" data-testid="installing">
      <p>{t('installing', { done: state.installing.done, total: state.installing.total })}</p>
      <progress max={state.installing.total} value={state.installing.done} />
    </div>
  );

  return (
    <I18nContext.Provider value={i18n}>
      <div class={state.screen.name === 'review' ? 'shell studying' : 'shell'}>
      {/* Studying gives the whole screen to the card: its own bar has the way home. */}
      {state.screen.name !== 'review' && (
        <header class="app-bar">
          <h1 class="brand">{t('appName')}</h1>
          {!online && <span class="offline" data-testid="offline-indicator" role="status">{t('offline')}</span>}
          <label class="lang-picker">
            <span class="visually-hidden">{t('languageLabel')}</span>
            <select data-testid="language" value={lang} onChange={(e) => choose((e.target as HTMLSelectElement).value as Lang)}>
              {LANGS.map((l) => (
                <option key={l} value={l} lang={l}>{LANG_NAMES[l]}</option>
              ))}
            </select>
          </label>
        </header>
      )}
      <main class="screen">
        {state.problem && (
          <p class="problem" role="alert" data-testid="problem">
            {t(`problem_${state.problem}`)}
            {(state.problem === 'reload-needed' || state.problem === 'newer-data') && (
              <button class="link" data-testid="reload" onClick={() => window.location.reload()}>{t('reload')}</button>
            )}
          </p>
        )}
        {state.update && (
          <div class="update" role="status" data-testid="update-available">
            <span>{t('updateAvailable')}</span>
            <button class="update-button" data-testid="apply-update" onClick={() => state.update!.apply()}>{t('applyUpdate')}</button>
          </div>
        )}
        {/* Above the tabs once they show (its end then moves nothing: Lighthouse counted the deck list's jump up as a layout shift). */}
        {!tabs && installing}
        {!state.ready && !state.installing && <p>{t('loading')}</p>}
        {state.ready && state.screen.name === 'home' && (
          <>
            <p class="tagline">{t('tagline')}</p>
            <DeckList rows={state.rows} store={store} />
            <button class="secondary" data-testid="add-sentences" onClick={() => store.openImport()}>{t('addSentences')}</button>
            <InstallHint />
          </>
        )}
        {state.screen.name === 'review' && <Review state={state} store={store} />}
        {state.screen.name === 'stats' && <LazyStats store={store} />}
        {state.screen.name === 'browse' && <LazyBrowse store={store} />}
        {state.screen.name === 'import' && <LazyImport store={store} />}
        {state.screen.name === 'settings' && <LazySettings store={store} />}
      </main>
      {tabs && (
        <div class="bottom-bar">
          {installing}
          <nav class="tabs" aria-label={t('appName')}>
            <button class={state.screen.name === 'home' ? 'tab current' : 'tab'} data-testid="nav-home" onClick={() => void store.goHome()}>{t('home')}</button>
            <button class={state.screen.name === 'browse' ? 'tab current' : 'tab'} data-testid="nav-browse" onClick={() => store.openBrowse()}>{t('browse')}</button>
            <button class={state.screen.name === 'stats' ? 'tab current' : 'tab'} data-testid="nav-stats" onClick={() => store.openStats()}>{t('stats')}</button>
            <button class={state.screen.name === 'settings' ? 'tab current' : 'tab'} data-testid="nav-settings" onClick={() => store.openSettings()}>{t('settings')}</button>
          </nav>
        </div>
      )}
      </div>
    </I18nContext.Provider>
  );
}
