'use client';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useMemo } from 'react';
import type { WatchSegment } from '../../api';
import { useLocale } from '../../hooks/context';
import { useWords } from '../../hooks/use-words';
import { type FunnelWords, funnelWords } from '../../messages/words';
import { CHART_COLORS } from '../../theme';
import type { DataStateProps } from '../data-state';
import { formatCount, formatPercent } from '../format';
import { type FunnelStep, funnelSteps } from './funnel-steps';
import {
  ChartFrame,
  type ChartTitleProps,
  ChartTooltip,
  type MarkProps,
  useActiveMark,
  useContainerWidth,
} from './primitives';

/** What `CompletionFunnel` hands to a `children` function to draw the bars yourself. */
export interface CompletionFunnelRenderProps {
  steps: FunnelStep[];
  /** The largest `share` (at least 1): the share that fills the whole track, so a segment viewers joined still fits. */
  maxShare: number;
  width: number;
  /** The highlighted step's index, or `null`. */
  active: number | null;
  /** Spread on step `index`'s mark: a labelled tab stop that becomes active (and shows the tooltip) on focus or hover. */
  getMarkProps: (index: number) => MarkProps;
}

/** Props of `CompletionFunnel`. */
export interface CompletionFunnelProps
  extends DataStateProps,
    ChartTitleProps,
    Omit<ComponentPropsWithoutRef<'figure'>, 'title' | 'children'> {
  /** `watch_time_distribution` of a video, first segment first. */
  data?: readonly WatchSegment[] | undefined;
  /** A fixed width in pixels instead of filling the container (tests, static exports). */
  width?: number | undefined;
  /** BCP 47 locale; the provider's (or `en-US`) by default. */
  locale?: string | undefined;
  /** Draw the steps yourself, inside the plot's SVG. */
  children?: ((result: CompletionFunnelRenderProps) => ReactNode) | undefined;
}

const ROW = 28;
const GAP = 22;
const LABEL = 72;
const VALUE = 104;

// "−7 pts" between bars reading 90% and 83%: the change in share of starting viewers, in percentage points, taken
// from the whole percentages the bars show so the label adds up ("−8%" would be a relative drop and read as a share).
const changeText = (previous: FunnelStep, step: FunnelStep, m: FunnelWords) => {
  const points = Math.round(previous.share * 100) - Math.round(step.share * 100);
  const size = m.funnelPoints({ count: Math.abs(points) });
  return points > 0 ? `−${size}` : points < 0 ? `+${size}` : size;
};

// "120 viewers left" or "30 viewers joined".
const movedText = (step: FunnelStep, m: FunnelWords) => {
  const count = Math.abs(step.dropViewers);
  return step.dropViewers >= 0 ? m.funnelLeft({ count }) : m.funnelJoined({ count });
};

