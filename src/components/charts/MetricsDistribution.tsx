'use client';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useMemo } from 'react';
import { useLocale } from '../../hooks/context';
import { useWords } from '../../hooks/use-words';
import { distributionWords } from '../../messages/words';
import type { DataStateProps } from '../data-state';
import { type DistributionRow, distributionRows, type MetricsDistributionData } from './distribution-rows';
import {
  ChartFrame,
  type ChartTitleProps,
  ChartTooltip,
  linearScale,
  linearTicks,
  type MarkProps,
  useActiveMark,
  useContainerWidth,
} from './primitives';

/** What `MetricsDistribution` hands to a `children` function to draw the rows yourself. */
export interface MetricsDistributionRenderProps {
  rows: DistributionRow[];
  width: number;
  /** The highlighted row's index, or `null`. */
  active: number | null;
  /** Spread on row `index`'s mark: a labelled tab stop that becomes active (and shows the tooltip) on focus or hover. */
  getMarkProps: (index: number) => MarkProps;
}

/** Props of `MetricsDistribution`. */
export interface MetricsDistributionProps
  extends DataStateProps,
    ChartTitleProps,
    Omit<ComponentPropsWithoutRef<'figure'>, 'title' | 'children'> {
  /** `metrics_distribution` of a template's analytics. */
  data?: MetricsDistributionData | undefined;
  /** A fixed width in pixels instead of filling the container (tests, static exports). */
  width?: number | undefined;
  /** BCP 47 locale; the provider's (or `en-US`) by default. */
  locale?: string | undefined;
  /** Draw the rows yourself, inside the plot's SVG. */
  children?: ((result: MetricsDistributionRenderProps) => ReactNode) | undefined;
}

const LABEL = 18;
const BOX = 26;
const AXIS = 18;
const GAP = 14;
const ROW = LABEL + BOX + AXIS + GAP;
const PAD = { left: 12, right: 28 };

/** Box plots of completion rate, engagement score and watch time: whiskers min–max, box Q1–Q3, median line. */
export const MetricsDistribution = forwardRef<HTMLElement, MetricsDistributionProps>(function MetricsDistribution(
  { data, width: fixedWidth, locale: localeProp, children, messages, ...rest },
  ref,
) {
  const providerLocale = useLocale();
  const locale = localeProp ?? providerLocale;
  const m = useWords(distributionWords, messages, locale);
  const rows = useMemo(() => (data ? distributionRows(data, m) : []), [data, m]);
  const { ref: plotRef, width } = useContainerWidth(fixedWidth);
  const { active, getMarkProps } = useActiveMark();
  const height = rows.length * ROW - GAP;
  const scaleOf = (row: DistributionRow) =>
    linearScale([0, row.max], [PAD.left, Math.max(PAD.left, width - PAD.right)]);
  const describe = ({ label, summary: s, format }: DistributionRow) =>
    m.chartFiveNumbers({
      label,
      min: format(s.min, locale),
      q1: format(s.quartiles[0], locale),
      median: format(s.median, locale),
      q3: format(s.quartiles[2], locale),
      max: format(s.max, locale),
    });
  const markProps = (index: number) => getMarkProps(index, rows[index] ? describe(rows[index]) : '');
  const activeRow = active === null ? undefined : rows[active];
  // Memoised so hovering a row does not rebuild the table (ChartDataTable is memo'd on its props).
  const table = useMemo(
    () => ({
      columns: [
        m.distributionColumnMetric,
        m.chartColumnMinimum,
        m.chartColumnFirstQuartile,
        m.chartColumnMedian,
        m.chartColumnThirdQuartile,
        m.chartColumnMaximum,
      ],
      rows: rows.map(({ label, summary: s, format }) => [
        label,
        ...[s.min, s.quartiles[0], s.median, s.quartiles[2], s.max].map((value) => format(value, locale)),
      ]),
    }),
    [rows, locale, m],
  );

  return (
    <ChartFrame
      ref={ref}
      chart="boxplot"
      title={m.distributionTitle}
      summary={
        rows.length > 0 &&
        m.chartMedians({
          list: new Intl.ListFormat(locale, { type: 'unit' }).format(
            rows.map((row) => m.chartLabelValue({ label: row.label, value: row.format(row.summary.median, locale) })),
          ),
        })
      }
      empty={rows.length === 0 && (data ? m.noDataInPeriod : m.distributionEmpty)}
      messages={messages}
      table={table}
      skeletonHeight={3 * ROW - GAP}
      {...rest}
    >
      <div ref={plotRef} className="ss-chart-plot" style={{ height }}>
        {width > 0 && (
          // biome-ignore lint/a11y/noSvgWithoutTitle: the figure names the chart; each mark inside has its own label.
          <svg className="ss-chart-svg" width={width} height={height}>
            {children
              ? children({ rows, width, active, getMarkProps: markProps })
              : rows.map((row, index) => {
                  const x = scaleOf(row);
                  const { min, max, median, quartiles } = row.summary;
                  const mid = LABEL + BOX / 2;
                  return (
                    <g
                      key={row.key}
                      className="ss-boxplot-row"
                      transform={`translate(0 ${index * ROW})`}
                      data-metric={row.key}
                      {...markProps(index)}
                    >
                      <text className="ss-chart-label" x={PAD.left} y={LABEL - 5}>
                        {row.label}
                      </text>
                      <line className="ss-boxplot-whisker" x1={x(min)} x2={x(max)} y1={mid} y2={mid} />
                      <line className="ss-boxplot-whisker" x1={x(min)} x2={x(min)} y1={mid - 6} y2={mid + 6} />
                      <line className="ss-boxplot-whisker" x1={x(max)} x2={x(max)} y1={mid - 6} y2={mid + 6} />
                      <rect
                        className="ss-boxplot-box"
                        x={x(quartiles[0])}
                        width={Math.max(0, x(quartiles[2]) - x(quartiles[0]))}
                        y={LABEL}
                        height={BOX}
                        style={{ fill: row.color }}
                      />
                      <line className="ss-boxplot-median" x1={x(median)} x2={x(median)} y1={LABEL} y2={LABEL + BOX} />
                      <rect
                        className="ss-chart-focus-ring"
                        x={PAD.left}
                        width={Math.max(0, width - PAD.left - PAD.right)}
                        y={LABEL}
                        height={BOX}
                        rx={3}
                      />
                      {linearTicks(row.max, 4, row.key === 'watch_time').ticks.map((value) => (
                        <text
                          key={value}
                          className="ss-chart-tick"
                          x={x(value)}
                          y={LABEL + BOX + AXIS - 3}
                          textAnchor="middle"
                        >
                          {row.format(value, locale)}
                        </text>
                      ))}
                    </g>
                  );
                })}
          </svg>
        )}
        {activeRow && active !== null && width > 0 && (
          <ChartTooltip width={width} x={scaleOf(activeRow)(activeRow.summary.median)} y={active * ROW + LABEL}>
            {describe(activeRow)}
          </ChartTooltip>
        )}
      </div>
    </ChartFrame>
  );
});
