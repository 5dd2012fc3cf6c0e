'use client';
import { useEffect, useRef, useState } from 'react';
import useSWR, { unstable_serialize, useSWRConfig } from 'swr';
import { type ClientOptions, type SixtySecondsError, scopedKey } from '../api';
import { useSixtySeconds } from './context';
import { errorRetry } from './error-retry';
import { staleTimeOf } from './freshness';
import type { QueryResult } from './query-result';

/** Options of the internal read adapter. */
export interface UseQueryOptions<T> {
  /** Keep showing the last answer while the next parameters load (pagination). */
  keepPreviousData?: boolean;
  /** Poll every `pollIntervalMs` while this says so about the latest data. */
  shouldPoll?: (data: T | undefined) => boolean;
  /** How often to poll while `shouldPoll` holds. */
  pollIntervalMs?: number;
}

/** A read hook's result plus whether the data shown belongs to earlier parameters. */
export type UseQueryResult<T> = QueryResult<T> & { isPreviousData: boolean };

/** Thin adapter over SWR: one request per key across components, abort when nobody watches, retries by policy. */
export function useQuery<T>(
  key: readonly unknown[] | null,
  load: (transport: ClientOptions, signal: AbortSignal) => Promise<T>,
  options: UseQueryOptions<T> = {},
): UseQueryResult<T> {
  const { transport, inflight, baseUrl, retry, freshness, staleTime } = useSixtySeconds();
  const { cache } = useSWRConfig();
  // The proxy URL ends every key: a host that switches `baseUrl` (another tenant or environment) refetches instead
  // of showing the other proxy's cached answer. Keys still start with the endpoint, as `isVideosKey` expects.
  const scoped = key ? scopedKey(key, baseUrl) : null;
  const hash = scoped ? unstable_serialize(scoped) : null;

  const { shouldPoll, pollIntervalMs = 0 } = options;
  // A number, not a function: SWR restarts its poll timer only when this value changes, so it flips once when the
  // data starts or stops needing polls, and each poll across every component on the key is de-duplicated.
  const [polling, setPolling] = useState(false);
  // The poll interval while polling, else 0; read by a failed poll's retry, when scheduled and again when it fires.
  const pollMs = useRef(0);

  const swr = useSWR<T, SixtySecondsError>(
    scoped,
    async () => {
      const id = hash as string;
      const signal = inflight.begin(id);
      try {
        const data = await load(transport, signal);
        freshness.mark(id, scoped as readonly unknown[]);
        return data;
      } finally {
        inflight.end(id, signal);
      }
    },
    // Polls faster than SWR's 2 s de-duplication window would otherwise be swallowed by it.
    shouldPoll
      ? {
          refreshInterval: polling ? pollIntervalMs : 0,
          dedupingInterval: Math.min(2000, pollIntervalMs),
          onErrorRetry: errorRetry(
            () => retry,
            () => pollMs.current,
          ),
        }
      : undefined,
  );

  const needsPolling = Boolean(shouldPoll?.(swr.data));
  useEffect(() => setPolling(needsPolling), [needsPolling]);
  useEffect(() => {
    pollMs.current = polling ? pollIntervalMs : 0;
    return () => {
      pollMs.current = 0;
    };
  }, [polling, pollIntervalMs]);

  useEffect(() => (hash ? inflight.subscribe(hash) : undefined), [inflight, hash]);

  // Cached data (a server prefetch, an earlier mount) shows at once; the provider tells SWR not to revalidate it on
  // mount, so hydration renders exactly what the server did. Only once it is stale is it asked for again, after
  // mount, and once per key however many components show it.
  const { mutate } = swr;
  const cached = swr.data !== undefined;
  // Checked when a key is shown, not on every render: polls and refetches keep data fresh on their own.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a newly shown key is checked
  useEffect(() => {
    if (!hash || !cached || freshness.isFresh(hash, staleTimeOf(key ?? [], staleTime))) return;
    if (!inflight.isRunning(hash)) void mutate();
  }, [hash]);

  // A request is aborted once its last watcher unmounts. A component that mounts with the same key in that moment
  // joins the dying request, and SWR starts no other: ask again, unless a newer request is already on its way.
  const aborted = swr.error?.kind === 'aborted' ? swr.error : undefined;
  useEffect(() => {
    if (aborted && hash && !inflight.isRunning(hash)) void mutate();
  }, [aborted, hash, inflight, mutate]);

  // Remember the last answer, so a page change keeps the previous page on screen instead of a blank; never across
  // proxies, where the "previous page" would be another tenant's.
  const previous = useRef<{ baseUrl: string; data: T } | undefined>(undefined);
  if (swr.data !== undefined) previous.current = { baseUrl, data: swr.data };
  if (key === null || previous.current?.baseUrl !== baseUrl) previous.current = undefined;
  // An aborted request is one nobody asked to see; it is never an error to show.
  const error = aborted ? undefined : swr.error;
  // Once the new parameters have failed, their error is the answer: the old page must not stay up as if loading.
  const fallback = options.keepPreviousData && swr.data === undefined && !error ? previous.current?.data : undefined;

  return {
    data: swr.data ?? fallback,
    error,
    isLoading: key !== null && swr.data === undefined && swr.isValidating,
    isValidating: swr.isValidating,
    isPreviousData: fallback !== undefined,
    refetch: async () => {
      const data = await mutate().catch(() => undefined);
      // SWR resolves with whatever its cache holds, which after a failure is the old data.
      return hash && cache.get(hash)?.error ? undefined : data;
    },
  };
}
