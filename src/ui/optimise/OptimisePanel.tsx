// "A schedule fitted to your memory": what the schedule uses now (and how it
// was fitted), how much history is missing before a fit is worth it, the fit
// with its progress and a stop button, and an honest before-and-after before
// anything changes. Its state is in use-optimise.ts.
import { useState } from 'preact/hooks';
import { useI18n } from '../../i18n/use-i18n.ts';
import { ENOUGH } from '../../optimise/enough.ts';
import { fitIsBetter, sanitiseFit, type FitRecord } from '../../optimise/fit-record.ts';
import type { StudySettings } from '../../schedule/settings.ts';
import { useStore, type Store } from '../store.ts';
import { useOptimise, type OptimisePhase } from './use-optimise.ts';

export function OptimisePanel({ store, settings }: { store: Store; settings: StudySettings }) {
  const { t, lang } = useI18n();
  const { history, enough, phase, offlineReady, start, cancel, apply, restore } = useOptimise(store, settings);
  // Anki's "reschedule cards on change": off unless asked for (due dates stay; only memory follows).
  const [reschedule, setReschedule] = useState(false);
  const { rememory } = useStore(store);
  // Numeric: Chromium has no Lao month names ("2026 M11 27" with dateStyle).
  const date = (ms: number) => new Intl.DateTimeFormat(lang, { year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
  const running = phase.name === 'running';
  // As stored: a record damaged (or from a newer version) is not shown rather than shown as NaN.
  const fit = sanitiseFit(settings.fsrsFit);

  return (
    <section class="optimise" aria-labelledby="optimise-heading">
      <h2 id="optimise-heading">{t('optimiseHeading')}</h2>
      <p data-testid="optimize-in-use">
        {!settings.fsrsParameters ? t('optimiseDefaults')
          : fit ? t('optimiseOwn', { date: date(fit.at) }) : t('optimiseOwnUnknown')}
      </p>
      {fit && phase.name !== 'result' && <Scores fit={fit} testid="optimize-in-use-scores" applied />}
      <p class="hint">{t('optimiseExplain')}</p>
      {history && !enough && phase.name !== 'result' && (
        <p data-testid="optimize-not-enough">
          {t('optimiseNotEnough', { ...ENOUGH, haveReviews: history.have.reviews, haveDays: history.have.days, haveCards: history.have.cards })}
        </p>
      )}
      {enough && !running && phase.name !== 'result' && (
        <>
          <button class="secondary" data-testid="optimize" onClick={start}>{t('optimiseButton')}</button>
          {offlineReady && <p class="hint" data-testid="optimize-offline-ready">{t('optimiseOfflineReady')}</p>}
        </>
      )}
      {running && <Progress phase={phase} onCancel={cancel} />}
      {phase.name === 'result' && (
        <div data-testid="optimize-result" role="status">
          <Scores fit={phase.fit} testid="optimize-scores" />
          {fitIsBetter(phase.fit)
            ? (
              <>
                <p>{t('optimiseBetter')}</p>
                <label class="check-row">
                  <input type="checkbox" data-testid="optimize-reschedule" checked={reschedule} onChange={(e) => setReschedule((e.target as HTMLInputElement).checked)} />
                  <span>{t('optimiseReschedule')}</span>
                </label>
                <button class="primary" data-testid="optimize-apply" onClick={() => void apply(reschedule)}>{t('optimiseApply')}</button>
              </>
            )
            : <p data-testid="optimize-not-better">{t(settings.fsrsParameters ? 'optimiseNotBetterOwn' : 'optimiseNotBetterDefaults')}</p>}
        </div>
      )}
      {phase.name === 'stopped' && <p role="status" data-testid="optimize-stopped">{t('optimiseStopped')}</p>}
      {phase.name === 'applied' && <p role="status" data-testid="optimize-applied">{t('optimiseApplied')}</p>}
      {phase.name === 'restored' && <p role="status" data-testid="optimize-restored">{t('optimiseRestored')}</p>}
      {rememory && <p role="status" data-testid="optimize-rememory">{t('optimiseRememory', { percent: rememory.total ? Math.floor((rememory.done / rememory.total) * 100) : 0 })}</p>}
      {phase.name === 'failed' && <p role="alert" class="problem" data-testid="optimize-failed">{t(`optimiseFailed_${phase.problem}`)}</p>}
      {settings.fsrsPrevious && !running && (
        <button class="link" data-testid="optimize-restore" onClick={() => void restore()}>
          {t(settings.fsrsPrevious.w ? 'optimiseRestore' : 'optimiseRestoreDefaults')}
        </button>
      )}
    </section>
  );
}

function Progress({ phase, onCancel }: { phase: Extract<OptimisePhase, { name: 'running' }>; onCancel: () => void }) {
  const { t } = useI18n();
  // Reading has a count; the fit itself reports none this page can read (see optimise.worker.ts): it shows the reviews it fits.
  const counted = phase.stage === 'reading' && phase.total > 0;
  return (
    <div data-testid="optimize-progress" role="status">
      <p>{t(`optimiseStage_${phase.stage}`, { done: phase.done, total: phase.total })}</p>
      {counted ? <progress max={phase.total} value={phase.done} /> : <progress />}
      <button class="secondary" data-testid="optimize-cancel" onClick={onCancel}>{t('optimiseCancel')}</button>
    </div>
  );
}

/** A fit's scores: before it is applied, the parameters in use against the fitted; after, what was in use before against the fitted now in use. */
function Scores({ fit, testid, applied = false }: { fit: FitRecord; testid: string; applied?: boolean }) {
  const { t, lang } = useI18n();
  const score = new Intl.NumberFormat(lang, { minimumFractionDigits: 3, maximumFractionDigits: 3 });
  const perDay = new Intl.NumberFormat(lang, { maximumFractionDigits: 0 });
  return (
    <table class="optimise-scores" data-testid={testid}>
      <caption>{t('optimiseScoresCaption', { count: fit.heldOut, reviews: fit.trained })}</caption>
      <thead>
        <tr><td /><th scope="col">{t(applied ? 'optimiseBeforeFit' : 'optimiseBefore')}</th><th scope="col">{t(applied ? 'optimiseInUse' : 'optimiseAfter')}</th></tr>
      </thead>
      <tbody>
        <tr>
          <th scope="row">{t('optimiseLogLoss')}</th>
          <td data-testid="optimize-loss-before">{score.format(fit.before.logLoss)}</td>
          <td data-testid="optimize-loss-after">{score.format(fit.after.logLoss)}</td>
        </tr>
        <tr><th scope="row">RMSE</th><td>{score.format(fit.before.rmse)}</td><td>{score.format(fit.after.rmse)}</td></tr>
        <tr>
          <th scope="row">{t('optimiseWorkload')}</th>
          <td data-testid="optimize-workload-before">{perDay.format(fit.workload.before)}</td>
          <td data-testid="optimize-workload-after">{perDay.format(fit.workload.after)}</td>
        </tr>
      </tbody>
    </table>
  );
}
