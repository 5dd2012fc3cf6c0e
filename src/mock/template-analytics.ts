import type { TemplateAnalytics } from '../api';
import { videosBy } from './account-analytics';
import type { DayRange } from './calendar';
import { dayOf } from './calendar';
import type { TemplateEntry } from './catalog';
import type { VideoRecord } from './dataset';
import { distributionOf } from './numbers';
import type { RangeDefaults } from './query';
import type { VideoStats } from './stats';
import { addStats, emptyTotals, metricsOf } from './totals';
import { epochDay, videoStats, videoViewsIn, type World } from './world';

/** How many best videos a template report lists. */
const TOP_VIDEOS = 5;

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
 * range; with none watched, the distributions are all zeros.
 */
export function templateAnalytics(world: World, template: TemplateEntry, range: DayRange): TemplateAnalytics {
  const videos = templateVideos(world, template, range);
  const watched: Array<{ record: VideoRecord; stats: VideoStats }> = [];
  const totals = emptyTotals();
  for (const record of videos) {
    const stats = videoStats(world, record, videoViewsIn(world, record, range));
    addStats(totals, stats);
    if (stats.views > 0) watched.push({ record, stats });
  }
  const row = metricsOf(totals);
  const best = [...watched].sort((a, b) => b.stats.views - a.stats.views || a.record.id.localeCompare(b.record.id));
  return {
    template_id: template.id,
    name: template.name,
    total_videos: videos.length,
    total_views: row.views,
    average_completion_rate: row.completion_rate,
    average_engagement_score: row.engagement_score,
    metrics_distribution: {
      completion_rate: distributionOf(
        watched.map((w) => w.stats.completionRate),
        2,
      ),
      engagement_score: distributionOf(
        watched.map((w) => w.stats.engagementScore),
        1,
      ),
      watch_time: distributionOf(
        watched.map((w) => w.stats.averageWatchTime),
        1,
      ),
    },
    top_performing_videos: best.slice(0, TOP_VIDEOS).map(({ record, stats }) => ({
      video_id: record.id,
      title: record.title,
      views: stats.views,
      completion_rate: stats.completionRate,
      engagement_score: stats.engagementScore,
    })),
  };
}
