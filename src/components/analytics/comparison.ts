/** How a value compares with its baseline: the relative change and its direction. */
export interface Comparison {
  /** `up`, `down` or `same`: shown as words and an arrow, never by colour alone. */
  direction: 'up' | 'down' | 'same';
  /** The absolute relative change as a 0..n share: 0.12 for ±12 %. */
  change: number;
}

/** Compares `value` with `baseline`; `undefined` when the baseline is missing or zero (no meaningful ratio). */
export function compare(value: number, baseline: number | undefined): Comparison | undefined {
  if (baseline === undefined || !Number.isFinite(baseline) || baseline === 0) return undefined;
  const ratio = (value - baseline) / Math.abs(baseline);
  // Anything that rounds to 0 % is "the same": an arrow next to "+0%" would mislead.
  if (Math.abs(ratio) < 0.005) return { direction: 'same', change: 0 };
  return { direction: ratio > 0 ? 'up' : 'down', change: Math.abs(ratio) };
}

/** The account's per-video averages in the shape of a video's metrics, for "vs account" comparisons. */
export function accountBaseline(summary: {
  total_videos: number;
  total_views: number;
  unique_viewers: number;
  average_completion_rate: number;
  average_engagement_score: number;
}) {
  const perVideo = (total: number) => (summary.total_videos > 0 ? total / summary.total_videos : undefined);
  return {
    views: perVideo(summary.total_views),
    unique_viewers: perVideo(summary.unique_viewers),
    completion_rate: summary.average_completion_rate,
    engagement_score: summary.average_engagement_score,
  };
}
