'use client';
import { type ClientOptions, type DateRange, getTemplateAnalytics, type TemplateAnalytics } from '../api';
import type { QueryResult } from './query-result';
import { useRead } from './use-read';

/** The result of `useTemplateAnalytics`. */
export type UseTemplateAnalyticsResult = QueryResult<TemplateAnalytics>;

/** A template's read and its request (the query is `null` without an id); `useTemplateComparison` shares both. */
export function templateRead(templateId: string | null | undefined, { startDate, endDate }: DateRange) {
  const query = templateId ? { templateAnalytics: { templateId, startDate, endDate } } : null;
  const load = (transport: ClientOptions, signal: AbortSignal) =>
    getTemplateAnalytics(transport, templateId as string, { startDate, endDate }, { signal });
  return { query, load };
}

/** A template's performance for a period; pass `null` to wait for an id. */
export function useTemplateAnalytics(
  templateId: string | null | undefined,
  range: DateRange = {},
): UseTemplateAnalyticsResult {
  const { query, load } = templateRead(templateId, range);
  const { isPreviousData: _, ...result } = useRead('templateAnalytics', query, load);
  return result;
}
