import type { AccountAnalyticsParams, DateRange, ListVideosParams } from './schemas';

/** The root of every cache key this library writes, so our entries never collide with a host's. */
export const KEY_ROOT = '@sixtyseconds';

// One cache-key function per GET endpoint (each hook imports only its own); equal requests get equal keys, undefined
// options dropped.

/** The cache key of a videos list. */
export const videosKey = (params: ListVideosParams = {}) =>
  [KEY_ROOT, 'videos', { page: params.page ?? 1, limit: params.limit ?? 20, status: params.status ?? null }] as const;

/** The cache key of one video's analytics. */
export const videoAnalyticsKey = (videoId: string, range: DateRange = {}) =>
  [KEY_ROOT, 'video-analytics', videoId, { start: range.startDate ?? null, end: range.endDate ?? null }] as const;

/** The cache key of the account's analytics. */
export const accountAnalyticsKey = (params: AccountAnalyticsParams = {}) =>
  [
    KEY_ROOT,
    'account-analytics',
    { start: params.startDate ?? null, end: params.endDate ?? null, groupBy: params.groupBy ?? null },
  ] as const;

/** The cache key of a template's analytics. */
export const templateAnalyticsKey = (templateId: string, range: DateRange = {}) =>
  [KEY_ROOT, 'template-analytics', templateId, { start: range.startDate ?? null, end: range.endDate ?? null }] as const;

/** True for a key of a videos list, whatever its page or filter. */
export const isVideosKey = (key: unknown): boolean => Array.isArray(key) && key[0] === KEY_ROOT && key[1] === 'videos';

/** A hook's key as it is stored: the provider's proxy URL last, so two proxies never share an entry. */
export const scopedKey = (key: readonly unknown[], baseUrl: string): readonly unknown[] => [...key, baseUrl];
