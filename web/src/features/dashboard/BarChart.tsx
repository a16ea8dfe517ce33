import { AxisBottom, AxisLeft } from '@visx/axis';
import { GridRows } from '@visx/grid';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { BarGroup, BarStack } from '@visx/shape';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { periodTick } from './periods';
import type { ChartDatum, ChartSeries } from './shape';

// The dashboard's one chart: bars per period, stacked or side by side. Loaded on its own
// (React.lazy), so the chart library is fetched only by pages that draw a chart. The numbers
// are in the table under each chart; the chart is one image with a name and a summary.

export interface BarChartProps {
  data: readonly ChartDatum[];
  series: readonly ChartSeries[];
  layout: 'stacked' | 'grouped';
  /** The chart's accessible name. */
  label: string;
  /** The id of the visible summary that describes it. */
  describedBy: string;
  /** An amount in full, for the tooltip: "A$1,234.50". */
  formatValue: (value: number) => string;
  /** An amount on the axis: "A$1.2K". */
  formatAxis: (value: number) => string;
  /** The label under a bar that is not a period (e.g. "Later"), instead of the period's. */
  tickFor?: (datum: ChartDatum) => [string, string?] | null;
  /** Which bar is always labelled when not all fit: the first (soonest) or the last (latest). */
  anchor?: 'start' | 'end';
  height?: number;
}

const MARGIN = { top: 12, right: 8, bottom: 38 };
/** Width a bar's label needs, so that narrow charts label every second or third bar. */
const TICK_SPACING = 34;

/** The element's width, kept up to date; a guess until the first measurement. */
function useWidth<E extends HTMLElement>(fallback: number) {
  const ref = useRef<E>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      if (el.clientWidth > 0) setWidth(el.clientWidth);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}

