'use client';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { forwardRef } from 'react';
import { DEFAULT_GROUP_BY, type GroupBy } from '../../api';
import { useAccountAnalytics, useAnalyticsExport, useLocale, useMessageOverrides } from '../../hooks';
import { useWords } from '../../hooks/use-words';
import { panelWords } from '../../messages/words';
import { TrendChart } from '../charts';
import { formatDate } from '../format';
import { AnalyticsPanelFrame, type AnalyticsPanelProps, usePanelRange } from './AnalyticsPanel';
import { CompareToggle, type PanelCompareProps, useCompareState } from './CompareToggle';
import { DateRangeFilter } from './DateRangeFilter';
import { ExportButton } from './ExportButton';
import { GroupBySwitch } from './GroupBySwitch';
import { PanelEmpty, PanelError, PanelSkeleton } from './PanelStates';
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
    messages,
    ...rest
  },
  ref,
) {
  const locale = useLocale();
  const m = useWords(panelWords, messages);
  // Server-safe cards read no context: they get the provider's words with the panel's on top.
  const cardMessages = useMessageOverrides(messages);
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
  const previous = usePreviousAccount(compare === 'previous-period', range, groupBy, data, m);
  // The period the answer covers: the API's choice while none is picked.
  const period = data && { startDate: data.period.start_date, endDate: data.period.end_date };

  return (
    <AnalyticsPanelFrame
      ref={ref}
      {...rest}
      variant="ss-analytics-panel--account"
      busy={!data && !error}
      title={m.panelAccountTitle}
      subtitle={
        period
          ? m.panelPeriod({ start: formatDate(period.startDate, locale), end: formatDate(period.endDate, locale) })
          : null
      }
      toolbar={
        <>
          <DateRangeFilter
            range={range}
            onRangeChange={setRange}
            today={today}
            effectiveRange={period}
            messages={messages}
          />
          <GroupBySwitch groupBy={groupBy} onGroupByChange={setGroupBy} messages={messages} />
          <CompareToggle value={compare} onChange={setCompare} messages={messages} />
          <ExportButton
            exporter={exporter}
            type="account"
            startDate={range.startDate}
            endDate={range.endDate}
            messages={messages}
          />
        </>
      }
    >
      {data ? (
        <>
          {previous.error ? (
            <PanelError
              error={previous.error}
              text={(reason) => m.panelPreviousError({ reason })}
              retrying={previous.isValidating}
              onRetry={() => void previous.refetch()}
              messages={messages}
            />
          ) : null}
          <AccountSummaryCards
            summary={data.summary}
            previous={previous.figures}
            locale={locale}
            messages={cardMessages}
          />
          {data.summary.total_views === 0 ? (
            // No views: a trend would be a flat zero line and the ranking empty, so one calm message stands for both.
            <PanelEmpty title={m.panelAccountNoViews}>{m.panelAccountNoViewsText}</PanelEmpty>
          ) : (
            <>
              <TrendChart data={data.trends} groupBy={groupBy} previous={previous.trend} messages={messages} />
              <TopVideosTable videos={data.top_videos} caption={m.panelTopVideos} messages={messages} />
            </>
          )}
        </>
      ) : error ? (
        <PanelError
          error={error}
          text={(reason) => m.panelAccountError({ reason })}
          retrying={isValidating}
          onRetry={() => void refetch()}
          messages={messages}
        />
      ) : (
        <PanelSkeleton label={m.panelLoadingAccount} cards={6} blocks={2} />
      )}
    </AnalyticsPanelFrame>
  );
});