/** Bars of the viewers who reached each watch-time segment, as a share of starting viewers, with the drop-offs. */
export const CompletionFunnel = forwardRef<HTMLElement, CompletionFunnelProps>(function CompletionFunnel(
  { data = [], width: fixedWidth, locale: localeProp, children, messages, ...rest },
  ref,
) {
  const providerLocale = useLocale();
  const locale = localeProp ?? providerLocale;
  const m = useWords(funnelWords, messages, locale);
  const steps = useMemo(() => funnelSteps(data), [data]);
  const { ref: plotRef, width } = useContainerWidth(fixedWidth);
  const { active, getMarkProps } = useActiveMark();

  const percent = (share: number) => formatPercent(share, locale);
  const viewers = (count: number) => m.funnelViewers({ count });
  const drop = (index: number) => {
    const [previous, step] = [steps[index - 1], steps[index]];
    return previous && step ? `${changeText(previous, step, m)} · ${movedText(step, m)}` : '';
  };
  const describe = (step: FunnelStep, index: number) =>
    m.funnelStep({ segment: step.segment, share: percent(step.share), viewers: viewers(step.viewers) }) +
    (index > 0 ? `; ${drop(index)}` : '');
  const markProps = (index: number) => getMarkProps(index, steps[index] ? describe(steps[index], index) : '');

  const height = steps.length * ROW + Math.max(0, steps.length - 1) * GAP;
  const barMax = Math.max(0, width - LABEL - VALUE);
  // Viewers can join a later segment (skipping ahead), so the largest segment, not the first, fills the track.
  const maxShare = steps.reduce((acc, step) => Math.max(acc, step.share), 1);
  const barWidth = (step: FunnelStep) => (barMax * step.share) / maxShare;
  const top = (index: number) => index * (ROW + GAP);
  const last = steps[steps.length - 1];
  const activeStep = active === null ? undefined : steps[active];
  // Memoised so hovering a bar does not rebuild the table (ChartDataTable is memo'd on its props).
  const table = useMemo(
    () => ({
      columns: [
        m.funnelColumnSegment,
        m.funnelColumnViewers,
        m.funnelColumnShare,
        m.funnelColumnChange,
        m.funnelColumnMoved,
      ],
      rows: steps.map((step, index) => [
        step.segment,
        formatCount(step.viewers, locale),
        formatPercent(step.share, locale),
        index === 0 ? '—' : changeText(steps[index - 1] as FunnelStep, step, m),
        index === 0 ? '—' : movedText(step, m),
      ]),
    }),
    [steps, locale, m],
  );

  return (
    <ChartFrame
      ref={ref}
      chart="funnel"
      title={m.funnelTitle}
      empty={steps.length === 0 && m.funnelEmpty}
      summary={
        last &&
        m.funnelSummary({
          viewers: viewers(last.viewers),
          total: formatCount(steps[0]?.viewers ?? 0, locale),
          share: percent(last.share),
          segment: last.segment,
        })
      }
      messages={messages}
      table={table}
      skeletonHeight={4 * ROW + 3 * GAP}
      {...rest}
    >
      <div ref={plotRef} className="ss-chart-plot" style={{ height }}>
        {width > 0 && (
          // biome-ignore lint/a11y/noSvgWithoutTitle: the figure names the chart; each mark inside has its own label.
          <svg className="ss-chart-svg" width={width} height={height}>
            {children
              ? children({ steps, maxShare, width, active, getMarkProps: markProps })
              : steps.map((step, index) => (
                  <g
                    key={step.segment}
                    className="ss-funnel-step"
                    transform={`translate(0 ${top(index)})`}
                    data-share={step.share}
                    {...markProps(index)}
                  >
                    <text className="ss-chart-label" x={0} y={ROW / 2} dy="0.35em">
                      {step.segment}
                    </text>
                    <rect className="ss-funnel-track" x={LABEL} width={barMax} height={ROW} rx={3} />
                    <rect
                      className="ss-funnel-bar"
                      x={LABEL}
                      width={barWidth(step)}
                      height={ROW}
                      rx={3}
                      style={{ fill: CHART_COLORS[0] }}
                    />
                    <text className="ss-funnel-share" x={LABEL + barMax + 8} y={ROW / 2} dy="0.35em">
                      {percent(step.share)}
                      <tspan className="ss-funnel-count"> · {formatCount(step.viewers, locale)}</tspan>
                    </text>
                    <rect className="ss-chart-focus-ring" x={LABEL} width={barMax} height={ROW} rx={3} />
                    {index > 0 && (
                      <text className="ss-funnel-drop" x={LABEL} y={-GAP / 2} dy="0.35em">
                        {drop(index)}
                      </text>
                    )}
                  </g>
                ))}
          </svg>
        )}
        {activeStep && active !== null && width > 0 && (
          <ChartTooltip
            width={width}
            x={LABEL + barWidth(activeStep)}
            y={top(active) + ROW / 2}
            placement={barWidth(activeStep) > barMax / 2 ? 'left' : 'right'}
          >
            {describe(activeStep, active)}
          </ChartTooltip>
        )}
      </div>
    </ChartFrame>
  );
});
