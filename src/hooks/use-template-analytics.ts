'use client';
import { type DateRange, getTemplateAnalytics, type TemplateAnalytics, templateAnalyticsKey } from '../api';
import type { QueryResult } from './query-result';
import { useQuery } from './use-query';

/** The result of `useTemplateAnalytics`. */
export type UseTemplateAnalyticsResult = QueryResult<TemplateAnalytics>;

/** A template's performance for a period; pass `null` to wait for an id. */
export function useTemplateAnalytics(
  templateId: string | null | undefined,
  range: DateRange = {},
): UseTemplateAnalyticsResult {
  const { startDate, endDate } = range;
  const key = templateId ? templateAnalyticsKey(templateId, { startDate, endDate }) : null;
  const { isPreviousData: _, ...result } = useQuery(key, (transport, signal) =>
    getTemplateAnalytics(transport, templateId as string, { startDate, endDate }, { signal }),
  );
  return result;
}
