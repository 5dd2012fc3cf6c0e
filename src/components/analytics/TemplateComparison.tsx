'use client';
import { useControllableState } from '@radix-ui/react-use-controllable-state';
import { forwardRef } from 'react';
import type { Distribution, TemplateAnalytics } from '../../api';
import { useLocale } from '../../hooks/context';
import { type ComparedTemplate, useTemplateComparison } from '../../hooks/use-template-comparison';
import { useWords } from '../../hooks/use-words';
import { type CardWords, cardWords } from '../../messages/words';
import { CHART_COLORS } from '../../theme';
import { BoxPlotChart } from '../charts/BoxPlotChart';
import { niceMax } from '../charts/primitives/scales';
import type { MessagesProps } from '../data-state';
import { formatDate, formatMetric, metricLabel } from '../format';
import type { VideoTemplateOption } from '../video/fields/template-field';
import { AnalyticsPanelFrame, type AnalyticsPanelProps, usePanelRange } from './AnalyticsPanel';
import { ComparisonTotals } from './ComparisonTotals';
import { DateRangeFilter } from './DateRangeFilter';
import { PanelEmpty, PanelError, PanelSkeleton } from './PanelStates';
import { TemplatePicker } from './TemplatePicker';
import { TopVideosTable } from './TopVideosTable';
import { MIN_VIDEOS_TO_COMPARE, templateVerdict } from './template-verdict';

/** Props of `TemplateComparison`. */
export interface TemplateComparisonProps extends AnalyticsPanelProps, MessagesProps {
  /** The templates compared (2 to 4; more are ignored); controlled when given, with `onTemplateIdsChange`. */
  templateIds?: readonly string[] | undefined;
  /** The templates compared first when uncontrolled; the first two of `templates` by default. */
  defaultTemplateIds?: readonly string[] | undefined;
  /** Called when the user ticks or unticks a template in the picker. */
  onTemplateIdsChange?: ((templateIds: string[]) => void) | undefined;
  /** The templates the picker offers (as for `CreateVideoDialog`); without them there is no picker. */
  templates?: readonly VideoTemplateOption[] | undefined;
  /** Fewest videos a template needs before its spread is compared; 5 by default. */
  minVideos?: number | undefined;
  /** A fixed chart width in pixels instead of filling the container (tests, static exports). */
  chartWidth?: number | undefined;
}

type MetricKey = keyof TemplateAnalytics['metrics_distribution'];

/** The three distributions compared, each on one scale shared by every template. */
const METRICS: ReadonlyArray<{
  key: MetricKey;
  label: (m: CardWords) => string;
  max: (summaries: Distribution[]) => number;
}> = [
  { key: 'completion_rate', label: (m) => metricLabel('completion_rate', m), max: () => 1 },
  { key: 'engagement_score', label: (m) => metricLabel('engagement_score', m), max: () => 10 },
  {
    key: 'watch_time',
    label: (m) => m.templatesWatchTime,
    max: (summaries) => niceMax(Math.max(0, ...summaries.map((s) => s.max))),
  },
];

const NO_IDS: readonly string[] = [];
const NO_QUARTILES = [0, 0, 0] as const;
const NO_OPTIONS: readonly VideoTemplateOption[] = [];

/**
 * A template's colour: its place in the host's `templates` when listed there (so ticking another template never
 * recolours it), else its place in the comparison.
 */
const colorOf = (templateId: string, position: number, options: readonly VideoTemplateOption[]) => {
  const listed = options.findIndex((option) => option.id === templateId);
  return CHART_COLORS[(listed >= 0 ? listed : position) % CHART_COLORS.length] as string;
};

/**
 * Two to four templates side by side over one period: box plots of completion rate, engagement score and watch time
 * on shared scales, a verdict in words per metric that names a difference only when the middle halves do not
 * overlap (and says "too few videos" below `minVideos`), totals with the highest marked, and each template's top videos.
 */
