import type { Distribution, TemplateAnalytics } from '../../api';
import type { DistributionWords } from '../../messages/words';
import { CHART_COLORS } from '../../theme';
import { formatDecimal, formatDuration, formatPercent } from '../format';
import { niceMax } from './primitives';

/** The three distributions of `metrics_distribution`. */
export type MetricsDistributionData = TemplateAnalytics['metrics_distribution'];

/** Which distribution a box plot row shows. */
export type DistributionMetric = keyof MetricsDistributionData;

/** One box plot row: a five-number summary with its own axis. */
export interface DistributionRow {
  key: DistributionMetric;
  label: string;
  color: string;
  summary: Distribution;
  /** The top of this row's axis (its bottom is 0, so positions are proportional to values). */
  max: number;
  format(value: number, locale: string): string;
}

const ROWS: ReadonlyArray<
  Omit<DistributionRow, 'summary' | 'max' | 'label'> & {
    label: 'metricCompletionRate' | 'metricEngagementScore' | 'distributionWatchTime';
    max(summary: Distribution): number;
  }
> = [
  {
    key: 'completion_rate',
    label: 'metricCompletionRate',
    color: CHART_COLORS[1] as string,
    max: () => 1,
    format: (value, locale) => formatPercent(value, locale, 1),
  },
  {
    key: 'engagement_score',
    label: 'metricEngagementScore',
    color: CHART_COLORS[2] as string,
    max: () => 10,
    format: (value, locale) => formatDecimal(value, locale, 1),
  },
  {
    key: 'watch_time',
    label: 'distributionWatchTime',
    color: CHART_COLORS[0] as string,
    max: (summary) => niceMax(summary.max),
    format: formatDuration,
  },
];

/** The rows to draw, in a fixed order, each on its own scale; a metric nobody watched (`null`) has no row. */
export const distributionRows = (data: MetricsDistributionData, m: DistributionWords): DistributionRow[] =>
  ROWS.flatMap((row) => {
    const summary = data[row.key];
    return summary ? [{ ...row, label: m[row.label], summary, max: row.max(summary) }] : [];
  });
