import type { VideoAnalytics } from '../api';
import { type DayRange, dayOf, isoTimestamp } from './calendar';
import type { VideoRecord } from './dataset';
import { percentages } from './numbers';
import type { RangeDefaults } from './query';
import { SEGMENT_LABELS } from './stats';
import { epochDay, profileFor, videoStats, videoViewsIn, type World } from './world';

/**
 * A video's default reporting range: from the day it was made to the seeded "today" (its whole life), or to the
 * day it publishes when that is later, so a seeded video that publishes after "today" is not stuck at zero views.
 */
export const videoRangeDefaults = (world: World, record: VideoRecord): RangeDefaults => ({
  end: Math.max(epochDay(world), dayOf(record.createdMs), profileFor(world, record).firstDay),
  start: () => dayOf(record.createdMs),
});

/**
 * `GET /analytics/videos/{id}`: figures scale with the range; a video that is not published (draft, processing,
 * failed) has no views, so every count is zero and the demographics are empty.
 */
export function videoAnalytics(world: World, record: VideoRecord, range: DayRange): VideoAnalytics {
  const profile = profileFor(world, record);
  const stats = videoStats(world, record, videoViewsIn(world, record, range));
  const watched = stats.views > 0;
  return {
    video_id: record.id,
    title: record.title,
    created_at: isoTimestamp(record.createdMs),
    metrics: {
      views: stats.views,
      unique_viewers: stats.uniqueViewers,
      total_watch_time: stats.totalWatchTime,
      average_watch_time: stats.averageWatchTime,
      completion_rate: stats.completionRate,
      engagement_score: stats.engagementScore,
    },
    watch_time_distribution: SEGMENT_LABELS.map((segment, i) => ({ segment, viewers: stats.segments[i] ?? 0 })),
    engagement: { clicks: stats.clicks, shares: stats.shares, reactions: stats.reactions },
    viewer_demographics: {
      devices: watched ? percentages(profile.devices) : {},
      browsers: watched ? percentages(profile.browsers) : {},
      countries: watched ? percentages(profile.countries) : {},
    },
  };
}
