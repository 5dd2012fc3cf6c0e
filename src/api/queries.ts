import type { CallOptions, SixtySecondsClient } from './client';
import { accountAnalyticsKey, isVideosKey, KEY_ROOT, templateAnalyticsKey, videoAnalyticsKey, videosKey } from './keys';
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

/** The cache key the hooks use for a query (before the provider appends its proxy URL). */
export function queryKey(query: SixtySecondsQuery): readonly unknown[] {
  if ('videos' in query) return videosKey(query.videos);
  if ('videoAnalytics' in query) {
    const { videoId, ...range } = query.videoAnalytics;
    return videoAnalyticsKey(videoId, range);
  }
  if ('accountAnalytics' in query) return accountAnalyticsKey(query.accountAnalytics);
  const { templateId, ...range } = query.templateAnalytics;
  return templateAnalyticsKey(templateId, range);
}

type Range = { start: string | null; end: string | null };
const dates = ({ start, end }: Range): DateRange => ({
  ...(start !== null && { startDate: start }),
  ...(end !== null && { endDate: end }),
});

/** The query a hook's cache key stands for (its proxy URL, if any, ignored); `undefined` for a key not ours. */
export function queryOfKey(key: unknown): SixtySecondsQuery | undefined {
  if (!Array.isArray(key)) return undefined;
  if (isVideosKey(key)) {
    const { page, limit, status } = key[2] as {
      page: number;
      limit: number;
      status: ListVideosParams['status'] | null;
    };
    return { videos: { page, limit, ...(status !== null && { status }) } };
  }
  if (key[0] !== KEY_ROOT) return undefined;
  if (key[1] === 'video-analytics') return { videoAnalytics: { videoId: key[2] as string, ...dates(key[3] as Range) } };
  if (key[1] === 'template-analytics') {
    return { templateAnalytics: { templateId: key[2] as string, ...dates(key[3] as Range) } };
  }
  if (key[1] === 'account-analytics') {
    const { groupBy, ...range } = key[2] as Range & { groupBy: AccountAnalyticsParams['groupBy'] | null };
    return { accountAnalytics: { ...dates(range), ...(groupBy !== null && { groupBy }) } };
  }
  return undefined;
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
