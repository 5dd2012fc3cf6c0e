import { useEffect, useRef } from 'react';
import useSWR, { unstable_serialize } from 'swr';
import type { SixtySecondsClient, SixtySecondsError } from '../api';
import { useSixtySeconds } from './context';
import type { QueryResult } from './query-result';

/** Options of the internal read adapter. */
export interface UseQueryOptions<T> {
  /** Keep showing the last answer while the next parameters load (pagination). */
  keepPreviousData?: boolean;
  /** Poll interval as a function of the latest data; 0 stops polling. */
  refreshInterval?: (data: T | undefined) => number;
}

/** A read hook's result plus whether the data shown belongs to earlier parameters. */
export type UseQueryResult<T> = QueryResult<T> & { isPreviousData: boolean };

/** Thin adapter over SWR: one request per key across components, abort when nobody watches, retries by policy. */
export function useQuery<T>(
  key: readonly unknown[] | null,
  load: (client: SixtySecondsClient, signal: AbortSignal) => Promise<T>,
  options: UseQueryOptions<T> = {},
): UseQueryResult<T> {
  const { client, inflight } = useSixtySeconds();
  const hash = key ? unstable_serialize(key) : null;

  const swr = useSWR<T, SixtySecondsError>(
    key,
    async () => {
      const id = hash as string;
      const signal = inflight.begin(id);
      try {
        return await load(client, signal);
      } finally {
        inflight.end(id, signal);
      }
    },
    options.refreshInterval ? { refreshInterval: options.refreshInterval } : undefined,
  );

  useEffect(() => (hash ? inflight.subscribe(hash) : undefined), [inflight, hash]);

  // Remember the last answer, so a page change keeps the previous page on screen instead of a blank.
  const previous = useRef<T | undefined>(undefined);
  if (swr.data !== undefined) previous.current = swr.data;
  if (key === null) previous.current = undefined;
  const fallback = options.keepPreviousData && swr.data === undefined ? previous.current : undefined;

  // An aborted request is one nobody asked to see; it is never an error to show.
  const error = swr.error?.kind === 'aborted' ? undefined : swr.error;
  return {
    data: swr.data ?? fallback,
    error,
    isLoading: key !== null && swr.data === undefined && swr.isValidating,
    isValidating: swr.isValidating,
    isPreviousData: fallback !== undefined,
    refetch: () => swr.mutate().catch(() => undefined),
  };
}
