import * as v from 'valibot';
import { Amount, Count, CountRecord, IsoDate, Rate, Score, ShareRecord, Timestamp, withoutViews } from './common';

// Rates, scores and averages are taken over views: with none (`views`/`total_views` 0) the API answers `null`.
const RateOrNull = withoutViews(Rate);
const ScoreOrNull = withoutViews(Score);

/** Headline metrics of one video. */
export const VideoMetricsSchema = v.object({
  views: Count,
  unique_viewers: Count,
  total_watch_time: Amount,
  average_watch_time: withoutViews(Amount),
  completion_rate: RateOrNull,
  engagement_score: ScoreOrNull,
});

/** Viewers who reached a segment (`0-25%` … `75-100%`). */
export const WatchSegmentSchema = v.object({ segment: v.string(), viewers: Count });

/** Clicks, shares and an open set of reaction counts. */
export const EngagementSchema = v.object({ clicks: Count, shares: Count, reactions: CountRecord });

/** Percentages per device, browser and country; keys are open-ended. */
export const DemographicsSchema = v.object({
  devices: ShareRecord,
  browsers: ShareRecord,
  countries: ShareRecord,
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
  completion_rate: RateOrNull,
  engagement_score: ScoreOrNull,
});

/** One row of the account's top videos. */
export const TopVideoSchema = v.object({
  video_id: v.string(),
  title: v.string(),
  views: Count,
  engagement_score: ScoreOrNull,
});

/** `GET /analytics/account`. */
export const AccountAnalyticsSchema = v.object({
  period: v.object({ start_date: IsoDate, end_date: IsoDate }),
  summary: v.object({
    total_videos: Count,
    total_views: Count,
    unique_viewers: Count,
    average_completion_rate: RateOrNull,
    average_engagement_score: ScoreOrNull,
    total_interactions: Count,
  }),
  trends: v.array(TrendPointSchema),
  top_videos: v.array(TopVideoSchema),
});

// Within a rounding error: the docs' median is the middle quartile, but they may be computed separately.
const sameValue = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * The five-number summary of one metric across a template's videos, each value in the metric's own range (`value`),
 * in order: `min ≤ quartiles[0] ≤ median = quartiles[1] ≤ quartiles[2] ≤ max`.
 */
const distributionOf = (value: v.GenericSchema<number, number>) =>
  v.pipe(
    v.object({ min: value, max: value, median: value, quartiles: v.tuple([value, value, value]) }),
    v.check(
      ({ min, max, median, quartiles: [q1, q2, q3] }) =>
        min <= q1 && q1 <= q2 && q2 <= q3 && q3 <= max && sameValue(median, q2),
      'Expected min ≤ q1 ≤ median = q2 ≤ q3 ≤ max',
    ),
  );

/** Five-number summary of a metric; the template schema checks each metric's range as well. */
export const DistributionSchema = distributionOf(v.pipe(v.number(), v.finite()));

/** One row of a template's best videos. */
export const TemplateTopVideoSchema = v.object({
  video_id: v.string(),
  title: v.string(),
  views: Count,
  completion_rate: RateOrNull,
  engagement_score: ScoreOrNull,
});

/** `GET /analytics/templates/{template_id}`. */
export const TemplateAnalyticsSchema = v.object({
  template_id: v.string(),
  name: v.string(),
  total_videos: Count,
  total_views: Count,
  average_completion_rate: RateOrNull,
  average_engagement_score: ScoreOrNull,
  /** Each summary is taken over the watched videos: `null` when none was watched. */
  metrics_distribution: v.object({
    completion_rate: v.nullable(distributionOf(Rate)),
    engagement_score: v.nullable(distributionOf(Score)),
    watch_time: v.nullable(distributionOf(Amount)),
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
