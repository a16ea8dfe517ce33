import { Component, lazy, Suspense, useId, type ReactNode } from 'react';
import type { BarChartProps } from './BarChart';
import type { ChartSeries } from './shape';

// The chart library loads with the chart, after the page and its figures have shown.
const BarChart = lazy(async () => ({ default: (await import('./BarChart')).BarChart }));

/** If the chart's script cannot be loaded, the card says so and keeps its table. */
class ChartBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    if (this.state.failed) {
      return (
        <p className="chart-unavailable muted">
          The chart could not be loaded. Its numbers are in the table below.
        </p>
      );
    }
    return this.props.children;
  }
}

export function Legend({ series }: { series: readonly ChartSeries[] }) {
  if (series.length < 2) return null;
  return (
    <ul className="chart-legend" aria-label="Legend">
      {series.map((s) => (
        <li key={s.key}>
          <span className="legend-swatch" style={{ background: s.color }} aria-hidden="true" />
          {s.label}
        </li>
      ))}
    </ul>
  );
}

/**
 * A chart in a card: its heading and controls, a summary in words (which is also the chart's
 * description), the chart, its legend, and its numbers in a table behind "Show table".
 */
export function ChartCard({
  title,
  controls,
  summary,
  chart,
  table,
  busy = false,
  className,
}: {
  title: string;
  controls?: ReactNode;
  summary: ReactNode;
  chart: Omit<BarChartProps, 'describedBy' | 'label'> & { label?: string };
  table: ReactNode;
  busy?: boolean;
  className?: string;
}) {
  const headingId = useId();
  const summaryId = useId();
  const height = chart.height ?? 240;
  return (
    <section
      className={['card', 'chart-card', className].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      aria-busy={busy}
    >
      <div className="chart-card-header">
        <h2 id={headingId}>{title}</h2>
        {controls}
      </div>
      <p className="chart-summary" id={summaryId}>
        {summary}
      </p>
      <ChartBoundary>
        <Suspense
          fallback={<div className="chart-placeholder" style={{ height }} aria-hidden="true" />}
        >
          <div className={busy ? 'chart-area chart-area-busy' : 'chart-area'}>
            <BarChart {...chart} label={chart.label ?? title} describedBy={summaryId} />
          </div>
        </Suspense>
      </ChartBoundary>
      <Legend series={chart.series} />
      <details className="chart-table">
        <summary>Show table</summary>
        {/* Focusable, so that a table wider than its box scrolls from the keyboard too. */}
        <div
          className="table-scroll chart-table-scroll"
          role="region"
          aria-label={`${title}, table`}
          tabIndex={0}
        >
          {table}
        </div>
      </details>
    </section>
  );
}

/** The card as it will be, without its numbers yet: the page does not move when they come. */
export function ChartCardSkeleton({
  title,
  height = 240,
  legend = false,
  className,
}: {
  title: string;
  height?: number;
  legend?: boolean;
  className?: string;
}) {
  return (
    <section className={['card', 'chart-card', className].filter(Boolean).join(' ')}>
      <div className="chart-card-header">
        <h2>{title}</h2>
      </div>
      <p className="chart-summary">
        <span className="skeleton-line" />
      </p>
      <div className="chart-placeholder" style={{ height }} />
      {legend && <div className="chart-legend skeleton-legend" />}
      <div className="chart-table skeleton-disclosure" />
    </section>
  );
}
