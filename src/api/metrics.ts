// Plain lists, no valibot: components that only need the names (MetricCards) stay free of the schemas.

/** A video's headline metrics, in the order the docs list them (`metrics` of `GET /analytics/videos/{id}`). */
export const VIDEO_METRICS = [
  'views',
  'unique_viewers',
  'total_watch_time',
  'average_watch_time',
  'completion_rate',
  'engagement_score',
] as const;

/**
 * The metrics an export can carry, in column order. The docs leave the list open ("default: all"); these are the
 * video metrics they name plus clicks and shares. The mock serves exactly these and the export form offers them.
 */
export const EXPORT_METRICS = [...VIDEO_METRICS, 'clicks', 'shares'] as const;

/** One exportable metric. */
export type ExportMetric = (typeof EXPORT_METRICS)[number];
