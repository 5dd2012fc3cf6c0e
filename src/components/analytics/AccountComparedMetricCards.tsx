import { DEFAULT_GROUP_BY, type VideoMetrics } from '../../api';
import { useAccountAnalytics, useLocale } from '../../hooks';
import { accountBaseline } from './comparison';
import type { DateRangeValue } from './date-range';
import { MetricCards } from './MetricCards';

/** MetricCards compared with the account's per-video averages over the same period; plain cards until those load. */
export function AccountComparedMetricCards({ metrics, range }: { metrics: VideoMetrics; range: DateRangeValue }) {
  // The account panel's default grouping: the same key lets a dashboard share one request.
  const account = useAccountAnalytics({ ...range, groupBy: DEFAULT_GROUP_BY });
  const summary = account.data?.summary;
  const locale = useLocale();
  return <MetricCards metrics={metrics} baseline={summary ? accountBaseline(summary) : undefined} locale={locale} />;
}
