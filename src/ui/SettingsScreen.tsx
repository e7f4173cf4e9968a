// The settings tab (loaded on first use): display, study settings, backups,
// storage, the app's version.
import '../i18n/messages/settings/index.ts';
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/use-i18n.ts';
import { lazyScreen } from './lazy.tsx';
import { BackupPanel } from './BackupPanel.tsx';
import { DisplaySettings } from './DisplaySettings.tsx';
import { AnswerModeSettings } from './AnswerModeSettings.tsx';
import { VoiceSettings } from './voice/VoiceSettings.tsx';
import { Settings } from './Settings.tsx';
import { StorageStatus } from './StorageStatus.tsx';
import { OptimisePanel } from './optimise/OptimisePanel.tsx';
import { WeekSettings } from './week/WeekSettings.tsx';
import { WorkloadChart } from './week/WorkloadChart.tsx';
import { useStore, type Store } from './store.ts';

// Sync's code is not precached (vite.config.ts): loaded when the learner opens the panel or has an account.
const SyncPanel = lazyScreen(() => import('./sync/SyncPanel.tsx').then((m) => m.SyncPanel));

export function SettingsScreen({ store }: { store: Store }) {
  const { t } = useI18n();
  const state = useStore(store);
  const [syncOpen, setSyncOpen] = useState(() => store.syncStarted);
  if (!state.settings) return null;
  return (
    <>
      <DisplaySettings />
      <AnswerModeSettings />
      <VoiceSettings />
      {/* The form saves its own fields only: the parameters are the optimiser's, the week its panel's. */}
      <Settings settings={state.settings} onSave={({ fsrsParameters, fsrsFit, fsrsPrevious, loadBalance, easyDays, studyBreak, reminderTime, ...form }) => store.saveSettings(form)} />
      <WorkloadChart store={store} settings={state.settings} />
      <WeekSettings store={store} settings={state.settings} />
      <OptimisePanel store={store} settings={state.settings} />
      <section class="sync" aria-labelledby="sync-heading">
        <h2 id="sync-heading">{t('syncHeading')}</h2>
        <p class="hint">{t('syncExplain')}</p>
        {syncOpen ? <SyncPanel store={store} /> : (
          <button class="secondary" data-testid="sync-open" aria-expanded="false" onClick={() => setSyncOpen(true)}>{t('syncSignIn')} · {t('syncSignUp')}</button>
        )}
      </section>
      <BackupPanel store={store} />
      <StorageStatus />
      <p class="version" data-testid="app-version">{t('appName')} {__APP_VERSION__}</p>
    </>
  );
}
