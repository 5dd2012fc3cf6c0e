'use client';
import { useQueries } from '@tanstack/react-query';
import type { DateRange, TemplateAnalytics } from '../api';
import { useSixtySeconds } from './context';
import { toQueryResult } from './query-result';
import { hookReadOptions } from './read-options';
import { templateRead, type UseTemplateAnalyticsResult } from './use-template-analytics';

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
 * Two to four templates' analytics over one period: one read per template (`useQueries`) under the same key as
 * `useTemplateAnalytics`, so a template panel elsewhere on the page shares its request.
 */
export function useTemplateComparison(
  templateIds: readonly string[],
  range: DateRange = {},
): UseTemplateComparisonResult {
  const context = useSixtySeconds();
  const ids = [...new Set(templateIds)].slice(0, MAX_COMPARED_TEMPLATES);
  const { queryClient } = context;
  const queries = ids.map((templateId) => {
    const { query, load } = templateRead(templateId, range);
    return hookReadOptions(context, 'templateAnalytics', query, load);
  });
  const results = useQueries({ queries }, queryClient);
  const templates = ids.map((templateId, i) => {
    const cancel = () => queryClient.cancelQueries({ queryKey: queries[i]?.queryKey, exact: true });
    const { isPreviousData: _, ...result } = toQueryResult(results[i] as (typeof results)[number], true, cancel);
    return { templateId, ...result };
  });
  return {
    templates,
    loaded: templates.flatMap((entry) => (entry.data ? [entry.data] : [])),
    isLoading: templates.some((entry) => entry.isLoading),
  };
}
