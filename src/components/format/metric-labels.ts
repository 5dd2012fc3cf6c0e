/** How a person reads each metric name the API uses. */
const METRIC_LABELS: Record<string, string> = {
  views: 'Views',
  unique_viewers: 'Unique viewers',
  total_watch_time: 'Total watch time',
  average_watch_time: 'Average watch time',
  completion_rate: 'Completion rate',
  engagement_score: 'Engagement score',
  clicks: 'Clicks',
  shares: 'Shares',
};

/** A metric's label: known names read as words, others as their API name with spaces ("new_metric" → "new metric"). */
export const metricLabel = (metric: string) => METRIC_LABELS[metric] ?? metric.replace(/_/g, ' ');
