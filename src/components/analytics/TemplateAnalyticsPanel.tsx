'use client';
import { forwardRef } from 'react';
import { useAnalyticsExport, useLocale, useTemplateAnalytics } from '../../hooks';
import { MetricsDistribution } from '../charts';
import { AnalyticsPanelFrame, type AnalyticsPanelProps, usePanelRange } from './AnalyticsPanel';
import { DateRangeFilter } from './DateRangeFilter';
import { ExportButton } from './ExportButton';
import { PanelEmpty, PanelError, PanelSkeleton } from './PanelStates';
import { TemplateSummaryCards } from './SummaryCards';
import { TopVideosTable } from './TopVideosTable';

/** Props of `TemplateAnalyticsPanel`. */
export interface TemplateAnalyticsPanelProps extends AnalyticsPanelProps {
  /** The template to report on; the panel waits (and asks for none) until there is one. */
  templateId?: string | undefined;
}

/** A template's results: totals, the spread of completion, engagement and watch time, and its best videos. */
export const TemplateAnalyticsPanel = forwardRef<HTMLElement, TemplateAnalyticsPanelProps>(
  function TemplateAnalyticsPanel({ templateId, range: rangeProp, defaultRange, onRangeChange, today, ...rest }, ref) {
    const [range, setRange] = usePanelRange(
      { range: rangeProp, defaultRange, onRangeChange },
      'TemplateAnalyticsPanel',
    );
    const locale = useLocale();
    const { data, error, isValidating, refetch } = useTemplateAnalytics(templateId, range);
    const exporter = useAnalyticsExport();

    return (
      <AnalyticsPanelFrame
        ref={ref}
        {...rest}
        variant="ss-analytics-panel--template"
        busy={Boolean(templateId) && !data && !error}
        title={data ? `Template: ${data.name}` : 'Template analytics'}
        subtitle={data ? <span className="ss-analytics-panel-id">{data.template_id}</span> : null}
        toolbar={
          <>
            <DateRangeFilter range={range} onRangeChange={setRange} today={today} />
            <ExportButton
              exporter={exporter}
              type="template"
              id={templateId}
              startDate={range.startDate}
              endDate={range.endDate}
            />
          </>
        }
      >
        {!templateId ? (
          <PanelEmpty title="No template chosen.">Choose a template and its results appear here.</PanelEmpty>
        ) : data ? (
          data.total_videos === 0 ? (
            <PanelEmpty title="No videos use this template yet.">
              Create a video from it and its results appear here.
            </PanelEmpty>
          ) : (
            <>
              <TemplateSummaryCards analytics={data} locale={locale} />
              <MetricsDistribution data={data.metrics_distribution} />
              <TopVideosTable videos={data.top_performing_videos} caption="Top performing videos" />
            </>
          )
        ) : error ? (
          <PanelError
            error={error}
            what="this template's analytics"
            retrying={isValidating}
            onRetry={() => void refetch()}
          />
        ) : (
          <PanelSkeleton label="Loading template analytics…" />
        )}
      </AnalyticsPanelFrame>
    );
  },
);
