// "Done for today", with when the next card comes due.
import { useI18n } from '../i18n/use-i18n.ts';

export function NextDue({ at }: { at: number | null }) {
  const { t, lang } = useI18n();
  const when = at === null ? null : new Intl.DateTimeFormat(lang, { weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(at);
  return (
    <div class="done" data-testid="done-today" role="status">
      <p class="done-title">{t('doneToday')}</p>
      <p>{when ? t('nextDueAt', { when }) : t('nothingScheduled')}</p>
    </div>
  );
}
