import { forwardRef } from 'react';
import type { VideoAnalytics } from '../../api';
import { useLocale, useVideoAnalytics } from '../../hooks';
import { CompletionFunnel, DemographicsDonut, EngagementBreakdown } from '../charts';
import { formatDate } from '../format';
import { AccountComparedMetricCards } from './AccountComparedMetricCards';
import { AnalyticsPanelFrame, type AnalyticsPanelProps } from './AnalyticsPanel';
import { DateRangeFilter } from './DateRangeFilter';
import type { DateRangeValue } from './date-range';
import { ExportButton } from './ExportButton';
import { MetricCards } from './MetricCards';
import { PanelEmpty, PanelError, PanelSkeleton } from './PanelStates';
import { useRangeState } from './use-range-state';

/** Props of `VideoAnalyticsPanel`. */
export interface VideoAnalyticsPanelProps extends AnalyticsPanelProps {
  /** The video to report on. */
  videoId: string;
  /** Compare the cards with the account's per-video averages over the same period; on by default. */
  compareToAccount?: boolean;
}

function VideoBody({
  data,
  range,
  compareToAccount,
}: {
  data: VideoAnalytics;
  range: DateRangeValue;
  compareToAccount: boolean;
}) {
  const locale = useLocale();
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
      {compareToAccount ? (
        <AccountComparedMetricCards metrics={data.metrics} range={range} />
      ) : (
        <MetricCards metrics={data.metrics} locale={locale} />
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
  { videoId, range: rangeProp, onRangeChange, today, compareToAccount = true, ...rest },
  ref,
) {
  const locale = useLocale();
  const [range, setRange] = useRangeState(rangeProp, onRangeChange);
  const { data, error, isValidating, refetch } = useVideoAnalytics(videoId, range);

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
          <ExportButton type="video" id={videoId} startDate={range.startDate} endDate={range.endDate} />
        </>
      }
    >
      {data ? (
        <VideoBody data={data} range={range} compareToAccount={compareToAccount} />
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
