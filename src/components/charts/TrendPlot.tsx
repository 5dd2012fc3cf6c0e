import { memo } from 'react';
import { formatMonth, formatShortDate } from '../format';
import { linePath } from './line-path';
import { type LinearScale, linearTicks, type TimeTickUnit, timeTicks } from './primitives';
import { METRIC_INFO, type TrendDatum, type TrendGroupBy, type TrendMetric } from './trend-series';

/** Space around the plot for the axes' labels. */
export const TREND_MARGIN = { top: 12, right: 16, bottom: 28, left: 48 };

/** Props of `TrendPlot`. */
export interface TrendPlotProps {
  data: readonly TrendDatum[];
  metric: TrendMetric;
  groupBy: TrendGroupBy;
  locale: string;
  width: number;
  height: number;
  x: LinearScale;
  y: LinearScale;
  /** An earlier period's points, already moved onto this period's days: a muted dashed line under the main one. */
  previous?: readonly TrendDatum[] | undefined;
}

/** About how many gridlines the value axis has. */
export const Y_TICKS = 4;
/** The fewest days between two date ticks: no tick falls between two weekly or monthly points. */
const MIN_TICK_DAYS: Record<TrendGroupBy, number> = { day: 1, week: 7, month: 28 };
const timeLabel = (locale: string) => (time: number, unit: TimeTickUnit) => {
  const iso = new Date(time).toISOString();
  return unit === 'day' ? formatShortDate(iso, locale) : formatMonth(iso, locale);
};

/**
 * The static part of the trend: grid, axis labels and ONE line path. Memoised, so moving the active point by mouse
 * or keyboard re-renders only the marker and tooltip, even with three years of daily points.
 */
export const TrendPlot = memo(function TrendPlot({
  data,
  metric,
  groupBy,
  locale,
  width,
  height,
  x,
  y,
  previous,
}: TrendPlotProps) {
  const info = METRIC_INFO[metric];
  const innerWidth = width - TREND_MARGIN.left - TREND_MARGIN.right;
  const xTicks = timeTicks(data[0]?.time ?? 0, data[data.length - 1]?.time ?? 0, {
    x,
    bounds: [-TREND_MARGIN.left, innerWidth + TREND_MARGIN.right],
    label: timeLabel(locale),
    minDays: MIN_TICK_DAYS[groupBy],
  });
  const [, top] = y.domain;
  // A point with no views is unknown, not zero: the line breaks there (a new `M` segment) rather than dipping to 0.
  const path = (points: readonly TrendDatum[]) =>
    linePath(
      points,
      (d) => x(d.time),
      (d) => y(d.value ?? 0),
      (d) => d.value !== null,
    );
  return (
    <svg className="ss-chart-svg" width={width} height={height} aria-hidden="true">
      <g transform={`translate(${TREND_MARGIN.left} ${TREND_MARGIN.top})`}>
        {linearTicks(top, Y_TICKS, metric === 'views').ticks.map((value) => (
          <g key={value} className="ss-chart-grid" transform={`translate(0 ${y(value)})`}>
            <line x2={innerWidth} />
            <text className="ss-chart-tick" x={-8} dy="0.32em" textAnchor="end">
              {info.tick(value, locale)}
            </text>
          </g>
        ))}
        {xTicks.map((tick) => (
          <text
            key={tick.time}
            className="ss-chart-tick ss-chart-tick--time"
            x={x(tick.time)}
            y={y.range[0] + 18}
            textAnchor="middle"
          >
            {tick.label}
          </text>
        ))}
        {previous && previous.length > 0 && (
          <path className="ss-trend-line ss-trend-line--previous" d={path(previous)} fill="transparent" />
        )}
        <path className="ss-trend-line" d={path(data)} fill="transparent" style={{ stroke: info.color }} />
      </g>
    </svg>
  );
});
