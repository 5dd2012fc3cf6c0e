'use client';
import type { DateRange, TemplateAnalytics } from '../api';
import { type UseTemplateAnalyticsResult, useTemplateAnalytics } from './use-template-analytics';

/** The most templates one comparison fetches; ids past it are ignored. */
export const MAX_COMPARED_TEMPLATES = 4;

/** One template's side of a comparison: its own data, error and retry, so one failure blanks nothing else. */
export interface ComparedTemplate extends UseTemplateAnalyticsResult {
  /** The template asked for. */
  templateId: string;
}

/** The result of `useTemplateComparison`. */
export interface UseTemplateComparisonResult {
  /** One entry per distinct id (at most four), in the order given. */
  templates: ComparedTemplate[];
  /** The templates whose analytics have arrived, in the same order. */
  loaded: TemplateAnalytics[];
  /** True while any template's first answer is on its way. */
  isLoading: boolean;
}

/**
 * Two to four templates' analytics over one period: one request per template under the same key as
 * `useTemplateAnalytics`, so a template panel elsewhere on the page shares it. Always four hook calls (unused ones
 * wait), so the number of templates can change between renders.
 */
export function useTemplateComparison(
  templateIds: readonly string[],
  range: DateRange = {},
): UseTemplateComparisonResult {
  const ids = [...new Set(templateIds)].slice(0, MAX_COMPARED_TEMPLATES);
  const results = [
    useTemplateAnalytics(ids[0] ?? null, range),
    useTemplateAnalytics(ids[1] ?? null, range),
    useTemplateAnalytics(ids[2] ?? null, range),
    useTemplateAnalytics(ids[3] ?? null, range),
  ];
  const templates = ids.map((templateId, i) => ({ templateId, ...(results[i] as UseTemplateAnalyticsResult) }));
  return {
    templates,
    loaded: templates.flatMap((entry) => (entry.data ? [entry.data] : [])),
    isLoading: templates.some((entry) => entry.isLoading),
  };
}
