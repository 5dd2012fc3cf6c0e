'use client';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { forwardRef } from 'react';
import { DEFAULT_GROUP_BY, type GroupBy } from '../../api';
import { useAccountAnalytics, useAnalyticsExport, useLocale } from '../../hooks';
import { TrendChart } from '../charts';
import { formatDate } from '../format';
import { AnalyticsPanelFrame, type AnalyticsPanelProps, usePanelRange } from './AnalyticsPanel';
import { CompareToggle, type PanelCompareProps, useCompareState } from './CompareToggle';
import { DateRangeFilter } from './DateRangeFilter';
import { ExportButton } from './ExportButton';
import { GroupBySwitch } from './GroupBySwitch';
import { PanelError, PanelSkeleton } from './PanelStates';
import { AccountSummaryCards } from './SummaryCards';
import { TopVideosTable } from './TopVideosTable';
import { usePreviousAccount } from './use-previous-account';

/** Props of `AccountAnalyticsPanel`. */
export interface AccountAnalyticsPanelProps extends AnalyticsPanelProps, PanelCompareProps {
  /** How trends are bucketed (controlled, with `onGroupByChange`). */
  groupBy?: GroupBy | undefined;
  /** How trends are bucketed first when uncontrolled; `week` by default. */
  defaultGroupBy?: GroupBy | undefined;
  /** Called when the user picks day, week or month. */
  onGroupByChange?: ((groupBy: GroupBy) => void) | undefined;
}

/** The whole account: summary cards, the views/completion/engagement trend and the top videos, with export. */
export const AccountAnalyticsPanel = forwardRef<HTMLElement, AccountAnalyticsPanelProps>(function AccountAnalyticsPanel(
  {
    range: rangeProp,
    defaultRange,
    onRangeChange,
    today,
    groupBy: groupByProp,
    defaultGroupBy = DEFAULT_GROUP_BY,
    onGroupByChange,
    compare: compareProp,
    defaultCompare,
    onCompareChange,
    ...rest
  },
  ref,
) {
  const locale = useLocale();
  const [range, setRange] = usePanelRange({ range: rangeProp, defaultRange, onRangeChange }, 'AccountAnalyticsPanel');
  const [groupBy, setGroupBy] = useControllableState({
    prop: groupByProp,
    defaultProp: defaultGroupBy,
    onChange: onGroupByChange,
    caller: 'AccountAnalyticsPanel',
  });
  const { data, error, isValidating, refetch } = useAccountAnalytics({ ...range, groupBy });
  const exporter = useAnalyticsExport();
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
          <DateRangeFilter range={range} onRangeChange={setRange} today={today} />
          <GroupBySwitch groupBy={groupBy} onGroupByChange={setGroupBy} />
          <CompareToggle value={compare} onChange={setCompare} />
          <ExportButton exporter={exporter} type="account" startDate={range.startDate} endDate={range.endDate} />
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
          <AccountSummaryCards summary={data.summary} previous={previous.figures} locale={locale} />
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
