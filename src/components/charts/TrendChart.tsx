'use client';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { type ComponentPropsWithoutRef, forwardRef, type PointerEvent, useMemo, useState } from 'react';
import type { TrendPoint } from '../../api';
import { useLocale } from '../../hooks/context';
import type { DataStateProps } from '../data-state';
import { formatCount } from '../format';
import { MetricSwitch } from './MetricSwitch';
import { ChartFrame, type ChartTitleProps, ChartTooltip, linearScale, useContainerWidth } from './primitives';
import { TREND_MARGIN, TrendPlot } from './TrendPlot';
import {
  METRIC_INFO,
  nearestIndex,
  periodLabel,
  TREND_METRICS,
  type TrendDatum,
  type TrendGroupBy,
  type TrendMetric,
  trendData,
} from './trend-series';
import { usePointNavigation } from './use-point-navigation';

/** Props of `TrendChart`. */
export interface TrendChartProps
  extends DataStateProps,
    ChartTitleProps,
    Omit<ComponentPropsWithoutRef<'figure'>, 'title' | 'children'> {
  /** `trends` of the account analytics, one point per day, week or month. */
  data?: readonly TrendPoint[] | undefined;
  /** How the points are grouped; sets the date labels. `day` by default. */
  groupBy?: TrendGroupBy | undefined;
  /** The metric drawn (controlled, with `onMetricChange`). */
  metric?: TrendMetric | undefined;
  /** The metric drawn first when uncontrolled; `views` by default. */
  defaultMetric?: TrendMetric | undefined;
  /** Called when the reader picks another metric in the switch. */
  onMetricChange?: ((metric: TrendMetric) => void) | undefined;
  /** The metrics the switch offers; one or none hides the switch. All three by default. */
  metrics?: readonly TrendMetric[] | undefined;
  /** A fixed width in pixels instead of filling the container (tests, static exports). */
  width?: number | undefined;
  /** The plot's height in pixels. */
  height?: number | undefined;
  /** BCP 47 locale; the provider's (or `en-US`) by default. */
  locale?: string | undefined;
}

// Indices of the lowest and highest values, for the summary a screen reader hears first.
const extremesOf = (data: readonly TrendDatum[]) =>
  data.reduce(
    (acc, d, i) => ({
      low: d.value < (data[acc.low]?.value ?? Number.POSITIVE_INFINITY) ? i : acc.low,
      high: d.value > (data[acc.high]?.value ?? Number.NEGATIVE_INFINITY) ? i : acc.high,
    }),
    { low: 0, high: 0 },
  );

/** A line of views, completion rate or engagement score over time; keyboard and mouse share one tooltip. */
export const TrendChart = forwardRef<HTMLElement, TrendChartProps>(function TrendChart(
  {
    data: points = [],
    groupBy = 'day',
    metric: metricProp,
    defaultMetric = 'views',
    onMetricChange,
    metrics = TREND_METRICS,
    width: fixedWidth,
    height = 240,
    locale: localeProp,
    ...rest
  },
  ref,
) {
  const providerLocale = useLocale();
  const locale = localeProp ?? providerLocale;
  const [metric, pick] = useControllableState({
    prop: metricProp,
    defaultProp: defaultMetric,
    onChange: onMetricChange,
    caller: 'TrendChart',
  });
  const info = METRIC_INFO[metric];
  const data = useMemo(() => trendData(points, metric), [points, metric]);
  const { ref: plotRef, width } = useContainerWidth(fixedWidth);
  const nav = usePointNavigation(data.length);
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState(false);

  const { x, y } = useMemo(() => {
    const first = data[0]?.time ?? 0;
    const last = data[data.length - 1]?.time ?? 0;
    const right = width - TREND_MARGIN.right - TREND_MARGIN.left;
    const bottom = height - TREND_MARGIN.top - TREND_MARGIN.bottom;
    // A lone point sits in the middle rather than on the left edge.
    const xDomain: [number, number] = first === last ? [first - 1, first + 1] : [first, last];
    const yTop = info.max(data.map((d) => d.value));
    return { x: linearScale(xDomain, [0, right]), y: linearScale([0, yTop], [bottom, 0]) };
  }, [data, width, height, info]);

  const shown = hovered ?? (focused ? nav.index : null);
  const active = shown === null ? undefined : data[shown];
  const describe = (index: number) => {
    const datum = data[index];
    return datum ? `${periodLabel(datum.point.date, groupBy, locale)}: ${info.exact(datum.value, locale)}` : '';
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    // The overlay is already inset by the plot margins, so its own left edge is the x scale's zero.
    const index = nearestIndex(data, x.invert(event.clientX - event.currentTarget.getBoundingClientRect().left));
    setHovered(index);
    nav.setIndex(index);
  };
  const name = `${info.label} by ${groupBy}`;
  // Memoised: hovering re-renders the chart, and three years of rows should not be formatted again each time.
  const table = useMemo(
    () => ({
      columns: [groupBy === 'month' ? 'Month' : groupBy === 'week' ? 'Week' : 'Date', info.label],
      rows: data.map((d) => [periodLabel(d.point.date, groupBy, locale), info.exact(d.value, locale)]),
    }),
    [data, groupBy, locale, info],
  );
  const extremes = useMemo(() => extremesOf(data), [data]);

  return (
    <ChartFrame
      ref={ref}
      chart="trend"
      title={name}
      empty={data.length === 0 && 'No activity in this period.'}
      summary={
        data.length > 0 &&
        `${formatCount(data.length, locale)} ${data.length === 1 ? 'point' : 'points'}. Highest ${describe(extremes.high)}. Lowest ${describe(extremes.low)}. Latest ${describe(data.length - 1)}.`
      }
      table={table}
      skeletonHeight={height}
      {...rest}
    >
      {metrics.length > 1 && <MetricSwitch metrics={metrics} value={metric} onChange={pick} />}
      <div ref={plotRef} className="ss-chart-plot ss-trend-plot" style={{ height }}>
        {width > 0 && (
          <>
            <TrendPlot
              data={data}
              metric={metric}
              groupBy={groupBy}
              locale={locale}
              width={width}
              height={height}
              x={x}
              y={y}
            />
            {active && (
              <div
                className="ss-trend-marker"
                aria-hidden="true"
                style={{
                  left: TREND_MARGIN.left + x(active.time),
                  top: TREND_MARGIN.top + y(active.value),
                  borderColor: info.color,
                }}
              />
            )}
            <div
              className="ss-trend-focus"
              role="slider"
              tabIndex={0}
              aria-label={`${name}, use arrow keys to read each point`}
              aria-valuemin={0}
              aria-valuemax={Math.max(0, data.length - 1)}
              aria-valuenow={nav.index}
              aria-valuetext={describe(nav.index)}
              style={{
                inset: `${TREND_MARGIN.top}px ${TREND_MARGIN.right}px ${TREND_MARGIN.bottom}px ${TREND_MARGIN.left}px`,
              }}
              onKeyDown={nav.onKeyDown}
              onFocus={() => setFocused(true)}
              onBlur={() => setFocused(false)}
              onPointerMove={onPointerMove}
              onPointerLeave={() => setHovered(null)}
            />
            {active && shown !== null && (
              <ChartTooltip width={width} x={TREND_MARGIN.left + x(active.time)} y={TREND_MARGIN.top + y(active.value)}>
                <span className="ss-chart-tooltip-label">{periodLabel(active.point.date, groupBy, locale)}</span>
                <span className="ss-chart-tooltip-value">{info.exact(active.value, locale)}</span>
              </ChartTooltip>
            )}
          </>
        )}
      </div>
    </ChartFrame>
  );
});
