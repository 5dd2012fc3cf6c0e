import type { TemplateAnalytics } from '../api';
import { videosBy } from './account-analytics';
import type { DayRange } from './calendar';
import { dayOf } from './calendar';
import type { TemplateEntry } from './catalog';
import type { VideoRecord } from './dataset';
import { distributionOf } from './numbers';
import type { RangeDefaults } from './query';
import { topByViews } from './ranking';
import { addStats, emptyTotals, metricsOf } from './totals';
import { epochDay, videoStats, videoViewsIn, type World } from './world';

/** The template's videos that existed by the end of a range, newest first. */
export const templateVideos = (world: World, template: TemplateEntry, range: DayRange): VideoRecord[] =>
  videosBy(world, range).filter((record) => record.templateId === template.id);

/** A template's default range: from its first video to the seeded "today". */
export function templateRangeDefaults(world: World, template: TemplateEntry): RangeDefaults {
  const days = world.videos.filter((v) => v.templateId === template.id).map((v) => dayOf(v.createdMs));
  const end = Math.max(epochDay(world), ...days);
  return { end, start: () => Math.min(end, ...days) };
}

/**
 * `GET /analytics/templates/{id}`: totals and five-number summaries over the template's watched videos in the
 * range; with none watched, every average and distribution is `null` (no views, no score).
 */
export function templateAnalytics(world: World, template: TemplateEntry, range: DayRange): TemplateAnalytics {
  const videos = templateVideos(world, template, range);
  const all = videos.map((record) => ({
    record,
    stats: videoStats(world, record, videoViewsIn(world, record, range)),
  }));
  const watched = all.filter(({ stats }) => stats.views > 0).map((entry) => ({ ...entry, views: entry.stats.views }));
  const totals = emptyTotals();
  for (const { stats } of all) addStats(totals, stats);
  const row = metricsOf(totals);
  return {
    template_id: template.id,
    name: template.name,
    total_videos: videos.length,
    total_views: row.views,
    average_completion_rate: row.completion_rate,
    average_engagement_score: row.engagement_score,
    metrics_distribution: {
      // Unwatched videos have no rate, score or average (null), so only the watched ones are summarised.
      completion_rate: distributionOf(
        all.map((a) => a.stats.completionRate),
        2,
      ),
      engagement_score: distributionOf(
        all.map((a) => a.stats.engagementScore),
        1,
      ),
      watch_time: distributionOf(
        all.map((a) => a.stats.averageWatchTime),
        1,
      ),
    },
    top_performing_videos: topByViews(watched).map(({ record, stats }) => ({
      video_id: record.id,
      title: record.title,
      views: stats.views,
      completion_rate: stats.completionRate,
      engagement_score: stats.engagementScore,
    })),
  };
}
