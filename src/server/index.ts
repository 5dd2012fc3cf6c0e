// @sixtyseconds/react/server — the proxy that keeps the SixtySeconds API key on the server. No React here.

export type {
  SixtySecondsClient,
  SixtySecondsFallback,
  SixtySecondsFallbackEntry,
  SixtySecondsFallbackFailure,
  SixtySecondsQuery,
  SixtySecondsQueryData,
  SixtySecondsQueryKey,
  StaleTime,
} from '../api';
export {
  accountAnalyticsPanelQuery,
  DEFAULT_GROUP_BY,
  DEFAULT_VIDEO_PAGE_SIZE,
  templateAnalyticsPanelQuery,
  videoAnalyticsPanelQuery,
  videoGalleryQuery,
} from '../api/component-queries';
export {
  type SixtySecondsQueryOptions,
  type SixtySecondsQueryOptionsConfig,
  sixtySecondsQueryOptions,
} from '../api/query-options';
export type { Authorize, AuthorizeResult } from './authorize';
export { createProxyHandler, type ProxyHandler } from './handler';
export { type NodeHandler, toNodeHandler } from './node-adapter';
export { DEFAULT_UPSTREAM, type ProxyOptions } from './options';
export { prefetchQueries } from './prefetch';
export { createServerClient, type ServerClientOptions } from './server-client';
