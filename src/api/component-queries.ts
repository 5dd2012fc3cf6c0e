import type { SixtySecondsQuery } from './queries';

import type { DateRange, GroupBy, VideoStatus } from './schemas';

/** How `AccountAnalyticsPanel` groups trends until the user picks another: by week. */
export const DEFAULT_GROUP_BY: GroupBy = 'week';

/** The page size `VideoGallery` starts with: 20. */
export const DEFAULT_VIDEO_PAGE_SIZE = 20;

/** A page size the API accepts: rounded and held to 1–100 (20 when it is not a number). */
export const clampPageSize = (size: number): number =>
  Number.isFinite(size) ? Math.min(100, Math.max(1, Math.round(size))) : DEFAULT_VIDEO_PAGE_SIZE;

// A panel without a `range` asks for no dates: the API's default period. Each helper returns its kind of query, so
// `sixtySecondsQueryOptions` knows the data it answers with.
const dates = (range: DateRange = {}): DateRange => ({
  ...(range.startDate !== undefined && { startDate: range.startDate }),
  ...(range.endDate !== undefined && { endDate: range.endDate }),
});

/** The read `<VideoGallery>` makes first, given the same `defaultStatus` and `defaultPageSize`: page 1. */
export const videoGalleryQuery = (
  props: { defaultStatus?: 'all' | VideoStatus; defaultPageSize?: number } = {},
): Extract<SixtySecondsQuery, { videos: unknown }> => {
  const { defaultStatus = 'all', defaultPageSize = DEFAULT_VIDEO_PAGE_SIZE } = props;
  const status = defaultStatus === 'all' ? {} : { status: defaultStatus };
  return { videos: { page: 1, limit: clampPageSize(defaultPageSize), ...status } };
};

/** The read `<VideoAnalyticsPanel videoId range>` makes first. */
export const videoAnalyticsPanelQuery = (
  videoId: string,
  props: { range?: DateRange } = {},
): Extract<SixtySecondsQuery, { videoAnalytics: unknown }> => ({
  videoAnalytics: { videoId, ...dates(props.range) },
});

/** The read `<AccountAnalyticsPanel range groupBy>` makes first (grouped by week unless told otherwise). */
export const accountAnalyticsPanelQuery = (
  props: { range?: DateRange; groupBy?: GroupBy } = {},
): Extract<SixtySecondsQuery, { accountAnalytics: unknown }> => ({
  accountAnalytics: { ...dates(props.range), groupBy: props.groupBy ?? DEFAULT_GROUP_BY },
});

/** The read `<TemplateAnalyticsPanel templateId range>` makes first. */
export const templateAnalyticsPanelQuery = (
  templateId: string,
  props: { range?: DateRange } = {},
): Extract<SixtySecondsQuery, { templateAnalytics: unknown }> => ({
  templateAnalytics: { templateId, ...dates(props.range) },
});
