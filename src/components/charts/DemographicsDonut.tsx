'use client';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useCallback, useMemo } from 'react';
import type { Demographics } from '../../api';
import { useLocale } from '../../hooks/context';
import { useWords } from '../../hooks/use-words';
import { donutWords } from '../../messages/words';
import { CHART_COLORS } from '../../theme';
import type { DataStateProps } from '../data-state';
import { formatCount, formatPercent } from '../format';
import { type DemographicSlice, type DemographicsDimension, demographicSlices, foldSlices } from './demographic-slices';
import { ringPath } from './donut-geometry';
import {
  type DonutArc,
  donutArcs,
  donutSummary,
  donutTable,
  donutTitle,
  midpoint,
  slicePercent,
  sliceViewers,
} from './donut-parts';
import {
  ChartFrame,
  ChartLegend,
  type ChartTitleProps,
  ChartTooltip,
  type MarkProps,
  useActiveMark,
  useContainerWidth,
  useIsClient,
} from './primitives';

export type { DonutArc } from './donut-parts';

/** What `DemographicsDonut` hands to a `children` function to draw the arcs yourself. */
export interface DemographicsDonutRenderProps {
  /** The drawn arcs: at most `maxSlices`, the smallest keys folded into a last "Other" arc. */
  arcs: DonutArc[];
  /** Every key's slice, unfolded: largest first, the API's `other` last. */
  allSlices: readonly DemographicSlice[];
  /** One arc per key of `allSlices`, for drawing every key rather than the folded arcs. */
  allArcs: DonutArc[];
  /** Turns an arc into an SVG path `d` string. */
  path: (arc: DonutArc) => string | null;
  /** The highlighted arc's index in `arcs` (and the legend), or `null`. */
  active: number | null;
  /** Spread on the mark of `arcs[index]`: a labelled tab stop that becomes active (and shows the tooltip) on focus or hover. */
  getMarkProps: (index: number) => MarkProps;
  /** The donut's outer radius in pixels. */
  radius: number;
}

/**
 * What a donut draws from: `viewer_demographics`, or any of its breakdowns under its name (at least one), so a lone
 * record (`data={demographics.devices}`) is a type error rather than an empty donut.
 */
export type DemographicsDonutData = {
  [D in DemographicsDimension]: Partial<Demographics> & Pick<Demographics, D>;
}[DemographicsDimension];

/** Props of `DemographicsDonut`. */
export interface DemographicsDonutProps
  extends DataStateProps,
    ChartTitleProps,
    Omit<ComponentPropsWithoutRef<'figure'>, 'title' | 'children'> {
  /**
   * `viewer_demographics` of a video; `dimension` picks the breakdown drawn. One breakdown of your own goes in under
   * its name: `data={{ countries: record }} dimension="countries"`.
   */
  data?: DemographicsDonutData | undefined;
  /** Which breakdown to show; `devices` by default. */
  dimension?: DemographicsDimension | undefined;
  /** The number of viewers behind the percentages; shown in the centre instead of the percentage total. */
  total?: number | undefined;
  /** A fixed width in pixels instead of filling the container (tests, static exports). */
  width?: number | undefined;
  /** The plot's height in pixels. */
  height?: number | undefined;
  /** BCP 47 locale; the provider's (or `en-US`) by default. */
  locale?: string | undefined;
  /**
   * The most slices drawn (and legend items and tab stops): the largest `maxSlices - 1` keys, then one "Other" slice
   * holding the rest. 8 by default, the palette's size, so no two slices share a colour; `Infinity` draws every key.
   * The hidden data table always lists every key.
   */
  maxSlices?: number | undefined;
  /** Draw the arcs yourself; replaces the default arcs inside the centred group. */
  children?: ((result: DemographicsDonutRenderProps) => ReactNode) | undefined;
}

// The legend fills in with the arcs, once the width is known: measuring forces a layout, and a legend of 250
// countries already in the page would make that layout (and so the mount) twice as long. Its empty list keeps its
// place in the row, so the plot measures the width it will keep.
const NO_ITEMS: readonly never[] = [];
const NO_KEYS: Readonly<Record<string, number>> = {};

