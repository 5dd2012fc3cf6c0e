import type { TrendPoint } from '../../api';
import type { TrendWords } from '../../messages/words';
import { CHART_COLORS } from '../../theme';
import { formatCompact, formatDate, formatDecimal, formatMonth, formatPercent } from '../format';
import { niceMax } from './primitives';

/** The account trend series a `TrendChart` can draw. */
export type TrendMetric = 'views' | 'completion_rate' | 'engagement_score';

/** How the account trends are grouped, as sent in `group_by`. */
export type TrendGroupBy = 'day' | 'week' | 'month';

/** Every metric, in the order the switch offers them. */
export const TREND_METRICS: readonly TrendMetric[] = ['views', 'completion_rate', 'engagement_score'];

interface MetricInfo {
  label: string;
  color: string;
  /** The top of the y axis for this data. */
  max(values: readonly number[]): number;
  /** An axis label: short. */
  tick(value: number, locale: string): string;
  /** A tooltip or table value: exact, in the catalogue's words. */
  exact(value: number, locale: string, m: TrendWords): string;
}

/** How each metric is labelled, coloured, scaled and formatted. */
export const METRIC_INFO: Record<TrendMetric, MetricInfo> = {
  views: {
    label: 'Views',
    color: CHART_COLORS[0] as string,
    max: (values) => niceMax(values.reduce((a, b) => Math.max(a, b), 0)),
    tick: formatCompact,
    exact: (value, _locale, m) => m.trendViews({ count: value }),
  },
  completion_rate: {
    label: 'Completion rate',
    color: CHART_COLORS[1] as string,
    max: () => 1,
    tick: (value, locale) => formatPercent(value, locale),
    exact: (value, locale, m) => m.trendCompletion({ percent: formatPercent(value, locale, 1) }),
  },
  engagement_score: {
    label: 'Engagement score',
    color: CHART_COLORS[2] as string,
    max: () => 10,
    tick: (value, locale) => formatDecimal(value, locale, 0),
    exact: (value, locale, m) => m.trendEngagement({ score: formatDecimal(value, locale, 1) }),
  },
};

/** The date a tooltip or table row shows for one point: the day, the week's first day, or the month. */
export function periodLabel(date: string, groupBy: TrendGroupBy, locale: string, m: TrendWords): string {
  if (groupBy === 'month') return formatMonth(date, locale);
  return groupBy === 'week' ? m.trendWeekOf({ date: formatDate(date, locale) }) : formatDate(date, locale);
}

/** One point: its time in UTC milliseconds and the chosen metric's value, `null` (a gap) when it had no views. */
export interface TrendDatum {
  time: number;
  value: number | null;
  point: TrendPoint;
}

/** The known values of some points, for scales and extremes: a point with no views has none. */
export const knownValues = (data: readonly TrendDatum[]): number[] =>
  data.flatMap((d) => (d.value === null ? [] : [d.value]));

/** The chosen metric's points, oldest first. */
export function trendData(points: readonly TrendPoint[], metric: TrendMetric): TrendDatum[] {
  const data = points.map((point) => ({ time: Date.parse(point.date), value: point[metric], point }));
  // The API sends dates in order; sorting only when it did not keeps the common case linear.
  for (let i = 1; i < data.length; i++) {
    if ((data[i]?.time ?? 0) < (data[i - 1]?.time ?? 0)) return data.sort((a, b) => a.time - b.time);
  }
  return data;
}

/** The index of the point whose time is closest to `time`, by binary search. */
export function nearestIndex(data: readonly TrendDatum[], time: number): number {
  let lo = 0;
  let hi = data.length - 1;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if ((data[mid]?.time ?? 0) < time) lo = mid;
    else hi = mid;
  }
  const before = data[lo]?.time ?? 0;
  const after = data[hi]?.time ?? 0;
  return time - before <= after - time ? lo : hi;
}
