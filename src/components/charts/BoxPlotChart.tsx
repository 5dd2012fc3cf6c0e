'use client';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useMemo } from 'react';
import type { Distribution } from '../../api';
import { useLocale } from '../../hooks/context';
import { useWords } from '../../hooks/use-words';
import { distributionWords } from '../../messages/words';
import type { DataStateProps } from '../data-state';
import { formatDecimal } from '../format';
import {
  ChartFrame,
  type ChartTitleProps,
  ChartTooltip,
  linearScale,
  linearTicks,
  niceMax,
  useActiveMark,
  useContainerWidth,
} from './primitives';

/** One box of a `BoxPlotChart`: a named five-number summary in its own colour. */
export interface BoxPlotRow {
  /** Stable key, e.g. the template id. */
  key: string;
  /** The row's name, drawn at its left. */
  label: string;
  /** Its fill, a `var(--ss-color-chart-N)`. */
  color: string;
  /** The five numbers; absent draws no box and says `note` instead. */
  summary?: Distribution | undefined;
  /** Said instead of (or after) the numbers, e.g. "3 videos". */
  note?: string | undefined;
}

/** Props of `BoxPlotChart`. */
export interface BoxPlotChartProps
  extends DataStateProps,
    ChartTitleProps,
    Omit<ComponentPropsWithoutRef<'figure'>, 'title' | 'children'> {
  /** The boxes, top to bottom, all on one scale. */
  rows?: readonly BoxPlotRow[] | undefined;
  /** The axis' top (its bottom is 0); a round number above the largest maximum by default. */
  max?: number | undefined;
  /** How values read on the axis, in the tooltip and in the table. */
  format?: ((value: number, locale: string) => string) | undefined;
  /** A sentence for screen readers after the medians, e.g. the verdict. */
  summary?: ReactNode;
  /** A fixed width in pixels instead of filling the container (tests, static exports). */
  width?: number | undefined;
  /** BCP 47 locale; the provider's (or `en-US`) by default. */
  locale?: string | undefined;
}

const ROW = 34;
const BOX = 20;
const AXIS = 22;
const PAD_RIGHT = 24;
const NO_ROWS: readonly BoxPlotRow[] = [];
const plain = (value: number, locale: string) => formatDecimal(value, locale, 1);

