import type { ExportMetric } from '../api';
import { ratio, round } from './numbers';
import { interactionsOf, type VideoStats } from './stats';

/** One row of figures, keyed by metric. */
export type MetricRow = Record<ExportMetric, number>;

/** Running sums over several videos (or days); rates are kept weighted by views. */
export interface Totals {
  views: number;
  uniqueViewers: number;
  totalWatchTime: number;
  completionViews: number;
  engagementViews: number;
  /** Every added video's own score and how many were added: the fallback score when nobody watched. */
  scoreSum: number;
  videos: number;
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
  scoreSum: 0,
  videos: 0,
  clicks: 0,
  shares: 0,
  interactions: 0,
});

/** Adds one video's figures to running sums. */
export function addStats(totals: Totals, stats: VideoStats): Totals {
  totals.views += stats.views;
  totals.uniqueViewers += stats.uniqueViewers;
  totals.totalWatchTime += stats.totalWatchTime;
  totals.completionViews += stats.completionRate * stats.views;
  totals.engagementViews += stats.engagementScore * stats.views;
  totals.scoreSum += stats.engagementScore;
  totals.videos += 1;
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

/** The lowest score the API reports; what an aggregate of no videos at all gets. */
export const MIN_SCORE = 1;

/**
 * The view-weighted score; with no views, the plain mean of the videos' own scores (or `MIN_SCORE` with none), so
 * the score stays within the documented 1..10 instead of dropping to 0.
 */
function engagementOf(totals: Totals): number {
  if (totals.views > 0) return round(totals.engagementViews / totals.views, 1);
  return totals.videos > 0 ? round(totals.scoreSum / totals.videos, 1) : MIN_SCORE;
}

/** Turns sums into reported figures; `overlap` scales unique viewers when several videos were added up. */
export function metricsOf(totals: Totals, overlap = 1): MetricRow {
  return {
    views: totals.views,
    unique_viewers: Math.min(totals.views, Math.round(totals.uniqueViewers * overlap)),
    total_watch_time: round(totals.totalWatchTime, 1),
    average_watch_time: round(ratio(totals.totalWatchTime, totals.views), 1),
    completion_rate: round(ratio(totals.completionViews, totals.views), 2),
    engagement_score: engagementOf(totals),
    clicks: totals.clicks,
    shares: totals.shares,
  };
}
