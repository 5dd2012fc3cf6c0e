/** How a value compares with its baseline: the direction and the size of the change. */
export interface Comparison {
  /** `up`, `down` or `same`: shown as words and an arrow, never by colour alone. */
  direction: 'up' | 'down' | 'same';
  /** `relative` for counts and durations (a share of the baseline), `points` for rates and scores (a difference). */
  unit: 'relative' | 'points';
  /** The absolute change: a 0..n share for `relative` (0.12 for ±12 %), rounded points for `points` (4 for ±4 pts). */
  change: number;
}

/** Compares `value` with `baseline` as a relative change; `undefined` when the baseline is missing or zero. */
export function compare(value: number, baseline: number | undefined): Comparison | undefined {
  if (baseline === undefined || !Number.isFinite(baseline) || baseline === 0) return undefined;
  const ratio = (value - baseline) / Math.abs(baseline);
  // Anything that rounds to 0 % is "the same": an arrow next to "+0%" would mislead.
  if (Math.abs(ratio) < 0.005) return { direction: 'same', unit: 'relative', change: 0 };
  return { direction: ratio > 0 ? 'up' : 'down', unit: 'relative', change: Math.abs(ratio) };
}

/**
 * Compares two rates or scores by their difference in points, rounded to `digits` decimals: 76 % against 72 % is
 * "+4 pts", where a relative change ("+6 %") would read as a percentage of viewers.
 */
export function comparePoints(value: number, baseline: number | undefined, digits = 0): Comparison | undefined {
  if (baseline === undefined || !Number.isFinite(baseline) || !Number.isFinite(value)) return undefined;
  const factor = 10 ** digits;
  // Rounded by size, so −4.5 and +4.5 both read as 5 points.
  const difference = (Math.sign(value - baseline) * Math.round(Math.abs(value - baseline) * factor)) / factor;
  if (difference === 0) return { direction: 'same', unit: 'points', change: 0 };
  return { direction: difference > 0 ? 'up' : 'down', unit: 'points', change: Math.abs(difference) };
}

/**
 * The account's per-video averages in the shape of a video's metrics, for "vs account" comparisons. Unique viewers
 * are left out: one person watching several videos counts once in the account, so the account's unique viewers
 * divided by its videos is no video's typical audience.
 */
export function accountBaseline(summary: {
  total_videos: number;
  total_views: number;
  average_completion_rate: number | null;
  average_engagement_score: number | null;
}) {
  return {
    views: summary.total_videos > 0 ? summary.total_views / summary.total_videos : undefined,
    completion_rate: summary.average_completion_rate,
    engagement_score: summary.average_engagement_score,
  };
}
