import type { CallOptions, SixtySecondsClient } from './client';
import type {
  AccountAnalytics,
  AccountAnalyticsParams,
  DateRange,
  ListVideosParams,
  TemplateAnalytics,
  VideoAnalytics,
  VideoList,
} from './schemas';

/**
 * One read a page makes, named after the hook that makes it: what `prefetchQueries` fetches on the server and what
 * `useSixtySecondsCache` prefetches, seeds or invalidates in the browser.
 */
export type SixtySecondsQuery =
  | { videos: ListVideosParams }
  | { videoAnalytics: { videoId: string } & DateRange }
  | { accountAnalytics: AccountAnalyticsParams }
  | { templateAnalytics: { templateId: string } & DateRange };

/** The kind of a read: `videos`, `videoAnalytics`, `accountAnalytics` or `templateAnalytics`. */
export type SixtySecondsQueryName = 'videos' | 'videoAnalytics' | 'accountAnalytics' | 'templateAnalytics';

/** The data a query answers with. */
export type SixtySecondsQueryData<Q extends SixtySecondsQuery> = Q extends { videos: unknown }
  ? VideoList
  : Q extends { videoAnalytics: unknown }
    ? VideoAnalytics
    : Q extends { accountAnalytics: unknown }
      ? AccountAnalytics
      : Q extends { templateAnalytics: unknown }
        ? TemplateAnalytics
        : never;

/** The kind of a query. */
export function queryName(query: SixtySecondsQuery): SixtySecondsQueryName {
  if ('videos' in query) return 'videos';
  if ('videoAnalytics' in query) return 'videoAnalytics';
  if ('accountAnalytics' in query) return 'accountAnalytics';
  return 'templateAnalytics';
}

/** Runs a query through a client: the same call, with the same parameters, the matching hook makes. */
export function runQuery<Q extends SixtySecondsQuery>(
  client: SixtySecondsClient,
  query: Q,
  options?: CallOptions,
): Promise<SixtySecondsQueryData<Q>>;
export function runQuery(client: SixtySecondsClient, query: SixtySecondsQuery, options?: CallOptions) {
  if ('videos' in query) return client.listVideos(query.videos, options);
  if ('videoAnalytics' in query) {
    const { videoId, ...range } = query.videoAnalytics;
    return client.getVideoAnalytics(videoId, range, options);
  }
  if ('accountAnalytics' in query) return client.getAccountAnalytics(query.accountAnalytics, options);
  const { templateId, ...range } = query.templateAnalytics;
  return client.getTemplateAnalytics(templateId, range, options);
}
