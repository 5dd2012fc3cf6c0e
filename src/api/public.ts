// What the browser entry re-exports from the API layer: the client, the error and the types.
export { type CallOptions, type ClientOptions, createClient, type SixtySecondsClient } from './client';
export {
  accountAnalyticsPanelQuery,
  DEFAULT_GROUP_BY,
  DEFAULT_VIDEO_PAGE_SIZE,
  templateAnalyticsPanelQuery,
  videoAnalyticsPanelQuery,
  videoGalleryQuery,
} from './component-queries';
export {
  isSixtySecondsError,
  SixtySecondsError,
  type SixtySecondsErrorDetails,
  type SixtySecondsErrorKind,
} from './errors';
export type { SixtySecondsFallback, SixtySecondsFallbackEntry, SixtySecondsFallbackFailure } from './fallback';
export type { SixtySecondsQueryKey } from './keys';
export type { SixtySecondsQuery, SixtySecondsQueryData, SixtySecondsQueryName } from './queries';
export {
  DEFAULT_STALE_TIME,
  type SixtySecondsQueryOptions,
  type SixtySecondsQueryOptionsConfig,
  type StaleTime,
  sixtySecondsQueryOptions,
} from './query-options';
export { DEFAULT_RETRY, type RetryOptions, type RetryPolicy } from './retry';
export type * from './schemas';
export type { TransportOptions } from './transport';
