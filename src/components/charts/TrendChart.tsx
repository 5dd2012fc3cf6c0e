'use client';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import {
  type ComponentPropsWithoutRef,
  forwardRef,
  type PointerEvent,
  useCallback,
  useDeferredValue,
  useMemo,
  useState,
} from 'react';
import type { TrendPoint } from '../../api';
import { useLocale } from '../../hooks/context';
import { useWords } from '../../hooks/use-words';
import { trendWords } from '../../messages/words';
import type { DataStateProps } from '../data-state';
import { metricLabel } from '../format';
import { MetricSwitch } from './MetricSwitch';
import {
  ChartFrame,
  ChartLegend,
  type ChartTitleProps,
  ChartTooltip,
  linearScale,
  linearTicks,
  useContainerWidth,
} from './primitives';
import { TREND_MARGIN, TrendPlot, Y_TICKS } from './TrendPlot';
import {
  knownValues,
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

/** A period to draw under the main line for comparison, e.g. the same number of days just before. */
export interface TrendComparison {
  /** Its trend points, grouped like `data`. */
  data: readonly TrendPoint[];
  /** How many days before the shown period it starts: its points move that much later, so both start at the left edge. */
  offsetDays: number;
  /** Its name in the legend, tooltip and table, e.g. "Previous 30 days". */
  label: string;
}

const DAY_MS = 86_400_000;
/** The earlier period's colour: muted, so the shown period stays the figure's subject. */
const PREVIOUS_COLOR = 'var(--ss-color-text-muted)';
/** No rows yet: the table's first render, before its background render words them. */
const NO_DATA: readonly TrendDatum[] = [];

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
  /** An earlier period drawn as a muted dashed line aligned by offset from the period start, with its own legend entry. */
  previous?: TrendComparison | undefined;
}

