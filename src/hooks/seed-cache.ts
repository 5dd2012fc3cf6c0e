import { type State, unstable_serialize } from 'swr';
import { queryKey, type SixtySecondsFallback, scopedKey } from '../api';
import type { Freshness } from './freshness';

/**
 * A new cache holding the server's prefetched reads under exactly the keys the hooks will ask for (proxy URL
 * included), each marked fresh from when the server fetched it. Failed reads are left out: the hooks fetch them.
 */
export function seedCache(
  fallback: SixtySecondsFallback | undefined,
  baseUrl: string,
  freshness: Freshness,
): Map<string, State> {
  const cache = new Map<string, State>();
  for (const entry of fallback?.entries ?? []) {
    const key = scopedKey(queryKey(entry.query), baseUrl);
    const hash = unstable_serialize(key);
    // `_k` is the key SWR keeps beside the data: key filters (`mutate(filter)`, `invalidate`) read it.
    const state: State & { _k: readonly unknown[] } = { data: entry.data, _k: key };
    cache.set(hash, state);
    freshness.mark(hash, key, entry.fetchedAt);
  }
  return cache;
}
