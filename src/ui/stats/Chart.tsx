// Charts are SVG drawn by Preact, each with a title for screen readers and
// the same figures as a table behind it (no chart library: these two shapes
// are a few lines each).
import type { ComponentChildren } from 'preact';

export function ChartFrame({ title, table, children }: { title: string; table: [string, string | number][]; children: ComponentChildren }) {
  return (
    <figure class="chart">
      <figcaption>{title}</figcaption>
      {children}
      {/* The box hides it, not the table: a table is never narrower than its text, and would widen the page. */}
      <div class="visually-hidden">
        <table>
          <caption>{title}</caption>
          <tbody>
            {table.map(([k, v]) => (
              <tr key={k}><th scope="row">{k}</th><td>{v}</td></tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}

/** Vertical bars, one per value, scaled to the largest. */
export function Bars({ values, labels, title }: { values: number[]; labels: string[]; title: string }) {
  const max = Math.max(1, ...values);
  const w = 10;
  const h = 80;
  return (
    <ChartFrame title={title} table={values.map((v, i) => [labels[i]!, v])}>
      <svg viewBox={`0 0 ${values.length * w} ${h}`} class="bars" role="img" aria-label={title} preserveAspectRatio="none">
        <title>{title}</title>
        {values.map((v, i) => {
          const bh = (v / max) * (h - 2);
          return <rect key={i} x={i * w + 1} y={h - bh} width={w - 2} height={bh} class="bar"><title>{`${labels[i]}: ${v}`}</title></rect>;
        })}
      </svg>
    </ChartFrame>
  );
}

/** A year of days as weeks (columns) × weekdays (rows), darker for more reviews. */
export function Heatmap({ days, title }: { days: { day: string; reviews: number }[]; title: string }) {
  const max = Math.max(1, ...days.map((d) => d.reviews));
  const cell = 10;
  const firstWeekday = new Date(`${days[0]?.day ?? '2026-01-01'}T00:00:00Z`).getUTCDay();
  const weeks = Math.ceil((days.length + firstWeekday) / 7);
  const level = (n: number) => (n === 0 ? 0 : Math.min(4, Math.ceil((n / max) * 4)));
  return (
    <ChartFrame title={title} table={days.filter((d) => d.reviews > 0).map((d) => [d.day, d.reviews])}>
      <svg viewBox={`0 0 ${weeks * cell} ${7 * cell}`} class="heatmap" role="img" aria-label={title}>
        <title>{title}</title>
        {days.map((d, i) => {
          const slot = i + firstWeekday;
          return (
            <rect key={d.day} x={Math.floor(slot / 7) * cell} y={(slot % 7) * cell} width={cell - 2} height={cell - 2} rx={2} class={`heat heat-${level(d.reviews)}`}>
              <title>{`${d.day}: ${d.reviews}`}</title>
            </rect>
          );
        })}
      </svg>
    </ChartFrame>
  );
}