/** A donut of devices, browsers or countries with a matching legend and the total in the centre. */
export const DemographicsDonut = forwardRef<HTMLElement, DemographicsDonutProps>(function DemographicsDonut(
  {
    data,
    dimension = 'devices',
    total,
    width: fixedWidth,
    height = 220,
    locale: localeProp,
    maxSlices = CHART_COLORS.length,
    children,
    messages,
    ...rest
  },
  ref,
) {
  const providerLocale = useLocale();
  const locale = localeProp ?? providerLocale;
  const isClient = useIsClient();
  const m = useWords(donutWords, messages, locale);
  const record = data?.[dimension] ?? NO_KEYS;
  const allSlices = useMemo(
    () => demographicSlices(record, dimension, locale, isClient, m),
    [record, dimension, locale, isClient, m],
  );
  // Arcs, legend items and tab stops stay few however many countries there are; the table keeps every key.
  const slices = useMemo(() => foldSlices(allSlices, maxSlices, dimension, m), [allSlices, maxSlices, dimension, m]);
  const { ref: plotRef, width } = useContainerWidth(fixedWidth);
  const { active, getMarkProps, hover, unhover } = useActiveMark();

  const shareSum = allSlices.reduce((acc, slice) => acc + slice.share, 0);
  const describe = (slice: DemographicSlice) =>
    total === undefined
      ? m.chartLabelValue({ label: slice.label, value: slicePercent(slice, locale) })
      : m.donutSliceViewers({
          label: slice.label,
          share: slicePercent(slice, locale),
          count: sliceViewers(slice, total),
        });
  const markProps = (index: number) => getMarkProps(index, slices[index] ? describe(slices[index]) : '');
  const radius = Math.max(0, Math.min(width, height) / 2 - 4);
  const activeSlice = active === null ? undefined : slices[active];
  const arcs = useMemo(() => donutArcs(slices), [slices]);
  // Stable across the re-render that follows measuring the width, so the (memoised) legend renders once.
  const legendItems = useMemo(
    () =>
      slices.map((slice) => ({
        key: slice.key,
        label: slice.label,
        color: slice.color,
        value: slicePercent(slice, locale),
      })),
    [slices, locale],
  );
  const path = useCallback((arc: DonutArc) => ringPath(radius * 0.62, radius, arc), [radius]);
  // Memoised so hovering a slice does not rebuild the table of every key (the table is memo'd on its props).
  const table = useMemo(
    () => donutTable(allSlices, dimension, total, locale, m),
    [allSlices, dimension, total, locale, m],
  );
  // Memoised with the table: the re-render that follows measuring the width needs neither worded again.
  const summary = useMemo(() => donutSummary(allSlices, dimension, locale, m), [allSlices, dimension, locale, m]);
  const title = donutTitle(dimension, m);
  const tip = activeSlice && midpoint(slices, active ?? 0, width / 2, height / 2, radius + 6);

  return (
    <ChartFrame
      ref={ref}
      chart="donut"
      title={title}
      empty={slices.length === 0 && m.donutEmpty}
      summary={summary}
      messages={messages}
      table={table}
      skeletonHeight={height}
      data-has-active={active === null ? undefined : ''}
      {...rest}
    >
      <div className="ss-donut-body">
        <div ref={plotRef} className="ss-chart-plot" style={{ height }}>
          {width > 0 && (
            // biome-ignore lint/a11y/noSvgWithoutTitle: the figure names the chart; each mark inside has its own label.
            <svg className="ss-chart-svg" width={width} height={height}>
              <g transform={`translate(${width / 2} ${height / 2})`}>
                {children
                  ? children({
                      arcs,
                      allSlices,
                      allArcs: donutArcs(allSlices),
                      path,
                      active,
                      getMarkProps: markProps,
                      radius,
                    })
                  : arcs.map((arc, index) => (
                      <path
                        key={arc.data.key}
                        className="ss-donut-arc"
                        d={path(arc) ?? ''}
                        style={{ fill: arc.data.color }}
                        data-key={arc.data.key}
                        data-value={arc.data.value}
                        data-start-angle={arc.startAngle}
                        data-end-angle={arc.endAngle}
                        {...markProps(index)}
                      />
                    ))}
                <text className="ss-donut-total" textAnchor="middle" dy="0.1em">
                  {total === undefined ? formatPercent(shareSum, locale) : formatCount(total, locale)}
                </text>
                <text className="ss-donut-total-label" textAnchor="middle" dy="1.6em">
                  {total === undefined ? m.donutCentreShare : m.donutCentreViewers({ count: total })}
                </text>
              </g>
            </svg>
          )}
          {activeSlice && tip && width > 0 && (
            <ChartTooltip width={width} x={tip.x} y={tip.y} placement={tip.side}>
              {describe(activeSlice)}
            </ChartTooltip>
          )}
        </div>
        <ChartLegend
          className="ss-donut-legend"
          aria-label={m.chartLegend({ title })}
          items={width > 0 ? legendItems : NO_ITEMS}
          active={active}
          onHover={hover}
          onUnhover={unhover}
        />
      </div>
    </ChartFrame>
  );
});
