'use client';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useMemo } from 'react';
import type { Engagement } from '../../api';
import { useLocale } from '../../hooks/context';
import { useWords } from '../../hooks/use-words';
import { engagementWords } from '../../messages/words';
import type { DataStateProps } from '../data-state';
import { formatCount } from '../format';
import { ENGAGEMENT_COLORS, type EngagementBar, engagementBars } from './engagement-bars';
import {
  ChartFrame,
  ChartLegend,
  type ChartTitleProps,
  ChartTooltip,
  type MarkProps,
  useActiveMark,
  useContainerWidth,
} from './primitives';

/** What `EngagementBreakdown` hands to a `children` function to draw the bars yourself. */
export interface EngagementBreakdownRenderProps {
  bars: EngagementBar[];
  /** The largest count, which spans the full bar width. */
  max: number;
  width: number;
  /** The highlighted bar's index, or `null`. */
  active: number | null;
  /** Spread on bar `index`'s mark: a labelled tab stop that becomes active (and shows the tooltip) on focus or hover. */
  getMarkProps: (index: number) => MarkProps;
}

/** Props of `EngagementBreakdown`. */
export interface EngagementBreakdownProps
  extends DataStateProps,
    ChartTitleProps,
    Omit<ComponentPropsWithoutRef<'figure'>, 'title' | 'children'> {
  /** `engagement` of a video: clicks, shares and any reactions. */
  data?: Engagement | undefined;
  /** A fixed width in pixels instead of filling the container (tests, static exports). */
  width?: number | undefined;
  /** BCP 47 locale; the provider's (or `en-US`) by default. */
  locale?: string | undefined;
  /** Draw the bars yourself, inside the plot's SVG. */
  children?: ((result: EngagementBreakdownRenderProps) => ReactNode) | undefined;
}

const ROW = 22;
const GAP = 10;
const LABEL = 96;
const VALUE = 56;

/** Horizontal bars of clicks, shares and every reaction type the API reports. */
export const EngagementBreakdown = forwardRef<HTMLElement, EngagementBreakdownProps>(function EngagementBreakdown(
  { data, width: fixedWidth, locale: localeProp, children, messages, ...rest },
  ref,
) {
  const providerLocale = useLocale();
  const locale = localeProp ?? providerLocale;
  const m = useWords(engagementWords, messages, locale);
  const bars = useMemo(() => (data ? engagementBars(data, m) : []), [data, m]);
  const legend = useMemo(
    () => [
      { key: 'click', label: m.metricClicks, color: ENGAGEMENT_COLORS.click },
      { key: 'share', label: m.metricShares, color: ENGAGEMENT_COLORS.share },
      { key: 'reaction', label: m.engagementReactions, color: ENGAGEMENT_COLORS.reaction },
    ],
    [m],
  );
  const max = bars.reduce((acc, bar) => Math.max(acc, bar.count), 0);
  const { ref: plotRef, width } = useContainerWidth(fixedWidth);
  const { active, getMarkProps } = useActiveMark();

  const describe = (bar: EngagementBar) =>
    m.chartLabelValue({
      label: bar.kind === 'reaction' ? m.engagementReactionCount({ label: bar.label }) : bar.label,
      value: formatCount(bar.count, locale),
    });
  const markProps = (index: number) => getMarkProps(index, bars[index] ? describe(bars[index]) : '');
  const height = bars.length * ROW + Math.max(0, bars.length - 1) * GAP;
  const barMax = Math.max(0, width - LABEL - VALUE);
  const barWidth = (count: number) => (max > 0 ? (barMax * count) / max : 0);
  const top = (index: number) => index * (ROW + GAP);
  const activeBar = active === null ? undefined : bars[active];
  // Memoised so hovering a bar does not rebuild the table (ChartDataTable is memo'd on its props).
  const table = useMemo(
    () => ({
      columns: [m.engagementColumnInteraction, m.engagementColumnCount],
      rows: bars.map((bar) => [
        bar.kind === 'reaction' ? m.engagementReactionRow({ label: bar.label }) : bar.label,
        formatCount(bar.count, locale),
      ]),
    }),
    [bars, locale, m],
  );
  const reactions = bars.filter((bar) => bar.kind === 'reaction').reduce((acc, bar) => acc + bar.count, 0);

  return (
    <ChartFrame
      ref={ref}
      chart="engagement"
      title={m.engagementTitle}
      empty={max === 0 && m.engagementEmpty}
      summary={data && m.engagementSummary({ clicks: data.clicks, shares: data.shares, reactions })}
      messages={messages}
      table={table}
      skeletonHeight={5 * ROW + 4 * GAP}
      {...rest}
    >
      <div ref={plotRef} className="ss-chart-plot" style={{ height }}>
        {width > 0 && (
          // biome-ignore lint/a11y/noSvgWithoutTitle: the figure names the chart; each mark inside has its own label.
          <svg className="ss-chart-svg" width={width} height={height}>
            {children
              ? children({ bars, max, width, active, getMarkProps: markProps })
              : bars.map((bar, index) => (
                  <g
                    key={`${bar.kind}-${bar.key}`}
                    className="ss-engagement-bar"
                    transform={`translate(0 ${top(index)})`}
                    data-kind={bar.kind}
                    data-count={bar.count}
                    {...markProps(index)}
                  >
                    <text className="ss-chart-label" x={0} y={ROW / 2} dy="0.35em">
                      {bar.label}
                    </text>
                    <rect x={LABEL} width={barWidth(bar.count)} height={ROW} rx={3} style={{ fill: bar.color }} />
                    <text className="ss-chart-value" x={LABEL + barWidth(bar.count) + 6} y={ROW / 2} dy="0.35em">
                      {formatCount(bar.count, locale)}
                    </text>
                    <rect className="ss-chart-focus-ring" x={LABEL} width={barMax} height={ROW} rx={3} />
                  </g>
                ))}
          </svg>
        )}
        {activeBar && active !== null && width > 0 && (
          <ChartTooltip
            width={width}
            x={LABEL + barWidth(activeBar.count) + (barWidth(activeBar.count) > barMax / 2 ? 0 : VALUE)}
            y={top(active) + ROW / 2}
            placement={barWidth(activeBar.count) > barMax / 2 ? 'left' : 'right'}
          >
            {describe(activeBar)}
          </ChartTooltip>
        )}
      </div>
      <ChartLegend
        className="ss-engagement-legend"
        aria-label={m.chartLegend({ title: m.engagementTitle })}
        items={legend}
      />
    </ChartFrame>
  );
});
