// "Install on the home screen": a button where the browser offers it, the
// Share → Add to Home Screen steps on iOS Safari, nothing once installed.
import { useI18n } from '../i18n/use-i18n.ts';
import { useInstallOption } from '../pwa/install-prompt.ts';

export function InstallHint() {
  const { t } = useI18n();
  const option = useInstallOption();
  if (!option) return null;
  if (option.kind === 'ios') return <p class="hint" data-testid="install-ios">{t('iosInstall')}</p>;
  return <button class="secondary" data-testid="install" onClick={() => void option.install()}>{t('install')}</button>;
}
