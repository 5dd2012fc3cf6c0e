'use client';
import { forwardRef } from 'react';
import { DEFAULT_GROUP_BY, type VideoAnalytics, type VideoMetrics } from '../../api';
import { useAccountAnalytics, useAnalyticsExport, useLocale, useVideoAnalytics } from '../../hooks';
import { CompletionFunnel, DemographicsDonut, EngagementBreakdown } from '../charts';
import { formatDate } from '../format';
import { AnalyticsPanelFrame, type AnalyticsPanelProps, usePanelRange } from './AnalyticsPanel';
import { accountBaseline } from './comparison';
import { DateRangeFilter } from './DateRangeFilter';
import type { DateRangeValue } from './date-range';
import { ExportButton } from './ExportButton';
import { MetricCards } from './MetricCards';
import { PanelEmpty, PanelError, PanelSkeleton } from './PanelStates';

/** Props of `VideoAnalyticsPanel`. */
export interface VideoAnalyticsPanelProps extends AnalyticsPanelProps {
  /** The video to report on; the panel waits (and asks for none) until there is one. */
  videoId?: string | undefined;
  /** Compare the cards with the account's per-video averages over the same period; on by default. */
  compareToAccount?: boolean | undefined;
}

function VideoBody({
  data,
  range,
  baseline,
}: {
  data: VideoAnalytics;
  range: DateRangeValue;
  baseline: Partial<VideoMetrics> | undefined;
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
      <MetricCards metrics={data.metrics} baseline={baseline} locale={locale} />
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
  { videoId, range: rangeProp, defaultRange, onRangeChange, today, compareToAccount = true, ...rest },
  ref,
) {
  const locale = useLocale();
  const [range, setRange] = usePanelRange({ range: rangeProp, defaultRange, onRangeChange }, 'VideoAnalyticsPanel');
  const { data, error, isValidating, refetch } = useVideoAnalytics(videoId, range);
  // The account panel's default grouping, so a dashboard showing both sends this request once.
  const account = useAccountAnalytics({ ...range, groupBy: DEFAULT_GROUP_BY });
  const summary = compareToAccount ? account.data?.summary : undefined;
  const exporter = useAnalyticsExport();

  return (
    <AnalyticsPanelFrame
      ref={ref}
      {...rest}
      variant="ss-analytics-panel--video"
      busy={Boolean(videoId) && !data && !error}
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
          <DateRangeFilter range={range} onRangeChange={setRange} today={today} />
          <ExportButton
            exporter={exporter}
            type="video"
            id={videoId}
            startDate={range.startDate}
            endDate={range.endDate}
          />
        </>
      }
    >
      {!videoId ? (
        <PanelEmpty title="No video chosen.">Choose a video and its analytics appear here.</PanelEmpty>
      ) : data ? (
        <VideoBody data={data} range={range} baseline={summary ? accountBaseline(summary) : undefined} />
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
