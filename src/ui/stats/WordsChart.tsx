// Known (and seen) words over time: a step line per count, with its axes
// labelled (words from 0 to the most, the first and last day), and the same
// figures as a table behind it for screen readers.
import { useI18n } from '../../i18n/use-i18n.ts';
import type { VocabFigures } from '../../vocab/figures.ts';
import { ChartFrame } from './Chart.tsx';

const W = 300;
const H = 120;
const LEFT = 34;
const BOTTOM = 18;

export function WordsChart({ title, history }: { title: string; history: VocabFigures['history'] }) {
  const { t } = useI18n();
  const max = Math.max(1, ...history.map(([, , seen]) => seen));
  const x = (i: number) => LEFT + (history.length > 1 ? (i / (history.length - 1)) * (W - LEFT - 4) : (W - LEFT) / 2);
  const y = (n: number) => 4 + (1 - n / max) * (H - BOTTOM - 8);
  const line = (k: 1 | 2) => history.map((p, i) => `${i ? 'L' : 'M'}${x(i).toFixed(1)},${y(p[k]).toFixed(1)}`).join(' ');
  const first = history[0]?.[0] ?? '';
  const last = history[history.length - 1]?.[0] ?? '';
  return (
    <div data-testid="words-chart">
      <ChartFrame title={title} table={history.map(([day, known, seen]) => [day, t('statWordsPoint', { known, seen })])}>
        <svg viewBox={`0 0 ${W} ${H}`} class="words-chart" role="img" aria-label={title}>
          <title>{title}</title>
          <line x1={LEFT} y1={y(0)} x2={W - 2} y2={y(0)} class="axis" />
          <line x1={LEFT} y1={y(max)} x2={LEFT} y2={y(0)} class="axis" />
          <text x={LEFT - 4} y={y(max) + 4} class="tick" text-anchor="end">{max}</text>
          <text x={LEFT - 4} y={y(0)} class="tick" text-anchor="end">0</text>
          <text x={LEFT} y={H - 3} class="tick">{first}</text>
          <text x={W - 2} y={H - 3} class="tick" text-anchor="end">{last}</text>
          <text x={2} y={12} class="tick axis-name">{t('statAxisWords')}</text>
          {history.length > 0 && <path d={line(2)} class="seen-line" />}
          {history.length > 0 && <path d={line(1)} class="known-line" />}
          {history.map((p, i) => <circle key={p[0]} cx={x(i)} cy={y(p[1])} r={2.5} class="known-dot" />)}
        </svg>
        <p class="chart-legend">{t("statWordsLegend")}</p>
      </ChartFrame>
    </div>
  );
}
