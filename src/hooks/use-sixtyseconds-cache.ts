'use client';
import { useMemo } from 'react';
import { unstable_serialize, useSWRConfig } from 'swr';
import {
  createClient,
  queryKey,
  queryName,
  queryOfKey,
  runQuery,
  type SixtySecondsQuery,
  type SixtySecondsQueryData,
  type SixtySecondsQueryName,
  scopedKey,
} from '../api';
import { useSixtySeconds } from './context';
import { staleTimeOf } from './freshness';

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

const matcher = (filter: SixtySecondsQueryFilter): ((query: SixtySecondsQuery) => boolean) => {
  if (filter === undefined) return () => true;
  if (typeof filter === 'function') return filter;
  if (typeof filter === 'string') return (query) => queryName(query) === filter;
  const wanted = unstable_serialize(queryKey(filter));
  return (query) => unstable_serialize(queryKey(query)) === wanted;
};

/**
 * Steers the provider's cache from the host: refresh lists after a video was created elsewhere (a server action),
 * warm the next page, or show data the host already has. Reaches only this provider's cache, never the host's SWR.
 */
export function useSixtySecondsCache(): SixtySecondsCache {
  const { transport, baseUrl, freshness, staleTime } = useSixtySeconds();
  const { mutate, cache } = useSWRConfig();

  return useMemo<SixtySecondsCache>(() => {
    const stored = (query: SixtySecondsQuery) => {
      const key = scopedKey(queryKey(query), baseUrl);
      return { key, hash: unstable_serialize(key) };
    };
    return {
      async invalidate(filter) {
        const matches = matcher(filter);
        // Only this proxy's entries: the last part of every stored key is the proxy URL.
        const ours = (key: unknown): boolean => {
          if (!Array.isArray(key) || key[key.length - 1] !== baseUrl) return false;
          const query = queryOfKey(key);
          return query !== undefined && matches(query);
        };
        freshness.expire(ours);
        await mutate(ours);
      },
      async prefetch(query) {
        const { key, hash } = stored(query);
        if (cache.get(hash)?.data !== undefined && freshness.isFresh(hash, staleTimeOf(key, staleTime))) return;
        try {
          const data = await runQuery(createClient(transport), query);
          freshness.mark(hash, key);
          await mutate(key, data, { revalidate: false });
        } catch {
          // A warm-up that fails costs nothing: the hook asks again when the read is shown.
        }
      },
      async setData(query, data) {
        const { key, hash } = stored(query);
        freshness.mark(hash, key);
        await mutate(key, data, { revalidate: false });
      },
    };
  }, [transport, baseUrl, freshness, staleTime, mutate, cache]);
}
