import * as v from 'valibot';
import { Amount, Count, IsoDate, NumberRecord, Rate, Score, Timestamp } from './common';

/** Headline metrics of one video. */
export const VideoMetricsSchema = v.object({
  views: Count,
  unique_viewers: Count,
  total_watch_time: Amount,
  average_watch_time: Amount,
  completion_rate: Rate,
  engagement_score: Score,
});

/** Viewers who reached a segment (`0-25%` … `75-100%`). */
export const WatchSegmentSchema = v.object({ segment: v.string(), viewers: Count });

/** Clicks, shares and an open set of reaction counts. */
export const EngagementSchema = v.object({ clicks: Count, shares: Count, reactions: NumberRecord });

/** Percentages per device, browser and country; keys are open-ended. */
export const DemographicsSchema = v.object({
  devices: NumberRecord,
  browsers: NumberRecord,
  countries: NumberRecord,
});

/** `GET /analytics/videos/{video_id}`. */
export const VideoAnalyticsSchema = v.object({
  video_id: v.string(),
  title: v.string(),
  created_at: Timestamp,
  metrics: VideoMetricsSchema,
  watch_time_distribution: v.array(WatchSegmentSchema),
  engagement: EngagementSchema,
  viewer_demographics: DemographicsSchema,
});

/** One point of the account trend series. */
export const TrendPointSchema = v.object({
  date: IsoDate,
  views: Count,
  completion_rate: Rate,
  engagement_score: Score,
});

/** One row of the account's top videos. */
export const TopVideoSchema = v.object({
  video_id: v.string(),
  title: v.string(),
  views: Count,
  engagement_score: Score,
});

/** `GET /analytics/account`. */
export const AccountAnalyticsSchema = v.object({
  period: v.object({ start_date: IsoDate, end_date: IsoDate }),
  summary: v.object({
    total_videos: Count,
    total_views: Count,
    unique_viewers: Count,
    average_completion_rate: Rate,
    average_engagement_score: Score,
    total_interactions: Count,
  }),
  trends: v.array(TrendPointSchema),
  top_videos: v.array(TopVideoSchema),
});

/** Five-number summary of one metric across a template's videos. */
export const DistributionSchema = v.object({
  min: v.number(),
  max: v.number(),
  median: v.number(),
  quartiles: v.tuple([v.number(), v.number(), v.number()]),
});

/** One row of a template's best videos. */
export const TemplateTopVideoSchema = v.object({
  video_id: v.string(),
  title: v.string(),
  views: Count,
  completion_rate: Rate,
  engagement_score: Score,
});

/** `GET /analytics/templates/{template_id}`. */
export const TemplateAnalyticsSchema = v.object({
  template_id: v.string(),
  name: v.string(),
  total_videos: Count,
  total_views: Count,
  average_completion_rate: Rate,
  average_engagement_score: Score,
  metrics_distribution: v.object({
    completion_rate: DistributionSchema,
    engagement_score: DistributionSchema,
    watch_time: DistributionSchema,
  }),
  top_performing_videos: v.array(TemplateTopVideoSchema),
});

/** A video's analytics. */
export type VideoAnalytics = v.InferOutput<typeof VideoAnalyticsSchema>;
/** A video's headline metrics. */
export type VideoMetrics = v.InferOutput<typeof VideoMetricsSchema>;
/** One watch-time segment. */
export type WatchSegment = v.InferOutput<typeof WatchSegmentSchema>;
/** Clicks, shares, reactions. */
export type Engagement = v.InferOutput<typeof EngagementSchema>;
/** Viewer demographics. */
export type Demographics = v.InferOutput<typeof DemographicsSchema>;
/** The account's analytics. */
export type AccountAnalytics = v.InferOutput<typeof AccountAnalyticsSchema>;
/** One trend point. */
export type TrendPoint = v.InferOutput<typeof TrendPointSchema>;
/** One of the account's top videos. */
export type TopVideo = v.InferOutput<typeof TopVideoSchema>;
/** A template's analytics. */
export type TemplateAnalytics = v.InferOutput<typeof TemplateAnalyticsSchema>;
/** A five-number summary. */
export type Distribution = v.InferOutput<typeof DistributionSchema>;
/** One of a template's top videos. */
export type TemplateTopVideo = v.InferOutput<typeof TemplateTopVideoSchema>;
