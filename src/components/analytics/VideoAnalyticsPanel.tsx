'use client';
import { forwardRef } from 'react';
import { DEFAULT_GROUP_BY, type VideoAnalytics, type VideoMetrics } from '../../api';
import { useAccountAnalytics, useAnalyticsExport, useLocale, useVideoAnalytics } from '../../hooks';
import { CompletionFunnel, DemographicsDonut, EngagementBreakdown } from '../charts';
import { formatDate } from '../format';
import { AnalyticsPanelFrame, type AnalyticsPanelProps, usePanelRange } from './AnalyticsPanel';
import { CompareToggle, type PanelCompareProps, useCompareState } from './CompareToggle';
import { accountBaseline } from './comparison';
import { DateRangeFilter } from './DateRangeFilter';
import type { DateRangeValue } from './date-range';
import { ExportButton } from './ExportButton';
import { MetricCards } from './MetricCards';
import { PanelEmpty, PanelError, PanelSkeleton } from './PanelStates';
import { type PreviousFigures, previousBaseline, previousPeriod } from './period-delta';

/** Props of `VideoAnalyticsPanel`. */
export interface VideoAnalyticsPanelProps extends AnalyticsPanelProps, PanelCompareProps {
  /** The video to report on; the panel waits (and asks for none) until there is one. */
  videoId?: string | undefined;
  /** Compare the cards with the account's per-video averages over the same period; on by default, off while `compare` is on. */
  compareToAccount?: boolean | undefined;
}

function VideoBody({
  data,
  range,
  baseline,
  previous,
}: {
  data: VideoAnalytics;
  range: DateRangeValue;
  baseline: Partial<VideoMetrics> | undefined;
  /** Set while comparing with the previous period (figures still loading: `undefined` inside). */
  previous: { figures: PreviousFigures<keyof VideoAnalytics['metrics']> | undefined } | undefined;
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
      {previous ? (
        <MetricCards metrics={data.metrics} previous={previous.figures} locale={locale} />
      ) : (
        <MetricCards metrics={data.metrics} baseline={baseline} locale={locale} />
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
    defaultRange,
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
  const [range, setRange] = usePanelRange({ range: rangeProp, defaultRange, onRangeChange }, 'VideoAnalyticsPanel');
  const { data, error, isValidating, refetch } = useVideoAnalytics(videoId, range);
  const [compare, setCompare] = useCompareState(
    { compare: compareProp, defaultCompare, onCompareChange },
    'VideoAnalyticsPanel',
  );
  // One comparison per card: the account baseline only while the period comparison is off (the host chooses). The
  // account panel's default grouping, so a dashboard showing both sends this request once.
  const withAccount = Boolean(videoId) && compareToAccount && compare !== 'previous-period';
  const account = useAccountAnalytics(withAccount ? { ...range, groupBy: DEFAULT_GROUP_BY } : null);
  const summary = withAccount ? account.data?.summary : undefined;
  const exporter = useAnalyticsExport();
  // A video's default period is the API's choice and not in its answer, so only a chosen period has a "before".
  const period = compare === 'previous-period' ? previousPeriod(range) : undefined;
  const before = useVideoAnalytics(period && videoId ? videoId : null, period ?? {});
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
          <CompareToggle value={compare} onChange={setCompare} />
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
      {videoId && compare === 'previous-period' && !period ? (
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
      {!videoId ? (
        <PanelEmpty title="No video chosen.">Choose a video and its analytics appear here.</PanelEmpty>
      ) : data ? (
        <VideoBody
          data={data}
          range={range}
          baseline={summary ? accountBaseline(summary) : undefined}
          previous={previous}
        />
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