export function BarChart({
  data,
  series,
  layout,
  label,
  describedBy,
  formatValue,
  formatAxis,
  tickFor,
  anchor = 'end',
  height = 240,
}: BarChartProps) {
  const [ref, width] = useWidth<HTMLDivElement>(600);
  const [hover, setHover] = useState<number | null>(null);
  // A tap shows a bar's numbers until the next tap elsewhere (a lifted finger "leaves").
  useEffect(() => {
    if (hover === null) return;
    const away = (event: PointerEvent) => {
      if (!ref.current?.contains(event.target as Node)) setHover(null);
    };
    document.addEventListener('pointerdown', away);
    return () => document.removeEventListener('pointerdown', away);
  }, [hover, ref]);
  const keys = series.map((s) => s.key);
  const colors = new Map(series.map((s) => [s.key, s.color]));

  const max =
    layout === 'stacked'
      ? Math.max(0, ...data.map((d) => d.total))
      : Math.max(0, ...data.flatMap((d) => keys.map((k) => d.values[k] ?? 0)));
  const empty = max === 0;
  const yScale = scaleLinear<number>({ domain: [0, max || 1], nice: true });
  // Whole minor units only, so that no two ticks read the same ("A$0", "A$0").
  const yTicks = empty ? [0] : yScale.ticks(4).filter((t) => Number.isInteger(t));
  const left = Math.max(36, ...yTicks.map((t) => formatAxis(t).length * 7 + 12));
  const innerWidth = Math.max(0, width - left - MARGIN.right);
  const innerHeight = height - MARGIN.top - MARGIN.bottom;
  yScale.range([innerHeight, 0]);
  const xScale = scaleBand<string>({
    domain: data.map((d) => d.key),
    range: [0, innerWidth],
    padding: data.length > 20 ? 0.15 : 0.25,
  });
  const x1Scale = scaleBand<string>({ domain: keys, range: [0, xScale.bandwidth()], padding: 0.1 });

  // Every nth bar is labelled, as many as fit; each label says what changed since the last.
  const step = Math.max(1, Math.ceil((data.length * TICK_SPACING) / Math.max(innerWidth, 1)));
  const ticks = new Map<string, [string, string?]>();
  let previous: string | null = null;
  data.forEach((d, i) => {
    const own = tickFor?.(d);
    const labelled = (anchor === 'start' ? i : data.length - 1 - i) % step === 0;
    if (own) ticks.set(d.key, own);
    else if (labelled) {
      ticks.set(d.key, periodTick(d.key, previous));
      previous = d.key;
    }
  });

  const hovered = hover === null ? null : data[hover];
  const hoverX = hovered ? left + (xScale(hovered.key) ?? 0) + xScale.bandwidth() / 2 : 0;

  return (
    <div
      className="bar-chart"
      ref={ref}
      onPointerLeave={(event) => {
        if (event.pointerType !== 'touch') setHover(null);
      }}
    >
      <svg
        width={width}
        height={height}
        role="img"
        aria-label={label}
        aria-describedby={describedBy}
        className="bar-chart-svg"
      >
        <Group left={left} top={MARGIN.top}>
          <GridRows
            scale={yScale}
            width={innerWidth}
            tickValues={yTicks}
            stroke="#e5e8ec"
            shapeRendering="crispEdges"
          />
          {hovered && (
            <rect
              x={(xScale(hovered.key) ?? 0) - (xScale.step() - xScale.bandwidth()) / 2}
              y={0}
              width={xScale.step()}
              height={innerHeight}
              fill="#1f5fbf"
              fillOpacity={0.07}
            />
          )}
          {layout === 'stacked' ? (
            <BarStack<ChartDatum, string>
              data={[...data]}
              keys={keys}
              value={(d, key) => d.values[key] ?? 0}
              x={(d) => d.key}
              xScale={xScale}
              yScale={yScale}
              color={(key) => colors.get(key) ?? '#999'}
            >
              {(stacks) =>
                stacks.map((stack) =>
                  stack.bars.map((bar) =>
                    bar.height > 0 ? (
                      <rect
                        key={`${stack.key}-${bar.index}`}
                        x={bar.x}
                        y={bar.y}
                        width={bar.width}
                        height={bar.height}
                        fill={bar.color}
                        stroke="#fff"
                        strokeWidth={data.length > 40 ? 0 : 0.75}
                      />
                    ) : null,
                  ),
                )
              }
            </BarStack>
          ) : (
            <BarGroup<ChartDatum & Record<string, unknown>, string>
              data={data.map((d) => ({ ...d, ...d.values }))}
              keys={keys}
              height={innerHeight}
              x0={(d) => d.key}
              x0Scale={xScale}
              x1Scale={x1Scale}
              yScale={yScale}
              color={(key) => colors.get(key) ?? '#999'}
            >
              {(groups) =>
                groups.map((group) => (
                  <Group key={group.index} left={group.x0}>
                    {group.bars.map((bar) =>
                      bar.value > 0 ? (
                        <rect
                          key={bar.key}
                          x={bar.x}
                          y={bar.y}
                          width={bar.width}
                          height={Math.max(0, bar.height)}
                          fill={bar.color}
                        />
                      ) : null,
                    )}
                  </Group>
                ))
              }
            </BarGroup>
          )}
          <AxisLeft
            scale={yScale}
            tickValues={yTicks}
            tickFormat={(v) => formatAxis(Number(v))}
            hideAxisLine
            hideTicks
            tickLabelProps={{ fill: '#5b6673', fontSize: 11, textAnchor: 'end', dx: -4, dy: 3 }}
          />
          <AxisBottom
            top={innerHeight}
            scale={xScale}
            tickValues={[...ticks.keys()]}
            stroke="#c4cad2"
            tickStroke="#c4cad2"
            tickLength={4}
            tickComponent={({ x, y, formattedValue }) => {
              const [line1, line2] = ticks.get(String(formattedValue)) ?? [''];
              return (
                <text x={x} y={y} fill="#5b6673" fontSize={11} textAnchor="middle">
                  <tspan x={x} dy="0.6em">
                    {line1}
                  </tspan>
                  {line2 && (
                    <tspan x={x} dy="1.25em">
                      {line2}
                    </tspan>
                  )}
                </text>
              );
            }}
          />
          {empty && (
            <text
              x={innerWidth / 2}
              y={innerHeight / 2}
              textAnchor="middle"
              fill="#5b6673"
              fontSize={13}
            >
              Nothing in these periods
            </text>
          )}
          {/* Pointer targets, one per period, the full height of the plot. */}
          {data.map((d, i) => (
            <rect
              key={d.key}
              x={(xScale(d.key) ?? 0) - (xScale.step() - xScale.bandwidth()) / 2}
              y={0}
              width={xScale.step()}
              height={innerHeight}
              fill="transparent"
              onPointerEnter={() => setHover(i)}
              onPointerDown={() => setHover(i)}
            />
          ))}
        </Group>
      </svg>
      {hovered && (
        <div
          className="bar-chart-tooltip"
          aria-hidden="true"
          style={{
            left: Math.min(Math.max(hoverX, 90), Math.max(width - 90, 90)),
            top: MARGIN.top,
          }}
        >
          <strong>{hovered.label}</strong>
          <ul>
            {series.map((s) => (
              <li key={s.key}>
                <span className="legend-swatch" style={{ background: s.color }} />
                <span>{s.label}</span>
                <span className="bar-chart-tooltip-value">
                  {formatValue(hovered.values[s.key] ?? 0)}
                </span>
              </li>
            ))}
            {layout === 'stacked' && series.length > 1 && (
              <li className="bar-chart-tooltip-total">
                <span>Total</span>
                <span className="bar-chart-tooltip-value">{formatValue(hovered.total)}</span>
              </li>
            )}
          </ul>
        </div>
      )}
    </div>
  );
}
