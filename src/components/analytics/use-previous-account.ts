'use client';
import type { AccountAnalytics, GroupBy } from '../../api';
import { useAccountAnalytics } from '../../hooks';
import type { PanelWords } from '../../messages/words';
import type { TrendComparison } from '../charts/TrendChart';
import type { DateRangeValue } from './date-range';
import { type PreviousFigures, previousBaseline, previousPeriod } from './period-delta';

/**
 * The account over the period just before the shown one, grouped the same way: one request while `on`. Its length
 * comes from the chosen range, or from the answer's `period` when the API picked it (then it waits for that answer).
 */
export function usePreviousAccount(
  on: boolean,
  range: DateRangeValue,
  groupBy: GroupBy,
  current: AccountAnalytics | undefined,
  m: PanelWords,
) {
  const shown =
    range.startDate && range.endDate
      ? range
      : current && { startDate: current.period.start_date, endDate: current.period.end_date };
  const period = on && shown ? previousPeriod(shown) : undefined;
  const result = useAccountAnalytics(period ? { startDate: period.startDate, endDate: period.endDate, groupBy } : null);
  const data = period ? result.data : undefined;
  const figures: PreviousFigures<keyof AccountAnalytics['summary']> | undefined =
    data && period
      ? { figures: previousBaseline(data.summary, data.summary.total_views), days: period.days }
      : undefined;
  const trend: TrendComparison | undefined =
    data && period
      ? { data: data.trends, offsetDays: period.days, label: m.comparePreviousDays({ days: period.days }) }
      : undefined;
  return { ...result, error: period ? result.error : undefined, figures, trend };
}
