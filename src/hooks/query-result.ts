import type { UseQueryResult } from '@tanstack/react-query';
import type { SixtySecondsError } from '../api';

/** The shape every read hook returns. */
export interface QueryResult<T> {
  /** The latest answer, or `undefined` before the first one. */
  data: T | undefined;
  /** Why the latest request failed; cleared by the next success. */
  error: SixtySecondsError | undefined;
  /** True while the first answer for the current parameters is on its way. */
  isLoading: boolean;
  /** True while any request (first load, poll, refetch, retry) is on its way. */
  isValidating: boolean;
  /** Asks again now; resolves with the fresh data (or `undefined` if it failed). */
  refetch: () => Promise<T | undefined>;
}

/** A read hook's result plus whether the data shown belongs to earlier parameters. */
export type ReadResult<T> = QueryResult<T> & { isPreviousData: boolean };

/**
 * TanStack Query's result in our hooks' terms. `enabled` is false while the hook waits for an id; `cancel` stops the
 * read's request or retry in flight.
 */
export function toQueryResult<T>(
  result: UseQueryResult<T, SixtySecondsError>,
  enabled: boolean,
  cancel: () => Promise<void>,
): ReadResult<T> {
  const { error, failureReason, failureCount, isFetching, refetch } = result;
  // The latest failure shows at once, while a retry waits, not only once the retries are spent.
  const failure = error ?? failureReason ?? undefined;
  // Once the new parameters have failed, their error is the answer: the old page must not stay up as if loading.
  const isPreviousData = result.isPlaceholderData && !failure;
  const data = result.isPlaceholderData && !isPreviousData ? undefined : result.data;
  return {
    data,
    error: failure,
    // The previous page on screen is not an answer for these parameters: still loading.
    isLoading: enabled && isFetching && (data === undefined || isPreviousData),
    isValidating: isFetching,
    isPreviousData,
    refetch: async () => {
      if (!enabled) return undefined;
      // While a failed read waits to retry (a long Retry-After, say), TanStack would have a refetch join that retry;
      // the person who pressed "Try again" asked for a request now.
      if (isFetching && failureCount > 0) await cancel();
      const next = await refetch();
      // After a failure TanStack keeps the old data beside the error; the caller asked for fresh data.
      return next.isError ? undefined : next.data;
    },
  };
}
