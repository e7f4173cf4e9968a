// The statistics screen loads on first use: it is not needed to show the
// first card, so it stays out of the start-up bundle.
import { useEffect, useState } from 'preact/hooks';
import type { FunctionComponent } from 'preact';
import type { Store } from '../store.ts';
import { useI18n } from '../../i18n/use-i18n.ts';

type StatsComponent = FunctionComponent<{ store: Store }>;
let loaded: StatsComponent | null = null;

export function LazyStats({ store }: { store: Store }) {
  const { t } = useI18n();
  const [Screen, setScreen] = useState<StatsComponent | null>(() => loaded);
  useEffect(() => {
    if (loaded) return;
    void import('./StatsScreen.tsx').then((m) => {
      loaded = m.StatsScreen;
      setScreen(() => m.StatsScreen);
    });
  }, []);
  return Screen ? <Screen store={store} /> : <p>{t('loading')}</p>;
}
