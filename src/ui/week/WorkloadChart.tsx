// "How much will I study?": reviews a day and cards remembered against the
// desired retention, simulated from the learner's own cards (in a worker,
// workload/), with the recommended range shaded and the steep end marked.
// Choosing a retention on the chart and confirming saves it.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../../i18n/use-i18n.ts';
import { now } from '../../clock.ts';
import type { StudySettings } from '../../schedule/settings.ts';
import { studyDayOf } from '../../schedule/study-day.ts';
import { CHART_RETENTIONS, recommendedRange, type SimPoint } from '../../workload/simulate.ts';
import type { WorkloadJob } from '../../workload/workload-job.ts';
import { ChartFrame } from '../stats/Chart.tsx';
import type { Store } from '../store.ts';

/** The months simulated: long enough for intervals to settle, short enough to be seconds. */
const DAYS = 180;
const MIN = 0.7;
const MAX = 0.97;
const STEEP = 0.95;

type Run = { state: 'idle' } | { state: 'running'; percent: number } | { state: 'done'; points: SimPoint[]; cards: number } | { state: 'failed' };

export function WorkloadChart({ store, settings }: { store: Store; settings: StudySettings }) {
  const { t } = useI18n();
  const [run, setRun] = useState<Run>({ state: 'idle' });
  const [chosen, setChosen] = useState(() => clamp(settings.desiredRetention));
  const [saved, setSaved] = useState(false);
  const job = useRef<WorkloadJob | null>(null);
  useEffect(() => () => job.current?.end(), []);

  const start = async () => {
    setRun({ state: 'running', percent: 0 });
    const { WorkloadJob } = await import('../../workload/workload-job.ts');
    const retentions = [...new Set([...CHART_RETENTIONS, clamp(settings.desiredRetention)])].sort((a, b) => a - b);
    job.current = new WorkloadJob({ today: studyDayOf(now(), settings), settings, days: DAYS, retentions }, (reply) => {
      if (reply.type === 'workload-progress') setRun({ state: 'running', percent: Math.round((reply.done / reply.total) * 100) });
      else if (reply.type === 'workload-done') setRun({ state: 'done', points: reply.points, cards: reply.cards });
      else setRun({ state: 'failed' });
    });
  };
  const use = async () => {
    await store.saveSettings({ desiredRetention: chosen });
    setSaved(true);
  };
  const fixed = (x: number) => x.toFixed(2);

  return (
    <section class="settings workload" aria-labelledby="workload-heading">
      <h2 id="workload-heading">{t('workloadHeading')}</h2>
      <p class="hint">{t('workloadExplain', { days: DAYS })}</p>
      {run.state === 'idle' || run.state === 'failed' ? (
        <>
          {run.state === 'failed' && <p class="problem" role="alert">{t('workloadFailed')}</p>}
          <button class="secondary" type="button" data-testid="workload-run" onClick={() => void start()}>{t('workloadRun')}</button>
        </>
      ) : run.state === 'running' ? (
        <p role="status" data-testid="workload-progress">{t('workloadProgress', { percent: run.percent })}</p>
      ) : run.cards === 0 && run.points.every((p) => p.studied === 0) ? (
        <p class="hint" data-testid="workload-empty">{t('workloadNoCards')}</p>
      ) : (
        <>
          <Plot points={run.points} chosen={chosen} title={`${t('workloadReviews')} · ${t('workloadRemembered')}`} labels={{ reviews: t('workloadReviews'), remembered: t('workloadRemembered'), recommended: t('workloadRecommended') }}
            point={(p) => t('workloadPoint', { retention: fixed(p.retention), reviews: Math.round(p.reviewsPerDay), remembered: Math.round(p.remembered * 100) })} />
          <label class="field stacked">
            <span data-testid="workload-retention">{t('workloadChosen', { value: fixed(chosen) })}</span>
            <input type="range" data-testid="workload-retention-input" min={MIN} max={MAX} step={0.01} value={chosen}
              onInput={(e) => { setChosen(Number((e.target as HTMLInputElement).value)); setSaved(false); }} />
          </label>
          {chosen > STEEP && <p class="problem" role="alert" data-testid="workload-warning">{t('workloadWarning')}</p>}
          <button class="primary" type="button" data-testid="workload-use" disabled={chosen === settings.desiredRetention} onClick={() => void use()}>{t('workloadUse', { value: fixed(chosen) })}</button>
          {saved && <p role="status" data-testid="workload-saved">{t('workloadSaved', { value: fixed(chosen) })}</p>}
        </>
      )}
    </section>
  );
}

const clamp = (r: number) => Math.min(MAX, Math.max(MIN, Math.round(r * 100) / 100));

interface PlotProps {
  points: SimPoint[];
  chosen: number;
  title: string;
  labels: { reviews: string; remembered: string; recommended: string };
  point: (p: SimPoint) => string;
}

/** Two lines over retention: reviews a day (solid, left scale) and cards remembered (dashed, 0–100 %). */
function Plot({ points, chosen, title, labels, point }: PlotProps) {
  const w = 300;
  const h = 160;
  const pad = { l: 34, r: 36, t: 8, b: 22 };
  const x = (r: number) => pad.l + ((r - MIN) / (MAX - MIN)) * (w - pad.l - pad.r);
  const top = Math.max(1, ...points.map((p) => p.reviewsPerDay));
  const yReviews = (v: number) => h - pad.b - (v / top) * (h - pad.t - pad.b);
  const yShare = (v: number) => h - pad.b - v * (h - pad.t - pad.b);
  const line = (y: (p: SimPoint) => number) => points.map((p, i) => `${i ? 'L' : 'M'}${x(p.retention).toFixed(1)},${y(p).toFixed(1)}`).join(' ');
  const range = recommendedRange(points);
  return (
    <ChartFrame title={title} table={points.map((p) => [p.retention.toFixed(2), point(p)])}>
      <svg viewBox={`0 0 ${w} ${h}`} class="workload-chart" role="img" aria-label={title} data-testid="workload-chart">
        <title>{title}</title>
        {range && <rect class="recommended" x={x(range.from - 0.015)} width={x(range.to + 0.015) - x(range.from - 0.015)} y={pad.t} height={h - pad.t - pad.b}><title>{`${labels.recommended}: ${range.from.toFixed(2)}–${range.to.toFixed(2)}`}</title></rect>}
        <rect class="steep" x={x(STEEP)} width={x(MAX) - x(STEEP)} y={pad.t} height={h - pad.t - pad.b} />
        <line class="axis" x1={pad.l} x2={w - pad.r} y1={h - pad.b} y2={h - pad.b} />
        {[0.7, 0.8, 0.9, 0.97].map((r) => <text key={r} class="tick" x={x(r)} y={h - 6} text-anchor="middle">{r.toFixed(2)}</text>)}
        <text class="tick" x={pad.l - 4} y={pad.t + 8} text-anchor="end">{Math.round(top)}</text>
        <text class="tick" x={w - pad.r + 4} y={pad.t + 8}>100 %</text>
        <path class="reviews-line" d={line((p) => yReviews(p.reviewsPerDay))} />
        <path class="remembered-line" d={line((p) => yShare(p.remembered))} />
        <line class="chosen" x1={x(chosen)} x2={x(chosen)} y1={pad.t} y2={h - pad.b} />
      </svg>
      <p class="chart-legend"><span class="key-reviews">—</span> {labels.reviews} · <span class="key-remembered">- -</span> {labels.remembered} · <span class="key-recommended">■</span> {labels.recommended}</p>
    </ChartFrame>
  );
}
