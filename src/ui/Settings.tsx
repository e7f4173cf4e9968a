// The settings screen: study limits, scheduling, audio. Saved together.
import { useState } from 'preact/hooks';
import { SETTING_LIMITS, type NumericSetting, type StudySettings } from '../schedule/settings.ts';
import type { MessageKey } from '../i18n/catalog.ts';
import type { NewOrder } from '../schedule/new-order.ts';
import { useI18n } from '../i18n/use-i18n.ts';

const NUMBERS: [NumericSetting, MessageKey][] = [
  ['newPerDay', 'settingNewPerDay'],
  ['reviewsPerDay', 'settingReviewsPerDay'],
  ['desiredRetention', 'settingRetention'],
  ['maximumInterval', 'settingMaxInterval'],
  ['dayStartHour', 'settingDayStart'],
  ['backupReminderDays', 'settingBackupDays'],
  ['leechLapses', 'settingLeechLapses'],
];

export function Settings({ settings, onSave }: { settings: StudySettings; onSave: (s: StudySettings) => Promise<void> }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(settings);
  const [saved, setSaved] = useState(false);
  const change = (patch: Partial<StudySettings>) => {
    setDraft({ ...draft, ...patch });
    setSaved(false);
  };
  return (
    <form class="settings" data-testid="settings" onSubmit={(e) => {
      e.preventDefault();
      void onSave(draft).then(() => setSaved(true));
    }}>
      <h2>{t('settingsHeading')}</h2>
      {NUMBERS.map(([key, label]) => (
        <label key={key} class="field">
          <span>{t(label)}</span>
          <input
            type="number" inputMode="decimal" required data-testid={`setting-${key}`}
            min={SETTING_LIMITS[key].min} max={SETTING_LIMITS[key].max} step={SETTING_LIMITS[key].step}
            value={draft[key]}
            onInput={(e) => change({ [key]: Number((e.target as HTMLInputElement).value) })}
          />
        </label>
      ))}
      <label class="field">
        <span>{t('settingNewOrder')}</span>
        <select data-testid="setting-new-order" value={draft.newOrder} onChange={(e) => change({ newOrder: (e.target as HTMLSelectElement).value as NewOrder })}>
          <option value="known-words">{t('newOrderKnownWords')}</option>
          <option value="deck">{t('newOrderDeck')}</option>
          <option value="random">{t('newOrderRandom')}</option>
        </select>
      </label>
      {draft.newOrder === 'known-words' && <p class="hint">{t('newOrderKnownWordsHint')}</p>}
      <label class="field check">
        <input type="checkbox" data-testid="setting-fuzz" checked={draft.fuzz} onChange={(e) => change({ fuzz: (e.target as HTMLInputElement).checked })} />
        <span>{t('settingFuzz')}</span>
      </label>
      <label class="field check">
        <input type="checkbox" data-testid="setting-autoplayAudio" checked={draft.autoplayAudio} onChange={(e) => change({ autoplayAudio: (e.target as HTMLInputElement).checked })} />
        <span>{t('settingAutoplay')}</span>
      </label>
      <label class="field check">
        <input type="checkbox" data-testid="setting-leechSuspend" checked={draft.leechSuspend} onChange={(e) => change({ leechSuspend: (e.target as HTMLInputElement).checked })} />
        <span>{t('settingLeechSuspend')}</span>
      </label>
      <button class="primary" type="submit" data-testid="save-settings">{t('save')}</button>
      {saved && <p role="status" data-testid="settings-saved">{t('saved')}</p>}
    </form>
  );
}
