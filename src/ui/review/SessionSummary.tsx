// When the day's cards of a deck are done: what today's study came to (cards,
// minutes, share not rated Again, streak) and when the next card is due. Read
// from the review log each time it shows, so an undo or a reload is reflected.
import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/use-i18n.ts';
import type { SessionData } from '../../storage/session-data.ts';
import { BackupReminder } from '../backup-reminder.tsx';
import { NextDue } from '../NextDue.tsx';
import type { Store } from '../store.ts';

export function SessionSummary({ store, deckId, nextDue, backupDue }: { store: Store; deckId: string; nextDue: number | null; backupDue: boolean }) {
  const { t, lang } = useI18n();
  const [data, setData] = useState<SessionData | null>(null);
  useEffect(() => {
    let live = true;
    // A summary that cannot be read leaves "done for today" on its own.
    store.data.loadSession(deckId).then((d) => live && setData(d), () => undefined);
    return () => {
      live = false;
    };
  }, [store, deckId]);
  const s = data?.summary;
  const percent = new Intl.NumberFormat(lang, { style: 'percent' });
  return (
    <>
      <NextDue at={nextDue} />
      {s && s.reviews > 0 && (
        <section class="summary" data-testid="session-summary" aria-labelledby="summary-heading">
          <h2 id="summary-heading">{t('sessionHeading')}</h2>
          <dl class="summary-figures">
            <div><dt>{t('sessionStudied')}</dt><dd data-testid="session-studied">{s.cards}</dd></div>
            <div><dt>{t('sessionMinutes')}</dt><dd data-testid="session-minutes">{s.minutes}</dd></div>
            <div><dt>{t('sessionCorrect')}</dt><dd data-testid="session-correct">{percent.format(s.correctShare ?? 0)}</dd></div>
            <div><dt>{t('statStreak')}</dt><dd data-testid="session-streak">{t('statStreakDays', { n: data.streak })}</dd></div>
          </dl>
        </section>
      )}
      {backupDue && <BackupReminder store={store} />}
    </>
  );
}
