// Types only: this module runs on servers without React, so `/server` can export `sixtySecondsQueryOptions`.
import type { DataTag, UnusedSkipTokenOptions } from '@tanstack/react-query';
import type { SixtySecondsClient } from './client';
import type { SixtySecondsError } from './errors';
import { queryKey, type SixtySecondsQueryKey } from './keys';
import { runQuery, type SixtySecondsQuery, type SixtySecondsQueryData } from './queries';
import { DEFAULT_RETRY, type RetryOptions, type RetryPolicy, retryDelay } from './retry';

/** How long fetched data stays fresh: no request for it on mount or hydration until then. */
export interface StaleTime {
  /** Video lists, in ms; 10 s by default. */
  listsMs: number;
  /** Analytics (video, account, template), in ms; 60 s by default. */
  analyticsMs: number;
}

/** 10 s for lists, 60 s for analytics. */
export const DEFAULT_STALE_TIME: StaleTime = { listsMs: 10_000, analyticsMs: 60_000 };

/** What `sixtySecondsQueryOptions` needs besides the query. */
export interface SixtySecondsQueryOptionsConfig {
  /** Who sends the request: `createClient({ baseUrl })` in the browser, `createServerClient({ apiKey })` on a server. */
  client: SixtySecondsClient;
  /** The proxy URL of the `<SixtySecondsProvider baseUrl>` that shows the data: part of the key the hooks look under. */
  baseUrl: string;
  /** How long the data stays fresh; the provider's defaults (10 s lists, 60 s analytics) unless given. */
  staleTime?: Partial<StaleTime> | undefined;
  /** How failed reads are retried (network, timeout, 429, 5xx only); three times from 500 ms unless given. */
  retry?: RetryOptions | undefined;
}

/** TanStack Query options for one read: `useQuery`, `useSuspenseQuery`, `prefetchQuery` and `fetchQuery` take them. */
export type SixtySecondsQueryOptions<Q extends SixtySecondsQuery = SixtySecondsQuery> = UnusedSkipTokenOptions<
  SixtySecondsQueryData<Q>,
  SixtySecondsError,
  SixtySecondsQueryData<Q>,
  SixtySecondsQueryKey
> & { queryKey: DataTag<SixtySecondsQueryKey, SixtySecondsQueryData<Q>, SixtySecondsError> };

/** The options every read shares, before TanStack's types tag them (see `SixtySecondsQueryOptions`). */
export interface ReadOptions<T> {
  /** `['sixtyseconds', baseUrl, kind, params]`. */
  queryKey: SixtySecondsQueryKey;
  /** The request, given the signal TanStack Query aborts once nobody is left to show the answer. */
  queryFn: (context: { signal: AbortSignal }) => Promise<T>;
  /** Lists 10 s, analytics 60 s by default. */
  staleTime: number;
  /** Network, timeout, 429 and 5xx only, as often as the policy says. */
  retry: (failures: number, error: SixtySecondsError) => boolean;
  /** The policy's backoff, or the whole `Retry-After`. */
  retryDelay: (failures: number, error: SixtySecondsError) => number;
}

/**
 * The options every read shares, the hooks' and a host's alike: the key, the request (given the query's `signal`,
 * which TanStack Query aborts once nobody is left to show the answer), the stale time and the retry policy.
 */
export function readOptions<Q extends SixtySecondsQuery>(
  query: Q,
  baseUrl: string,
  load: (signal: AbortSignal) => Promise<SixtySecondsQueryData<Q>>,
  staleTime: StaleTime,
  retry: RetryPolicy,
): ReadOptions<SixtySecondsQueryData<Q>> {
  return {
    queryKey: queryKey(baseUrl, query),
    queryFn: ({ signal }) => load(signal),
    staleTime: 'videos' in query ? staleTime.listsMs : staleTime.analyticsMs,
    // TanStack counts failures from 0; `retryDelay` counts attempts from 1. Only what the policy calls worth it.
    retry: (failures, error) => retryDelay(error, failures + 1, retry) !== undefined,
    retryDelay: (failures, error) => retryDelay(error, failures + 1, retry) ?? 0,
  };
}

/**
 * A read as TanStack Query options, keyed exactly as the hooks key it under `<SixtySecondsProvider baseUrl>`: prefetch
 * it in a loader with your own `QueryClient`, `dehydrate` it, and our components show it without a request.
 */
export function sixtySecondsQueryOptions<Q extends SixtySecondsQuery>(
  query: Q,
  config: SixtySecondsQueryOptionsConfig,
): SixtySecondsQueryOptions<Q>;
// As TanStack's own `queryOptions`: one object, typed by the overload above with its key tagged by the data type.
export function sixtySecondsQueryOptions(query: SixtySecondsQuery, config: SixtySecondsQueryOptionsConfig): object {
  const { client, baseUrl } = config;
  const load = (signal: AbortSignal) => runQuery(client, query, { signal });
  return readOptions(query, baseUrl, load, staleTimeOf(config.staleTime), retryPolicyOf(config.retry));
}

/** A `staleTime` option with the defaults filled in. */
export const staleTimeOf = (staleTime: Partial<StaleTime> | undefined): StaleTime => ({
  listsMs: staleTime?.listsMs ?? DEFAULT_STALE_TIME.listsMs,
  analyticsMs: staleTime?.analyticsMs ?? DEFAULT_STALE_TIME.analyticsMs,
});

/** A `retry` option with the defaults filled in. */
export const retryPolicyOf = (retry: RetryOptions | undefined): RetryPolicy => ({
  retries: retry?.retries ?? DEFAULT_RETRY.retries,
  baseDelayMs: retry?.baseDelayMs ?? DEFAULT_RETRY.baseDelayMs,
  maxDelayMs: retry?.maxDelayMs ?? DEFAULT_RETRY.maxDelayMs,
});
