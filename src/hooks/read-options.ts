import { skipToken, type UseQueryOptions } from '@tanstack/react-query';
import {
  type ClientOptions,
  isSixtySecondsError,
  keyPrefix,
  readOptions,
  type SixtySecondsError,
  type SixtySecondsQuery,
  type SixtySecondsQueryData,
  type SixtySecondsQueryName,
} from '../api';
import type { SixtySecondsContextValue } from './context';

/** How a hook's read behaves beyond fetching: pagination and polling. */
export interface ReadBehaviour<T> {
  /** Keep showing the last answer while the next parameters load (pagination); never another proxy's answer. */
  keepPreviousData?: boolean;
  /** Poll every `pollIntervalMs` while this says so about the latest data. */
  shouldPoll?: (data: T) => boolean;
  /** How often to poll while `shouldPoll` holds. */
  pollIntervalMs?: number;
}

/** The options `useQuery` gets from a hook: any TanStack key, since a waiting hook has no full key yet. */
export type HookReadOptions<T> = UseQueryOptions<T, SixtySecondsError, T, readonly unknown[]>;

/**
 * A hook's read as TanStack Query options: the shared ones (key, request, stale time, retry policy) and every option
 * a host's `QueryClient` defaults could otherwise change, set to ours, so a host's `refetchInterval`,
 * `placeholderData`, `select` or `throwOnError` never reaches our hooks. `query` is `null` while the hook waits (an id
 * not known yet): it then sits under the kind's prefix and fetches nothing.
 */
export function hookReadOptions<Q extends SixtySecondsQuery>(
  context: SixtySecondsContextValue,
  name: SixtySecondsQueryName,
  query: Q | null,
  load: (transport: ClientOptions, signal: AbortSignal) => Promise<SixtySecondsQueryData<Q>>,
  behaviour: ReadBehaviour<SixtySecondsQueryData<Q>> = {},
): HookReadOptions<SixtySecondsQueryData<Q>> {
  type Data = SixtySecondsQueryData<Q>;
  const { transport, baseUrl, staleTime, retry } = context;
  const { keepPreviousData = false, shouldPoll, pollIntervalMs = 0 } = behaviour;
  const read: HookReadOptions<Data> = query
    ? readOptions(query, baseUrl, (signal) => load(transport, signal), staleTime, retry)
    : { queryKey: keyPrefix(baseUrl, name), queryFn: skipToken };
  return {
    ...read,
    enabled: query !== null,
    // The last page stays up while the next loads, but only one read through this proxy: the previous query of a
    // provider whose `baseUrl` changed holds another tenant's data.
    placeholderData: keepPreviousData
      ? (previous, previousQuery) => (previousQuery?.queryKey[1] === baseUrl ? previous : undefined)
      : undefined,
    // Asked again each interval while the data says so (a video is processing); a failure worth retrying keeps the
    // polls going (no sooner than its Retry-After), any other stops them.
    refetchInterval: shouldPoll
      ? ({ state: { data, error } }) => {
          if (data === undefined || !pollIntervalMs || !shouldPoll(data)) return false;
          if (!error) return pollIntervalMs;
          return isSixtySecondsError(error) && error.retryable
            ? Math.max(pollIntervalMs, error.retryAfterMs ?? 0)
            : false;
        }
      : false,
    refetchIntervalInBackground: false,
    refetchOnWindowFocus: false,
    refetchOnReconnect: true,
    refetchOnMount: true,
    retryOnMount: true,
    throwOnError: false,
    select: undefined,
    notifyOnChangeProps: undefined,
    networkMode: 'online',
    structuralSharing: true,
    subscribed: true,
  };
}
