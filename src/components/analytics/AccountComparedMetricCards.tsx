'use client';
import type { VideoMetrics } from '../../api';
import { useAccountAnalytics } from '../../hooks';
import { accountBaseline } from './comparison';
import type { DateRangeValue } from './date-range';
import { MetricCards } from './MetricCards';

/** The period and grouping the account panel asks for by default; the same key lets a dashboard share one request. */
const SHARED_GROUP_BY = 'week';

/** MetricCards compared with the account's per-video averages over the same period; plain cards until those load. */
export function AccountComparedMetricCards({ metrics, range }: { metrics: VideoMetrics; range: DateRangeValue }) {
  const account = useAccountAnalytics({ ...range, groupBy: SHARED_GROUP_BY });
  const summary = account.data?.summary;
  return <MetricCards metrics={metrics} baseline={summary ? accountBaseline(summary) : undefined} />;
}
