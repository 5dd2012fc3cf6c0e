import { forwardRef } from 'react';
import { useLocale, useTemplateAnalytics } from '../../hooks';
import { TemplatePerformance } from '../charts';
import { AnalyticsPanelFrame, type AnalyticsPanelProps } from './AnalyticsPanel';
import { DateRangeFilter } from './DateRangeFilter';
import { ExportButton } from './ExportButton';
import { PanelEmpty, PanelError, PanelSkeleton } from './PanelStates';
import { TemplateSummaryCards } from './SummaryCards';
import { TopVideosTable } from './TopVideosTable';
import { useRangeState } from './use-range-state';

/** Props of `TemplateAnalyticsPanel`. */
export interface TemplateAnalyticsPanelProps extends AnalyticsPanelProps {
  /** The template to report on. */
  templateId: string;
}

/** A template's results: totals, the spread of completion, engagement and watch time, and its best videos. */
export const TemplateAnalyticsPanel = forwardRef<HTMLElement, TemplateAnalyticsPanelProps>(
  function TemplateAnalyticsPanel({ templateId, range: rangeProp, onRangeChange, today, ...rest }, ref) {
    const locale = useLocale();
    const [range, setRange] = useRangeState(rangeProp, onRangeChange);
    const { data, error, isValidating, refetch } = useTemplateAnalytics(templateId, range);

    return (
      <AnalyticsPanelFrame
        ref={ref}
        {...rest}
        variant="ss-analytics-panel--template"
        busy={!data && !error}
        title={data ? `Template: ${data.name}` : 'Template analytics'}
        subtitle={data ? <span className="ss-analytics-panel-id">{data.template_id}</span> : null}
        toolbar={
          <>
            <DateRangeFilter value={range} onChange={setRange} today={today} />
            <ExportButton type="template" id={templateId} startDate={range.startDate} endDate={range.endDate} />
          </>
        }
      >
        {data ? (
          data.total_videos === 0 ? (
            <PanelEmpty title="No videos use this template yet.">
              Create a video from it and its results appear here.
            </PanelEmpty>
          ) : (
            <>
              <TemplateSummaryCards analytics={data} locale={locale} />
              <TemplatePerformance data={data.metrics_distribution} />
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
