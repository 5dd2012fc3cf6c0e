import { forwardRef } from 'react';
import type { VideoAnalytics } from '../../api';
import { useLocale, useVideoAnalytics } from '../../hooks';
import { CompletionFunnel, DemographicsDonut, EngagementBreakdown } from '../charts';
import { formatDate } from '../format';
import { AccountComparedMetricCards } from './AccountComparedMetricCards';
import { AnalyticsPanelFrame, type AnalyticsPanelProps } from './AnalyticsPanel';
import { CompareToggle, type PanelCompareProps, useCompareState } from './CompareToggle';
import { DateRangeFilter } from './DateRangeFilter';
import type { DateRangeValue } from './date-range';
import { ExportButton } from './ExportButton';
import { MetricCards } from './MetricCards';
import { PanelEmpty, PanelError, PanelSkeleton } from './PanelStates';
import { type PreviousFigures, previousBaseline, previousPeriod } from './period-delta';
import { useRangeState } from './use-range-state';

/** Props of `VideoAnalyticsPanel`. */
export interface VideoAnalyticsPanelProps extends AnalyticsPanelProps, PanelCompareProps {
  /** The video to report on. */
  videoId: string;
  /** Compare the cards with the account's per-video averages over the same period; on by default, off while `compare` is on. */
  compareToAccount?: boolean;
}

function VideoBody({
  data,
  range,
  compareToAccount,
  previous,
}: {
  data: VideoAnalytics;
  range: DateRangeValue;
  compareToAccount: boolean;
  /** Set while comparing with the previous period (figures still loading: `undefined` inside). */
  previous: { figures: PreviousFigures<keyof VideoAnalytics['metrics']> | undefined } | undefined;
}) {
  if (data.metrics.views === 0) {
    return (
      <PanelEmpty
        title={range.startDate || range.endDate ? 'No views in this period.' : 'Nobody has watched this video yet.'}
      >
        Views, watch time, engagement and audience appear here once people start watching.
      </PanelEmpty>
    );
  }
  return (
    <>
      {previous ? (
        <MetricCards metrics={data.metrics} previous={previous.figures} />
      ) : compareToAccount ? (
        <AccountComparedMetricCards metrics={data.metrics} range={range} />
      ) : (
        <MetricCards metrics={data.metrics} />
      )}
      <div className="ss-analytics-panel-grid">
        <CompletionFunnel data={data.watch_time_distribution} />
        <EngagementBreakdown data={data.engagement} />
        <DemographicsDonut data={data.viewer_demographics} dimension="devices" total={data.metrics.unique_viewers} />
        <DemographicsDonut data={data.viewer_demographics} dimension="browsers" total={data.metrics.unique_viewers} />
        <DemographicsDonut data={data.viewer_demographics} dimension="countries" total={data.metrics.unique_viewers} />
      </div>
    </>
  );
}

/** One video's analytics: cards (compared with the account), watch-through, engagement and audience, with export. */
export const VideoAnalyticsPanel = forwardRef<HTMLElement, VideoAnalyticsPanelProps>(function VideoAnalyticsPanel(
  {
    videoId,
    range: rangeProp,
    onRangeChange,
    today,
    compareToAccount = true,
    compare: compareProp,
    defaultCompare,
    onCompareChange,
    ...rest
  },
  ref,
) {
  const locale = useLocale();
  const [range, setRange] = useRangeState(rangeProp, onRangeChange);
  const { data, error, isValidating, refetch } = useVideoAnalytics(videoId, range);
  const [compare, setCompare] = useCompareState(
    { compare: compareProp, defaultCompare, onCompareChange },
    'VideoAnalyticsPanel',
  );
  // A video's default period is the API's choice and not in its answer, so only a chosen period has a "before".
  const period = compare === 'previous-period' ? previousPeriod(range) : undefined;
  const before = useVideoAnalytics(period ? videoId : null, period ?? {});
  const previous =
    compare === 'previous-period'
      ? {
          figures:
            period && before.data
              ? { figures: previousBaseline(before.data.metrics, before.data.metrics.views), days: period.days }
              : undefined,
        }
      : undefined;

  return (
    <AnalyticsPanelFrame
      ref={ref}
      {...rest}
      variant="ss-analytics-panel--video"
      busy={!data && !error}
      title={data ? data.title : 'Video analytics'}
      subtitle={
        data ? (
          <>
            <span className="ss-analytics-panel-id">{data.video_id}</span> · Created{' '}
            {formatDate(data.created_at, locale)}
          </>
        ) : null
      }
      toolbar={
        <>
          <DateRangeFilter value={range} onChange={setRange} today={today} />
          <CompareToggle value={compare} onChange={setCompare} />
          <ExportButton type="video" id={videoId} startDate={range.startDate} endDate={range.endDate} />
        </>
      }
    >
      {compare === 'previous-period' && !period ? (
        <p className="ss-compare-hint" role="status">
          Choose a period above to compare it with the one before.
        </p>
      ) : null}
      {period && before.error ? (
        <PanelError
          error={before.error}
          what="the previous period"
          retrying={before.isValidating}
          onRetry={() => void before.refetch()}
        />
      ) : null}
      {data ? (
        <VideoBody data={data} range={range} compareToAccount={compareToAccount} previous={previous} />
      ) : error ? (
        <PanelError
          error={error}
          what="this video's analytics"
          retrying={isValidating}
          onRetry={() => void refetch()}
        />
      ) : (
        <PanelSkeleton label="Loading video analytics…" />
      )}
    </AnalyticsPanelFrame>
  );
});
