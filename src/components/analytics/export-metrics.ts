/** The metrics an export offers by default, all ticked until the user unticks some; the API exports these columns. */
export const DEFAULT_EXPORT_METRICS: readonly string[] = [
  'views',
  'unique_viewers',
  'total_watch_time',
  'average_watch_time',
  'completion_rate',
  'engagement_score',
  'clicks',
  'shares',
];

const LABELS: Record<string, string> = {
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
export const metricLabel = (metric: string) => LABELS[metric] ?? metric.replace(/_/g, ' ');
