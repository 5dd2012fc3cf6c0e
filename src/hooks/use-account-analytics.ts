'use client';
import { type AccountAnalytics, type AccountAnalyticsParams, getAccountAnalytics } from '../api';
import type { QueryResult } from './query-result';
import { useRead } from './use-read';

/** The result of `useAccountAnalytics`. */
export type UseAccountAnalyticsResult = QueryResult<AccountAnalytics>;

/** The account's summary, trends and top videos for a period, grouped by day, week or month; `null` waits. */
export function useAccountAnalytics(params: AccountAnalyticsParams | null = {}): UseAccountAnalyticsResult {
  const { startDate, endDate, groupBy } = params ?? {};
  const query = params ? { accountAnalytics: { startDate, endDate, groupBy } } : null;
  const { isPreviousData: _, ...result } = useRead('accountAnalytics', query, (transport, signal) =>
    getAccountAnalytics(transport, { startDate, endDate, groupBy }, { signal }),
  );
  return result;
}
