// The daily reminder: the learner picks a time and downloads a calendar file
// their phone's calendar imports (schedule/reminder.ts); the time is kept.
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/use-i18n.ts';
import { now } from '../../clock.ts';
import type { StudySettings } from '../../schedule/settings.ts';
import type { StudyDay } from '../../schedule/study-day.ts';
import { reminderCalendar } from '../../schedule/reminder.ts';
import { saveFile } from '../save-file.ts';
import type { Store } from '../store.ts';

/** One event per learner: importing the file again replaces it rather than adding a second. */
const REMINDER_UID = 'daily-reminder@lovi.app';

export function ReminderSettings({ store, settings, today }: { store: Store; settings: StudySettings; today: StudyDay }) {
  const { t, lang } = useI18n();
  const [time, setTime] = useState(settings.reminderTime);
  const [done, setDone] = useState(false);
  const download = async () => {
    const text = reminderCalendar({ time, start: today, title: t('reminderTitle'), body: t('reminderBody'), lang, uid: REMINDER_UID, stamp: now() });
    saveFile(new Blob([text], { type: 'text/calendar;charset=utf-8' }), 'lovi-reminder.ics');
    setDone(true);
    if (time !== settings.reminderTime) await store.saveSettings({ reminderTime: time });
  };
  return (
    <fieldset class="daily-reminder">
      <legend>{t('reminderHeading')}</legend>
      <p class="hint">{t('reminderHint')}</p>
      <label class="field">
        <span>{t('settingReminderTime')}</span>
        <input type="time" data-testid="setting-reminder-time" required value={time} onInput={(e) => { setTime((e.target as HTMLInputElement).value || settings.reminderTime); setDone(false); }} />
      </label>
      <button class="secondary" type="button" data-testid="calendar-reminder" onClick={() => void download()}>{t('calendarReminder')}</button>
      {done && <p role="status" class="hint" data-testid="reminder-downloaded">{t('reminderDownloaded')}</p>}
    </fieldset>
  );
}
