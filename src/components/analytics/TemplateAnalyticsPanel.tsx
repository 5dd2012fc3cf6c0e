'use client';
import { forwardRef } from 'react';
import { useAnalyticsExport, useLocale, useMessageOverrides, useTemplateAnalytics } from '../../hooks';
import { useWords } from '../../hooks/use-words';
import { panelWords } from '../../messages/words';
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
  function TemplateAnalyticsPanel(
    { templateId, range: rangeProp, defaultRange, onRangeChange, today, messages, ...rest },
    ref,
  ) {
    const [range, setRange] = usePanelRange(
      { range: rangeProp, defaultRange, onRangeChange },
      'TemplateAnalyticsPanel',
    );
    const locale = useLocale();
    const m = useWords(panelWords, messages);
    // Server-safe cards read no context: they get the provider's words with the panel's on top.
    const cardMessages = useMessageOverrides(messages);
    const { data, error, isValidating, refetch } = useTemplateAnalytics(templateId, range);
    const exporter = useAnalyticsExport();
    // A template that does not exist is a finished answer: nothing to retry, filter or export.
    const notFound = !data && error?.status === 404;

    return (
      <AnalyticsPanelFrame
        ref={ref}
        {...rest}
        variant="ss-analytics-panel--template"
        busy={Boolean(templateId) && !data && !error}
        title={data ? m.panelTemplateNamed({ name: data.name }) : m.panelTemplateTitle}
        subtitle={data ? <span className="ss-analytics-panel-id">{data.template_id}</span> : null}
        toolbar={
          notFound ? null : (
            <>
              <DateRangeFilter range={range} onRangeChange={setRange} today={today} messages={messages} />
              <ExportButton
                exporter={exporter}
                type="template"
                id={templateId}
                startDate={range.startDate}
                endDate={range.endDate}
                messages={messages}
              />
            </>
          )
        }
      >
        {!templateId ? (
          <PanelEmpty title={m.panelNoTemplate}>{m.panelNoTemplateText}</PanelEmpty>
        ) : data ? (
          data.total_videos === 0 ? (
            <PanelEmpty title={m.panelTemplateUnused}>{m.panelTemplateUnusedText}</PanelEmpty>
          ) : (
            <>
              <TemplateSummaryCards analytics={data} locale={locale} messages={cardMessages} />
              <MetricsDistribution data={data.metrics_distribution} messages={messages} />
              <TopVideosTable videos={data.top_performing_videos} caption={m.panelTopPerforming} messages={messages} />
            </>
          )
        ) : notFound ? (
          <PanelEmpty title={m.panelTemplateNotFound}>{m.panelTemplateNotFoundText}</PanelEmpty>
        ) : error ? (
          <PanelError
            error={error}
            text={(reason) => m.panelTemplateError({ reason })}
            retrying={isValidating}
            onRetry={() => void refetch()}
            messages={messages}
          />
        ) : (
          <PanelSkeleton label={m.panelLoadingTemplate} cards={4} blocks={2} />
        )}
      </AnalyticsPanelFrame>
    );
  },
);