export const TemplateComparison = forwardRef<HTMLElement, TemplateComparisonProps>(function TemplateComparison(
  {
    templateIds: idsProp,
    defaultTemplateIds,
    onTemplateIdsChange,
    templates: options = NO_OPTIONS,
    minVideos = MIN_VIDEOS_TO_COMPARE,
    chartWidth,
    range: rangeProp,
    defaultRange,
    onRangeChange,
    today,
    messages,
    ...rest
  },
  ref,
) {
  const locale = useLocale();
  const m = useWords(cardWords, messages);
  const [range, setRange] = usePanelRange({ range: rangeProp, defaultRange, onRangeChange }, 'TemplateComparison');
  const [ids = NO_IDS, setIds] = useControllableState<readonly string[]>({
    prop: idsProp,
    defaultProp: defaultTemplateIds ?? options.slice(0, 2).map((option) => option.id),
    onChange: onTemplateIdsChange as ((ids: readonly string[]) => void) | undefined,
    caller: 'TemplateComparison',
  });
  const { templates, isLoading } = useTemplateComparison(ids, range);
  const nameOf = (entry: ComparedTemplate) =>
    entry.data?.name ?? options.find((option) => option.id === entry.templateId)?.name ?? entry.templateId;
  const colored = templates.map((entry, position) => ({ entry, color: colorOf(entry.templateId, position, options) }));
  const ready = colored.filter(({ entry }) => entry.data) as Array<{
    entry: ComparedTemplate & { data: TemplateAnalytics };
    color: string;
  }>;

  return (
    <AnalyticsPanelFrame
      ref={ref}
      {...rest}
      variant="ss-analytics-panel--comparison"
      busy={isLoading}
      title={m.templatesTitle}
      subtitle={
        range.startDate && range.endDate
          ? `${formatDate(range.startDate, locale)} – ${formatDate(range.endDate, locale)}`
          : m.templatesDefaultPeriod
      }
      toolbar={
        <>
          <DateRangeFilter range={range} onRangeChange={setRange} today={today} />
          {options.length > 0 && (
            <TemplatePicker options={options} value={ids} onChange={(next) => setIds(next)} messages={messages} />
          )}
        </>
      }
    >
      {templates.length < 2 ? (
        <PanelEmpty title={m.templatesChoose}>{m.templatesChooseHint}</PanelEmpty>
      ) : ready.length === 0 && isLoading ? (
        <PanelSkeleton label={m.templatesLoading} blocks={3} />
      ) : (
        <>
          {colored.map(({ entry }) =>
            entry.error ? (
              <PanelError
                key={entry.templateId}
                error={entry.error}
                what={m.templatesErrorWhat({ name: nameOf(entry) })}
                retrying={entry.isValidating}
                onRetry={() => void entry.refetch()}
              />
            ) : !entry.data ? (
              <p key={entry.templateId} className="ss-comparison-loading" role="status">
                {m.templatesLoadingOne({ name: nameOf(entry) })}
              </p>
            ) : null,
          )}
          {ready.length > 0 && (
            <>
              <ComparisonTotals
                columns={ready.map(({ entry, color }) => ({ data: entry.data, color }))}
                locale={locale}
                m={m}
              />
              <p className="ss-comparison-explainer">{m.templatesExplainer({ minVideos })}</p>
              <div className="ss-comparison-metrics">
                {METRICS.map((metric) => {
                  const verdict =
                    ready.length >= 2
                      ? templateVerdict(
                          ready.map(({ entry }) => {
                            // A summary is null when nobody watched: no spread, compared as "no views".
                            const spread = entry.data.metrics_distribution[metric.key];
                            return {
                              name: entry.data.name,
                              videos: entry.data.total_videos,
                              views: spread ? entry.data.total_views : 0,
                              quartiles: spread?.quartiles ?? NO_QUARTILES,
                            };
                          }),
                          minVideos,
                          m,
                        ).text
                      : m.templatesWaiting;
                  const spreads = ready.map(({ entry }) =>
                    entry.data.total_views > 0 ? (entry.data.metrics_distribution[metric.key] ?? undefined) : undefined,
                  );
                  return (
                    <div key={metric.key} className="ss-comparison-metric" data-metric={metric.key}>
                      <BoxPlotChart
                        title={metric.label(m)}
                        rows={ready.map(({ entry, color }, index) => ({
                          key: entry.templateId,
                          label: entry.data.name,
                          color,
                          summary: spreads[index],
                          note: spreads[index]
                            ? m.templatesVideoCount({ count: entry.data.total_videos })
                            : m.templatesNoViews,
                        }))}
                        max={metric.max(spreads.filter((spread) => spread !== undefined))}
                        format={(value, at) => formatMetric(metric.key, value, at)}
                        summary={verdict}
                        width={chartWidth}
                        locale={locale}
                      />
                      <p className="ss-comparison-verdict">
                        <span className="ss-comparison-verdict-label">{metric.label(m)}: </span>
                        {verdict}
                      </p>
                    </div>
                  );
                })}
              </div>
              <div className="ss-comparison-top-videos">
                {ready.map(({ entry }) => (
                  <TopVideosTable
                    key={entry.templateId}
                    videos={entry.data.top_performing_videos}
                    caption={m.templatesTopVideos({ name: entry.data.name })}
                    locale={locale}
                    messages={messages}
                  />
                ))}
              </div>
            </>
          )}
        </>
      )}
    </AnalyticsPanelFrame>
  );
});
