'use client';
import type { QueryFilters } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  createClient,
  keyPrefix,
  queryKey,
  type SixtySecondsQuery,
  type SixtySecondsQueryData,
  type SixtySecondsQueryName,
  sixtySecondsQueryOptions,
} from '../api';
import { useSixtySeconds } from './context';

/** Which cached reads `invalidate` refreshes: every read (none given), one kind, one exact query, or your own test. */
export type SixtySecondsQueryFilter =
  | SixtySecondsQueryName
  | SixtySecondsQuery
  | ((query: SixtySecondsQuery) => boolean)
  | undefined;

/** What `useSixtySecondsCache` returns: the host's handle on the provider's cache. */
export interface SixtySecondsCache {
  /** Marks the matching reads stale; those on screen ask again now, the others on their next mount. */
  invalidate: (filter?: SixtySecondsQueryFilter) => Promise<void>;
  /** Fetches a read into the cache unless it holds fresh data (warming the next page, say). Never rejects. */
  prefetch: (query: SixtySecondsQuery) => Promise<void>;
  /** Puts data in the cache as the answer to a query: it shows at once, without a request, and counts as fresh. */
  setData: <Q extends SixtySecondsQuery>(query: Q, data: SixtySecondsQueryData<Q>) => Promise<void>;
}

/** The TanStack Query filter for `filter`, limited to reads through the proxy at `baseUrl`. */
function queryFilter(filter: SixtySecondsQueryFilter, baseUrl: string): QueryFilters {
  if (filter === undefined) return { queryKey: keyPrefix(baseUrl) };
  if (typeof filter === 'string') return { queryKey: keyPrefix(baseUrl, filter) };
  if (typeof filter === 'object') return { queryKey: queryKey(baseUrl, filter), exact: true };
  return {
    queryKey: keyPrefix(baseUrl),
    // A key is `['sixtyseconds', baseUrl, kind, params]` and `{ [kind]: params }` is its read (keys.ts); a hook
    // still waiting for an id has no params and matches nothing.
    predicate: ({ queryKey: [, , kind, params] }) =>
      typeof kind === 'string' && typeof params === 'object' && params !== null && filter({ [kind]: params } as never),
  };
}

/**
 * Steers the provider's cache from the host: refresh lists after a video was created elsewhere (a server action),
 * warm the next page, or show data the host already has. Reaches only our reads through this provider's proxy.
 */
export function useSixtySecondsCache(): SixtySecondsCache {
  const { transport, baseUrl, queryClient, staleTime, retry } = useSixtySeconds();

  return useMemo<SixtySecondsCache>(
    () => ({
      invalidate: (filter) => queryClient.invalidateQueries(queryFilter(filter, baseUrl)),
      // `prefetchQuery` skips fresh data and never rejects: a warm-up that fails costs nothing.
      prefetch: (query) =>
        queryClient.prefetchQuery(
          sixtySecondsQueryOptions(query, { client: createClient(transport), baseUrl, staleTime, retry }),
        ),
      setData: async (query, data) => {
        queryClient.setQueryData(queryKey(baseUrl, query), data);
      },
    }),
    [transport, baseUrl, queryClient, staleTime, retry],
  );
}
