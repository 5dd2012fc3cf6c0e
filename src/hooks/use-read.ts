'use client';
import { useQuery } from '@tanstack/react-query';
import type { ClientOptions, SixtySecondsQuery, SixtySecondsQueryData, SixtySecondsQueryName } from '../api';
import { useSixtySeconds } from './context';
import { type ReadResult, toQueryResult } from './query-result';
import { hookReadOptions, type ReadBehaviour } from './read-options';

/**
 * One read through TanStack Query on the provider's client (handed over explicitly: the provider installs no
 * `QueryClientProvider`). One request per key however many components show it; aborted once nobody shows it.
 */
export function useRead<Q extends SixtySecondsQuery>(
  name: SixtySecondsQueryName,
  query: Q | null,
  load: (transport: ClientOptions, signal: AbortSignal) => Promise<SixtySecondsQueryData<Q>>,
  behaviour?: ReadBehaviour<SixtySecondsQueryData<Q>>,
): ReadResult<SixtySecondsQueryData<Q>> {
  const context = useSixtySeconds();
  const { queryClient } = context;
  const options = hookReadOptions(context, name, query, load, behaviour);
  const result = useQuery(options, queryClient);
  return toQueryResult(result, query !== null, () =>
    queryClient.cancelQueries({ queryKey: options.queryKey, exact: true }),
  );
}
