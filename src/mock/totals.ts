import type { ExportMetric } from '../api';
import { ratio, round } from './numbers';
import { interactionsOf, type VideoStats } from './stats';

/** The metrics taken per view: `null` with no views. */
type PerViewMetric = 'average_watch_time' | 'completion_rate' | 'engagement_score';

/** One row of figures, keyed by metric; rates, scores and averages are `null` with no views. */
export type MetricRow = Record<Exclude<ExportMetric, PerViewMetric>, number> & Record<PerViewMetric, number | null>;

/** Running sums over several videos (or days); rates are kept weighted by views. */
export interface Totals {
  views: number;
  uniqueViewers: number;
  totalWatchTime: number;
  completionViews: number;
  engagementViews: number;
  clicks: number;
  shares: number;
  interactions: number;
}

/** Sums that start at zero. */
export const emptyTotals = (): Totals => ({
  views: 0,
  uniqueViewers: 0,
  totalWatchTime: 0,
  completionViews: 0,
  engagementViews: 0,
  clicks: 0,
  shares: 0,
  interactions: 0,
});

/** Adds one video's figures to running sums. */
export function addStats(totals: Totals, stats: VideoStats): Totals {
  totals.views += stats.views;
  totals.uniqueViewers += stats.uniqueViewers;
  totals.totalWatchTime += stats.totalWatchTime;
  totals.completionViews += (stats.completionRate ?? 0) * stats.views;
  totals.engagementViews += (stats.engagementScore ?? 0) * stats.views;
  totals.clicks += stats.clicks;
  totals.shares += stats.shares;
  totals.interactions += interactionsOf(stats);
  return totals;
}

/**
 * The share of summed unique viewers who are distinct across videos: people who watch one personalised video
 * often watch another, so account-wide unique viewers are fewer than the per-video sum.
 */
export const CROSS_VIDEO_OVERLAP = 0.62;

/** A per-view figure rounded to `decimals`, or `null` when there were no views to take it over. */
const perView = (sum: number, totals: Totals, decimals: number): number | null => {
  const value = ratio(sum, totals.views);
  return value === null ? null : round(value, decimals);
};

/** Turns sums into reported figures; `overlap` scales unique viewers when several videos were added up. */
export function metricsOf(totals: Totals, overlap = 1): MetricRow {
  return {
    views: totals.views,
    unique_viewers: Math.min(totals.views, Math.round(totals.uniqueViewers * overlap)),
    total_watch_time: round(totals.totalWatchTime, 1),
    average_watch_time: perView(totals.totalWatchTime, totals, 1),
    completion_rate: perView(totals.completionViews, totals, 2),
    engagement_score: perView(totals.engagementViews, totals, 1),
    clicks: totals.clicks,
    shares: totals.shares,
  };
}
