import { formatCount, formatDuration, numberFormat } from './numbers';

/** How a metric reads: a grouped count, a spoken duration, a 0..1 rate as a percentage, or the 1–10 score. */
export type MetricKind = 'count' | 'duration' | 'rate' | 'score';

/** Every metric name the API uses (videos, accounts, templates, distributions), by kind; others read as counts. */
const METRIC_KINDS: Record<string, MetricKind> = {
  views: 'count',
  unique_viewers: 'count',
  clicks: 'count',
  shares: 'count',
  total_videos: 'count',
  total_views: 'count',
  total_interactions: 'count',
  total_watch_time: 'duration',
  average_watch_time: 'duration',
  watch_time: 'duration',
  completion_rate: 'rate',
  average_completion_rate: 'rate',
  engagement_score: 'score',
  average_engagement_score: 'score',
};

/**
 * Decimals each kind always shows (minimum = maximum, so "7.0" never sits beside "6.9" as "7"): whole percentages
 * and one decimal for the score. A change in points keeps its metric's decimals: 76% − 72% is "4 pts", 6.9 − 8.0 is
 * "1.1 pts".
 */
const DECIMALS: Record<MetricKind, number> = { count: 0, duration: 0, rate: 0, score: 1 };

/** A metric's kind by its API name: `completion_rate` → `rate`; an unknown name is a count. */
export const metricKind = (metric: string): MetricKind => METRIC_KINDS[metric] ?? 'count';

/** The decimals a metric's points (percentage points for rates, score points) are shown and compared with. */
export const pointDecimals = (metric: string): number => DECIMALS[metricKind(metric)];

const fixed = (digits: number) => ({ minimumFractionDigits: digits, maximumFractionDigits: digits });

/**
 * The one way a metric's value reads wherever it appears (cards, tables, comparison, charts): counts grouped
 * ("1,845"), durations spoken ("30 min 45 sec"), rates as whole percentages ("76%"), the score with one decimal
 * ("7.0"). `metric` is the API's name (`engagement_score`, `average_completion_rate`, `watch_time`, …).
 */
export function formatMetric(metric: string, value: number, locale: string): string {
  const kind = metricKind(metric);
  switch (kind) {
    case 'count':
      return formatCount(value, locale);
    case 'duration':
      return formatDuration(value, locale);
    case 'rate':
      return numberFormat(locale, { style: 'percent', ...fixed(DECIMALS.rate) }).format(value);
    case 'score':
      return numberFormat(locale, fixed(DECIMALS.score)).format(value);
  }
}

/**
 * A difference in points at the metric's precision, without sign or unit: a rate's 4 percentage points → "4", the
 * score's 1.1 points → "1.1" (so "−1.1 pts" sits beside "6.9" and "8.0").
 */
export const formatPoints = (metric: string, points: number, locale: string): string =>
  numberFormat(locale, fixed(pointDecimals(metric))).format(points);
