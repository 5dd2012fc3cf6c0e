import type { CommonWords } from '../../messages/words';

/** The catalogue's word for each metric name the API uses. */
const METRIC_MESSAGES = {
  views: 'metricViews',
  unique_viewers: 'metricUniqueViewers',
  total_watch_time: 'metricTotalWatchTime',
  average_watch_time: 'metricAverageWatchTime',
  completion_rate: 'metricCompletionRate',
  engagement_score: 'metricEngagementScore',
  clicks: 'metricClicks',
  shares: 'metricShares',
} as const satisfies Record<string, keyof CommonWords>;

/** A metric's label in the catalogue's language; a name the catalogue does not know reads as words ("new metric"). */
export const metricLabel = (metric: string, m: CommonWords): string =>
  metric in METRIC_MESSAGES ? m[METRIC_MESSAGES[metric as keyof typeof METRIC_MESSAGES]] : metric.replace(/_/g, ' ');