// Indices of the lowest and highest known values, for the summary a screen reader hears first.
const extremesOf = (data: readonly TrendDatum[]) =>
  data.reduce(
    (acc, d, i) =>
      d.value === null
        ? acc
        : {
            low: d.value < (data[acc.low]?.value ?? Number.POSITIVE_INFINITY) ? i : acc.low,
            high: d.value > (data[acc.high]?.value ?? Number.NEGATIVE_INFINITY) ? i : acc.high,
          },
    { low: data.findIndex((d) => d.value !== null), high: data.findIndex((d) => d.value !== null) },
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
    previous,
    messages,
    ...rest
  },
  ref,
) {
  const providerLocale = useLocale();
  const locale = localeProp ?? providerLocale;
  const m = useWords(trendWords, messages, locale);
  const [metric, pick] = useControllableState({
    prop: metricProp,
    defaultProp: defaultMetric,
    onChange: onMetricChange,
    caller: 'TrendChart',
  });
  const info = METRIC_INFO[metric];
  const data = useMemo(() => trendData(points, metric), [points, metric]);
  // The earlier period moved onto the shown one's days, and kept within them.
  const before = useMemo(() => {
    if (!previous) return [];
    const first = data[0]?.time ?? 0;
    const last = data[data.length - 1]?.time ?? 0;
    return trendData(previous.data, metric)
      .map((d) => ({ ...d, time: d.time + previous.offsetDays * DAY_MS }))
      .filter((d) => d.time >= first && d.time <= last);
  }, [previous, data, metric]);
  /** The earlier period's point drawn nearest to point `index` of the shown one. */
  const beforeAt = (index: number) => {
    const datum = data[index];
    return datum && before.length > 0 ? before[nearestIndex(before, datum.time)] : undefined;
  };
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
    const yTop = linearTicks(info.max(knownValues([...data, ...before])), Y_TICKS, metric === 'views').top;
    return { x: linearScale(xDomain, [0, right]), y: linearScale([0, yTop], [bottom, 0]) };
  }, [data, before, width, height, info, metric]);

  const shown = hovered ?? (focused ? nav.index : null);
  const active = shown === null ? undefined : data[shown];
  /** A value as the tooltip and table read it; a point with no views has none. */
  const exact = useCallback(
    (value: number | null, cell = false) =>
      value === null ? (cell ? m.noDataCell : m.noDataNoViews) : info.exact(value, locale, m),
    [info, locale, m],
  );
  const describe = (index: number) => {
    const datum = data[index];
    const earlier = beforeAt(index);
    if (!datum) return '';
    const period = periodLabel(datum.point.date, groupBy, locale, m);
    const text =
      datum.value === null
        ? m.noDataPoint({ period })
        : m.chartLabelValue({ label: period, value: exact(datum.value) });
    return previous && earlier
      ? `${text}; ${m.chartLabelValue({ label: previous.label, value: exact(earlier.value) })}`
      : text;
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    // The overlay is already inset by the plot margins, so its own left edge is the x scale's zero.
    const index = nearestIndex(data, x.invert(event.clientX - event.currentTarget.getBoundingClientRect().left));
    setHovered(index);
    nav.setIndex(index);
  };
  const name = m.trendTitle({ metric: metricLabel(metric, m), groupBy });
  // The table's rows are worded in the background render right after the chart paints (React 19's deferred initial
  // value, as ChartDataTable renders them), so three years of dates are not formatted before the line appears; memoised,
  // so hovering does not format them again.
  const tableData = useDeferredValue(data, NO_DATA);
  const table = useMemo(() => {
    const period = { day: m.trendColumnDate, week: m.trendColumnWeek, month: m.trendColumnMonth }[groupBy];
    const columns = [period, metricLabel(metric, m)];
    const rows = tableData.map((d) => [periodLabel(d.point.date, groupBy, locale, m), exact(d.value, true)]);
    if (!previous) return { columns, rows };
    const earlier = (time: number) => before[nearestIndex(before, time)];
    return {
      columns: [...columns, previous.label],
      rows: rows.map((row, i) => {
        const match = before.length > 0 ? earlier(tableData[i]?.time ?? 0) : undefined;
        return [...row, match ? exact(match.value, true) : '—'];
      }),
    };
  }, [tableData, before, previous, groupBy, locale, metric, m, exact]);
  const extremes = useMemo(() => extremesOf(data), [data]);

  return (
    <ChartFrame
      ref={ref}
      chart="trend"
      title={name}
      empty={
        data.length === 0
          ? m.trendEmpty
          : extremes.high < 0 && m.noDataInPeriod /* a rate or score over a period nobody watched */
      }
      summary={
        data.length > 0 &&
        m.trendSummary({
          count: data.length,
          highest: describe(extremes.high),
          lowest: describe(extremes.low),
          latest: describe(data.length - 1),
        }) + (previous ? ` ${m.trendSummaryPrevious({ label: previous.label })}` : '')
      }
      messages={messages}
      table={table}
      skeletonHeight={height}
      {...rest}
    >
      {metrics.length > 1 && <MetricSwitch metrics={metrics} value={metric} onChange={pick} messages={messages} />}
      {previous && (
        <ChartLegend
          className="ss-trend-legend"
          items={[
            { key: 'current', label: m.trendThisPeriod, color: info.color },
            { key: 'previous', label: previous.label, color: PREVIOUS_COLOR },
          ]}
        />
      )}
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
              previous={previous ? before : undefined}
            />
            {active && active.value !== null && (
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
              aria-label={m.trendSliderLabel({ name })}
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
              <ChartTooltip
                width={width}
                x={TREND_MARGIN.left + x(active.time)}
                y={TREND_MARGIN.top + y(active.value ?? 0)}
              >
                <span className="ss-chart-tooltip-label">{periodLabel(active.point.date, groupBy, locale, m)}</span>
                <span className="ss-chart-tooltip-value">{exact(active.value)}</span>
                {previous && beforeAt(shown) && (
                  <span className="ss-chart-tooltip-label ss-trend-tooltip-previous">
                    {m.chartLabelValue({ label: previous.label, value: exact(beforeAt(shown)?.value ?? null) })}
                  </span>
                )}
              </ChartTooltip>
            )}
          </>
        )}
      </div>
    </ChartFrame>
  );
});
