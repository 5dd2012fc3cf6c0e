'use client';
import { type AccountAnalytics, type AccountAnalyticsParams, accountAnalyticsKey, getAccountAnalytics } from '../api';
import type { QueryResult } from './query-result';
import { useQuery } from './use-query';

/** The result of `useAccountAnalytics`. */
export type UseAccountAnalyticsResult = QueryResult<AccountAnalytics>;

/** The account's summary, trends and top videos for a period, grouped by day, week or month; `null` waits. */
export function useAccountAnalytics(params: AccountAnalyticsParams | null = {}): UseAccountAnalyticsResult {
  const { startDate, endDate, groupBy } = params ?? {};
  const { isPreviousData: _, ...result } = useQuery(
    params ? accountAnalyticsKey({ startDate, endDate, groupBy }) : null,
    (transport, signal) => getAccountAnalytics(transport, { startDate, endDate, groupBy }, { signal }),
  );
  return result;
}
