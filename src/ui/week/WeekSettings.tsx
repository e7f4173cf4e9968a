// The learner's week in the settings screen: balancing, days of less or no
// study, a break (with what it will cost before it is saved), and a daily
// reminder for the phone's calendar. Saved by its own button; the study
// settings' form above never writes these keys.
import '../../i18n/messages/week/index.ts';
import './week.css';
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { MessageKey } from '../../i18n/catalog.ts';
import { now } from '../../clock.ts';
import type { StudySettings } from '../../schedule/settings.ts';
import { studyDayOf } from '../../schedule/study-day.ts';
import { EASY_DAY_LEVELS, type EasyDay, type StudyBreak } from '../../schedule/week.ts';
import type { BreakPlan } from '../../schedule/study-break.ts';
import type { Store } from '../store.ts';
import { ReminderSettings } from './ReminderSettings.tsx';

/** What the panel edits besides the break's two days (kept as the inputs give them: a break needs both). */
type WeekFields = Pick<StudySettings, 'loadBalance' | 'easyDays'>;

export function WeekSettings({ store, settings }: { store: Store; settings: StudySettings }) {
  const { t } = useI18n();
  const [draft, setDraft] = useState<WeekFields>({ loadBalance: settings.loadBalance, easyDays: settings.easyDays });
  const [from, setFrom] = useState(settings.studyBreak?.from ?? '');
  const [to, setTo] = useState(settings.studyBreak?.to ?? '');
  const [preview, setPreview] = useState<BreakPlan | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const invalid = from !== '' && to !== '' && to < from;
  const studyBreak: StudyBreak | null = from && to && !invalid ? { from, to } : null;

  // What the break would move, as the learner picks its days.
  useEffect(() => {
    setPreview(null);
    if (!studyBreak) return;
    let live = true;
    const timer = setTimeout(() => void store.data.previewBreak({ ...settings, ...draft, studyBreak }).then((p) => live && setPreview(p)), 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [from, to, draft.easyDays]);

  const change = (patch: Partial<WeekFields>) => {
    setDraft({ ...draft, ...patch });
    setStatus(null);
  };
  const setDay = (weekday: number, level: EasyDay) => change({ easyDays: draft.easyDays.map((d, i) => (i === weekday ? level : d)) });
  // The weekday's name from the catalog and the date as day/month: Chromium's Lao date formats fall back to English month codes.
  const dayLabel = (n: number) => {
    const d = new Date(n * 86_400_000);
    return `${t(`weekday_${d.getUTCDay()}` as MessageKey)} ${d.getUTCDate()}/${d.getUTCMonth() + 1}`;
  };
  const today = studyDayOf(now(), settings);

  const save = async () => {
    await store.saveSettings({ ...draft, studyBreak });
    const moved = studyBreak ? await store.data.applyBreak() : null;
    setStatus(moved && moved.moves.length > 0 ? t('breakMoved', { before: moved.before, after: moved.after }) : t('saved'));
    setPreview(null);
  };

  return (
    <section class="settings week" aria-labelledby="week-heading">
      <h2 id="week-heading">{t('weekHeading')}</h2>
      <label class="field check">
        <input type="checkbox" data-testid="setting-load-balance" checked={draft.loadBalance} onChange={(e) => change({ loadBalance: (e.target as HTMLInputElement).checked })} />
        <span>{t('settingLoadBalance')}</span>
      </label>
      <p class="hint">{t('loadBalanceHint')}</p>

      <fieldset class="easy-days" data-testid="setting-easy-days">
        <legend>{t('easyDaysHeading')}</legend>
        <p class="hint">{t('easyDaysHint')}</p>
        {draft.easyDays.map((level, weekday) => (
          <label class="field" key={weekday}>
            <span>{t(`weekday_${weekday}` as MessageKey)}</span>
            <select data-testid={`easy-day-${weekday}`} value={level} onChange={(e) => setDay(weekday, (e.target as HTMLSelectElement).value as EasyDay)}>
              {EASY_DAY_LEVELS.map((l) => <option key={l} value={l}>{t(`easyLevel_${l}` as MessageKey)}</option>)}
            </select>
          </label>
        ))}
      </fieldset>

      <fieldset class="study-break">
        <legend>{t('breakHeading')}</legend>
        <p class="hint">{t('breakHint')}</p>
        <div class="break-days">
          <label class="field">
            <span>{t('breakFrom')}</span>
            <input type="date" data-testid="setting-break-from" min={today} value={from} onInput={(e) => { setFrom((e.target as HTMLInputElement).value); setStatus(null); }} />
          </label>
          <label class="field">
            <span>{t('breakTo')}</span>
            <input type="date" data-testid="setting-break-to" min={from || today} value={to} onInput={(e) => { setTo((e.target as HTMLInputElement).value); setStatus(null); }} />
          </label>
        </div>
        {(from || to) && <button type="button" class="link small" data-testid="break-clear" onClick={() => { setFrom(''); setTo(''); setStatus(null); }}>{t('breakClear')}</button>}
        {invalid && <p class="problem" role="alert" data-testid="break-invalid">{t('breakInvalid')}</p>}
        {preview && (
          <p class="hint" role="status" data-testid="break-preview">
            {preview.moves.length === 0 ? t('breakNothing') : t('breakPreview', { before: preview.before, after: preview.after })}
            {preview.busiestAfter && preview.busiestAfter.cards > 0 && <> {t('breakBusiest', { date: dayLabel(preview.busiestAfter.day), cards: preview.busiestAfter.cards })}</>}
          </p>
        )}
      </fieldset>

      <button class="primary" type="button" data-testid="save-week" disabled={invalid} onClick={() => void save()}>{t('save')}</button>
      {status && <p role="status" data-testid="week-saved">{status}</p>}

      <ReminderSettings store={store} settings={settings} today={today} />
    </section>
  );
}

