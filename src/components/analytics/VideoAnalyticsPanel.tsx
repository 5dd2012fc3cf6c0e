'use client';
import { forwardRef } from 'react';
import { DEFAULT_GROUP_BY, type VideoAnalytics, type VideoMetrics } from '../../api';
import {
  useAccountAnalytics,
  useAnalyticsExport,
  useLocale,
  useMessageOverrides,
  useVideoAnalytics,
} from '../../hooks';
import { useWords } from '../../hooks/use-words';
import type { MessageOverrides } from '../../messages';
import { panelWords } from '../../messages/words';
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
  messages,
}: {
  messages: MessageOverrides | undefined;
  data: VideoAnalytics;
  range: DateRangeValue;
  baseline: Partial<VideoMetrics> | undefined;
  /** Set while comparing with the previous period (figures still loading: `undefined` inside). */
  previous: { figures: PreviousFigures<keyof VideoAnalytics['metrics']> | undefined } | undefined;
}) {
  const locale = useLocale();
  const m = useWords(panelWords, messages);
  // Server-safe cards read no context: they get the provider's words with the panel's on top.
  const cardMessages = useMessageOverrides(messages);
  if (data.metrics.views === 0) {
    return (
      <PanelEmpty title={range.startDate || range.endDate ? m.panelVideoNoViewsInPeriod : m.panelVideoNeverWatched}>
        {m.panelVideoNoViewsText}
      </PanelEmpty>
    );
  }
  const audience = { data: data.viewer_demographics, total: data.metrics.unique_viewers, messages };
  return (
    <>
      {previous ? (
        <MetricCards metrics={data.metrics} previous={previous.figures} locale={locale} messages={cardMessages} />
      ) : (
        <MetricCards metrics={data.metrics} baseline={baseline} locale={locale} messages={cardMessages} />
      )}
      {/* Two halves (watch-through, engagement), then three thirds (audience); the grid fills every row. */}
      <div className="ss-analytics-panel-grid ss-analytics-panel-grid--video">
        <CompletionFunnel data={data.watch_time_distribution} messages={messages} className="ss-analytics-tile--half" />
        <EngagementBreakdown data={data.engagement} messages={messages} className="ss-analytics-tile--half" />
        <DemographicsDonut {...audience} dimension="devices" className="ss-analytics-tile--third" />
        <DemographicsDonut {...audience} dimension="browsers" className="ss-analytics-tile--third" />
        <DemographicsDonut {...audience} dimension="countries" className="ss-analytics-tile--third" />
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
    messages,
    ...rest
  },
  ref,
) {
  const locale = useLocale();
  const m = useWords(panelWords, messages);
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

  // A video that does not exist is a finished answer: nothing to retry, filter or export.
  const notFound = !data && error?.status === 404;

  return (
    <AnalyticsPanelFrame
      ref={ref}
      {...rest}
      variant="ss-analytics-panel--video"
      busy={Boolean(videoId) && !data && !error}
      title={data ? data.title : m.panelVideoTitle}
      subtitle={
        data ? (
          <>
            <span className="ss-analytics-panel-id">{data.video_id}</span> ·{' '}
            {m.panelVideoCreated({ date: formatDate(data.created_at, locale) })}
          </>
        ) : null
      }
      toolbar={
        notFound ? null : (
          <>
            <DateRangeFilter range={range} onRangeChange={setRange} today={today} messages={messages} />
            <CompareToggle value={compare} onChange={setCompare} messages={messages} />
            <ExportButton
              exporter={exporter}
              type="video"
              id={videoId}
              startDate={range.startDate}
              endDate={range.endDate}
              messages={messages}
            />
          </>
        )
      }
    >
      {videoId && compare === 'previous-period' && !period && !notFound ? (
        <p className="ss-compare-hint" role="status">
          {m.compareChoosePeriod}
        </p>
      ) : null}
      {period && before.error && !notFound ? (
        <PanelError
          error={before.error}
          text={(reason) => m.panelPreviousError({ reason })}
          retrying={before.isValidating}
          onRetry={() => void before.refetch()}
          messages={messages}
        />
      ) : null}
      {!videoId ? (
        <PanelEmpty title={m.panelNoVideo}>{m.panelNoVideoText}</PanelEmpty>
      ) : data ? (
        <VideoBody
          data={data}
          range={range}
          baseline={summary ? accountBaseline(summary) : undefined}
          previous={previous}
          messages={messages}
        />
      ) : notFound ? (
        <PanelEmpty title={m.panelVideoNotFound}>{m.panelVideoNotFoundText}</PanelEmpty>
      ) : error ? (
        <PanelError
          error={error}
          text={(reason) => m.panelVideoError({ reason })}
          retrying={isValidating}
          onRetry={() => void refetch()}
          messages={messages}
        />
      ) : (
        <PanelSkeleton label={m.panelLoadingVideo} cards={6} tiles={5} blocks={0} />
      )}
    </AnalyticsPanelFrame>
  );
});
