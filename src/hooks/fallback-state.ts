import { type DehydratedState, dehydrate, QueryClient } from '@tanstack/react-query';
import { queryKey, type SixtySecondsFallback } from '../api';

/**
 * The server's prefetched reads as TanStack Query's dehydrated state, under exactly the keys the hooks use with this
 * proxy URL, each as old as when the server fetched it (the stale time counts from there). Built through a scratch
 * client and `dehydrate`, so the format is TanStack's own; failed reads are left out, for the hooks to fetch.
 */
export function fallbackState(
  fallback: SixtySecondsFallback | undefined,
  baseUrl: string,
): DehydratedState | undefined {
  if (!fallback?.entries.length) return undefined;
  const scratch = new QueryClient();
  for (const { query, data, fetchedAt } of fallback.entries) {
    scratch.setQueryData(queryKey(baseUrl, query), data, { updatedAt: fetchedAt });
  }
  return dehydrate(scratch);
}
