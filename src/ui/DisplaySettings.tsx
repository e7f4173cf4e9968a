// Theme and sentence size: applied the moment they change (no save button),
// with a sample sentence in both languages at the chosen size.
import { useState } from 'preact/hooks';
import { useI18n } from '../i18n/use-i18n.ts';
import type { MessageKey } from '../i18n/catalog.ts';
import { applyDisplay, loadDisplay, saveDisplay, TEXT_SIZES, THEMES, type Display, type TextSize, type Theme } from './display.ts';

const THEME_LABELS: Record<Theme, MessageKey> = { system: 'themeSystem', light: 'themeLight', dark: 'themeDark' };

export function DisplaySettings() {
  const { t, lang } = useI18n();
  const [display, setDisplay] = useState(loadDisplay);
  const change = (patch: Partial<Display>) => {
    const next = { ...display, ...patch };
    saveDisplay(next);
    applyDisplay(next);
    setDisplay(next);
  };
  const percent = new Intl.NumberFormat(lang, { style: 'percent' });
  return (
    <section class="settings" aria-labelledby="display-heading">
      <h2 id="display-heading">{t('displayHeading')}</h2>
      <label class="field">
        <span>{t('settingTheme')}</span>
        <select data-testid="setting-theme" value={display.theme} onChange={(e) => change({ theme: (e.target as HTMLSelectElement).value as Theme })}>
          {THEMES.map((theme) => <option key={theme} value={theme}>{t(THEME_LABELS[theme])}</option>)}
        </select>
      </label>
      <label class="field">
        <span>{t('settingTextSize')}</span>
        <select data-testid="setting-text-size" value={display.textSize} onChange={(e) => change({ textSize: Number((e.target as HTMLSelectElement).value) as TextSize })}>
          {TEXT_SIZES.map((size) => <option key={size} value={size}>{percent.format(size / 100)}</option>)}
        </select>
      </label>
      <div class="display-sample" aria-hidden="true">
        <p class="sentence" lang="lo">{t('sampleLao')}</p>
        <p class="sentence" lang="vi">{t('sampleVietnamese')}</p>
      </div>
    </section>
  );
}
