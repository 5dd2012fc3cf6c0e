import { forwardRef, useState } from 'react';
import type { GroupBy } from '../../api';
import { useAccountAnalytics, useLocale } from '../../hooks';
import { TrendChart } from '../charts';
import { formatDate } from '../format';
import { AnalyticsPanelFrame, type AnalyticsPanelProps } from './AnalyticsPanel';
import { CompareToggle, type PanelCompareProps, useCompareState } from './CompareToggle';
import { DateRangeFilter } from './DateRangeFilter';
import { ExportButton } from './ExportButton';
import { GroupBySwitch } from './GroupBySwitch';
import { PanelError, PanelSkeleton } from './PanelStates';
import { AccountSummaryCards } from './SummaryCards';
import { TopVideosTable } from './TopVideosTable';
import { usePreviousAccount } from './use-previous-account';
import { useRangeState } from './use-range-state';

/** Props of `AccountAnalyticsPanel`. */
export interface AccountAnalyticsPanelProps extends AnalyticsPanelProps, PanelCompareProps {
  /** How trends are bucketed; controlled when given (with `onGroupByChange`), `week` and local otherwise. */
  groupBy?: GroupBy;
  /** Called when the user picks day, week or month. */
  onGroupByChange?: (groupBy: GroupBy) => void;
}

/** The whole account: summary cards, the views/completion/engagement trend and the top videos, with export. */
export const AccountAnalyticsPanel = forwardRef<HTMLElement, AccountAnalyticsPanelProps>(function AccountAnalyticsPanel(
  {
    range: rangeProp,
    onRangeChange,
    today,
    groupBy: groupByProp,
    onGroupByChange,
    compare: compareProp,
    defaultCompare,
    onCompareChange,
    ...rest
  },
  ref,
) {
  const locale = useLocale();
  const [range, setRange] = useRangeState(rangeProp, onRangeChange);
  const [localGroupBy, setLocalGroupBy] = useState<GroupBy>('week');
  const groupBy = groupByProp ?? localGroupBy;
  const changeGroupBy = (next: GroupBy) => {
    if (groupByProp === undefined) setLocalGroupBy(next);
    onGroupByChange?.(next);
  };
  const { data, error, isValidating, refetch } = useAccountAnalytics({ ...range, groupBy });
  const [compare, setCompare] = useCompareState(
    { compare: compareProp, defaultCompare, onCompareChange },
    'AccountAnalyticsPanel',
  );
  const previous = usePreviousAccount(compare === 'previous-period', range, groupBy, data, locale);

  return (
    <AnalyticsPanelFrame
      ref={ref}
      {...rest}
      variant="ss-analytics-panel--account"
      busy={!data && !error}
      title="Account analytics"
      subtitle={
        data ? `${formatDate(data.period.start_date, locale)} – ${formatDate(data.period.end_date, locale)}` : null
      }
      toolbar={
        <>
          <DateRangeFilter value={range} onChange={setRange} today={today} />
          <GroupBySwitch value={groupBy} onChange={changeGroupBy} />
          <CompareToggle value={compare} onChange={setCompare} />
          <ExportButton type="account" startDate={range.startDate} endDate={range.endDate} />
        </>
      }
    >
      {data ? (
        <>
          {previous.error ? (
            <PanelError
              error={previous.error}
              what="the previous period"
              retrying={previous.isValidating}
              onRetry={() => void previous.refetch()}
            />
          ) : null}
          <AccountSummaryCards summary={data.summary} previous={previous.figures} />
          <TrendChart data={data.trends} groupBy={groupBy} previous={previous.trend} />
          <TopVideosTable videos={data.top_videos} caption="Top videos" />
        </>
      ) : error ? (
        <PanelError
          error={error}
          what="the account's analytics"
          retrying={isValidating}
          onRetry={() => void refetch()}
        />
      ) : (
        <PanelSkeleton label="Loading account analytics…" />
      )}
    </AnalyticsPanelFrame>
  );
});
