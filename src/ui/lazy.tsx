// Screens that are not needed to show the first card load on first use, so
// they stay out of the start-up bundle.
import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import { useI18n } from '../i18n/use-i18n.ts';

export function lazyScreen<P extends object>(load: () => Promise<FunctionComponent<P>>): FunctionComponent<P> {
  let loaded: FunctionComponent<P> | null = null;
  return function Lazy(props: P) {
    const { t } = useI18n();
    // The screen once loaded; false when it could not be: offline before this part was ever fetched (the
    // parts not precached: src/sw/kept-files.ts). Chromium keeps a module that failed to load as failed
    // until the page loads again: hence "open Lovi again".
    const [Screen, setScreen] = useState<FunctionComponent<P> | null | false>(() => loaded);
    useEffect(() => {
      if (!loaded) load().then((c) => setScreen(() => (loaded = c)), () => setScreen(false));
    }, []);
    if (Screen === false) return <p class="problem" role="alert" data-testid="part-offline">{t('partOffline')}</p>;
    return Screen ? <Screen {...props} /> : <p>{t('loading')}</p>;
  };
}
