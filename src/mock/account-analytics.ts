import type { AccountAnalytics, TrendPoint } from '../api';
import { type Bucket, bucketsOf, type DayRange, dayOf, type Grouping, isoDate } from './calendar';
import type { VideoRecord } from './dataset';
import { viewsIn } from './profile';
import type { RangeDefaults } from './query';
import { type RankedVideo, topByViews } from './ranking';
import { addStats, CROSS_VIDEO_OVERLAP, emptyTotals, metricsOf, type Totals } from './totals';
import { epochDay, isLive, profileFor, videoStats, videosNewestFirst, videoViewsIn, type World } from './world';

/** The account's default range: the 28 days ending on the seeded "today", like the API's one-month example. */
export const accountRangeDefaults = (world: World): RangeDefaults => ({
  end: epochDay(world),
  start: (end) => end - 27,
});

/**
 * Sums the figures of every video that existed by each bucket's end (only published ones have views; a bucket
 * nobody watched has no rate or score); shared by the trend series and the account export.
 */
export function bucketTotals(world: World, buckets: Bucket[]): Totals[] {
  const totals = buckets.map(() => emptyTotals());
  for (const record of world.videos) {
    const live = isLive(world, record);
    const profile = profileFor(world, record);
    const createdDay = dayOf(record.createdMs);
    buckets.forEach((bucket, i) => {
      if (createdDay > bucket.end) return;
      const views = live ? viewsIn(profile, bucket) : 0;
      addStats(totals[i] as Totals, videoStats(world, record, views));
    });
  }
  return totals;
}

/** Videos that existed by the end of a range. */
export const videosBy = (world: World, range: DayRange): VideoRecord[] =>
  videosNewestFirst(world).filter((record) => dayOf(record.createdMs) <= range.end);

/** `GET /analytics/account`: one trend point per day, week or month of the range; summary and top videos for it. */
export function accountAnalytics(world: World, range: DayRange, grouping: Grouping): AccountAnalytics {
  const buckets = bucketsOf(range, grouping);
  const trends = bucketTotals(world, buckets).map((totals, i): TrendPoint => {
    const row = metricsOf(totals);
    return {
      date: (buckets[i] as Bucket).date,
      views: row.views,
      completion_rate: row.completion_rate,
      engagement_score: row.engagement_score,
    };
  });
  const summary = emptyTotals();
  const videos = videosBy(world, range);
  const watched: Array<RankedVideo & { engagement: number | null }> = [];
  for (const record of videos) {
    const stats = videoStats(world, record, videoViewsIn(world, record, range));
    addStats(summary, stats);
    if (stats.views > 0) watched.push({ record, views: stats.views, engagement: stats.engagementScore });
  }
  const row = metricsOf(summary, CROSS_VIDEO_OVERLAP);
  return {
    period: { start_date: isoDate(range.start), end_date: isoDate(range.end) },
    summary: {
      total_videos: videos.length,
      total_views: row.views,
      unique_viewers: row.unique_viewers,
      average_completion_rate: row.completion_rate,
      average_engagement_score: row.engagement_score,
      total_interactions: summary.interactions,
    },
    trends,
    top_videos: topByViews(watched).map(({ record, views, engagement }) => ({
      video_id: record.id,
      title: record.title,
      views,
      engagement_score: engagement,
    })),
  };
}