/** Box plots of several groups on ONE shared scale, so boxes can be compared by eye: whiskers min–max, box Q1–Q3. */
export const BoxPlotChart = forwardRef<HTMLElement, BoxPlotChartProps>(function BoxPlotChart(
  { rows = NO_ROWS, max, format = plain, summary, width: fixedWidth, locale: localeProp, messages, ...rest },
  ref,
) {
  const providerLocale = useLocale();
  const locale = localeProp ?? providerLocale;
  const m = useWords(distributionWords, messages, locale);
  const { ref: plotRef, width } = useContainerWidth(fixedWidth);
  const { active, getMarkProps } = useActiveMark();
  const top = max ?? niceMax(Math.max(0, ...rows.map((row) => row.summary?.max ?? 0)));
  const labelWidth = Math.min(160, Math.round(width * 0.32));
  const x = linearScale([0, top], [labelWidth, Math.max(labelWidth, width - PAD_RIGHT)]);
  const height = rows.length * ROW + AXIS;
  const describe = ({ label, summary: s, note }: BoxPlotRow) =>
    s
      ? m.chartFiveNumbers({
          label,
          min: format(s.min, locale),
          q1: format(s.quartiles[0], locale),
          median: format(s.median, locale),
          q3: format(s.quartiles[2], locale),
          max: format(s.max, locale),
        }) + (note ? ` (${note})` : '')
      : m.chartLabelValue({ label, value: note ?? m.chartNoData });
  const table = useMemo(
    () => ({
      columns: [
        m.boxPlotColumnTemplate,
        m.chartColumnMinimum,
        m.chartColumnFirstQuartile,
        m.chartColumnMedian,
        m.chartColumnThirdQuartile,
        m.chartColumnMaximum,
      ],
      rows: rows.map(({ label, summary: s, note }) => [
        note ? `${label} (${note})` : label,
        ...(s
          ? [s.min, s.quartiles[0], s.median, s.quartiles[2], s.max].map((v) => format(v, locale))
          : ['—', '—', '—', '—', '—']),
      ]),
    }),
    [rows, format, locale, m],
  );
  const activeRow = active === null ? undefined : rows[active];
  const drawn = rows.filter((row) => row.summary);

  return (
    <ChartFrame
      ref={ref}
      chart="boxplot-compare"
      summary={
        drawn.length > 0 && (
          <>
            {m.chartMedians({
              list: new Intl.ListFormat(locale, { type: 'unit' }).format(
                drawn.map((row) =>
                  m.chartLabelValue({ label: row.label, value: format(row.summary?.median ?? 0, locale) }),
                ),
              ),
            })}{' '}
            {summary}
          </>
        )
      }
      empty={drawn.length === 0 && m.boxPlotEmpty}
      messages={messages}
      table={table}
      skeletonHeight={3 * ROW + AXIS}
      {...rest}
    >
      <div ref={plotRef} className="ss-chart-plot" style={{ height }}>
        {width > 0 && (
          // biome-ignore lint/a11y/noSvgWithoutTitle: the figure names the chart; each box has its own label.
          <svg className="ss-chart-svg" width={width} height={height}>
            {linearTicks(top, 4).ticks.map((value) => (
              <g key={value} className="ss-chart-grid" transform={`translate(${x(value)} 0)`}>
                <line y2={rows.length * ROW} />
                <text className="ss-chart-tick" y={rows.length * ROW + 14} textAnchor="middle">
                  {format(value, locale)}
                </text>
              </g>
            ))}
            {rows.map((row, index) => {
              const s = row.summary;
              const mid = index * ROW + ROW / 2;
              return (
                <g key={row.key} className="ss-boxplot-row" data-key={row.key} {...getMarkProps(index, describe(row))}>
                  <text className="ss-chart-label" x={0} y={mid} dy="0.32em">
                    <tspan className="ss-boxplot-swatch" style={{ fill: row.color }}>
                      ■{' '}
                    </tspan>
                    {row.label}
                  </text>
                  {s ? (
                    <>
                      <line className="ss-boxplot-whisker" x1={x(s.min)} x2={x(s.max)} y1={mid} y2={mid} />
                      <line className="ss-boxplot-whisker" x1={x(s.min)} x2={x(s.min)} y1={mid - 5} y2={mid + 5} />
                      <line className="ss-boxplot-whisker" x1={x(s.max)} x2={x(s.max)} y1={mid - 5} y2={mid + 5} />
                      <rect
                        className="ss-boxplot-box"
                        x={x(s.quartiles[0])}
                        width={Math.max(1, x(s.quartiles[2]) - x(s.quartiles[0]))}
                        y={mid - BOX / 2}
                        height={BOX}
                        style={{ fill: row.color }}
                      />
                      <line
                        className="ss-boxplot-median"
                        x1={x(s.median)}
                        x2={x(s.median)}
                        y1={mid - BOX / 2}
                        y2={mid + BOX / 2}
                      />
                    </>
                  ) : (
                    <text className="ss-chart-tick" x={labelWidth} y={mid} dy="0.32em">
                      {row.note ?? m.chartNoData}
                    </text>
                  )}
                  <rect
                    className="ss-chart-focus-ring"
                    x={0}
                    width={Math.max(0, width - PAD_RIGHT / 2)}
                    y={mid - ROW / 2 + 2}
                    height={ROW - 4}
                    rx={3}
                  />
                </g>
              );
            })}
          </svg>
        )}
        {activeRow && active !== null && width > 0 && (
          <ChartTooltip
            width={width}
            x={activeRow.summary ? x(activeRow.summary.median) : labelWidth}
            y={active * ROW + ROW / 2 - BOX / 2}
          >
            {describe(activeRow)}
          </ChartTooltip>
        )}
      </div>
    </ChartFrame>
  );
});
