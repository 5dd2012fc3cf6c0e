export { BoxPlotChart, type BoxPlotChartProps, type BoxPlotRow } from './BoxPlotChart';
export {
  CompletionFunnel,
  type CompletionFunnelProps,
  type CompletionFunnelRenderProps,
} from './CompletionFunnel';
export {
  DemographicsDonut,
  type DemographicsDonutData,
  type DemographicsDonutProps,
  type DemographicsDonutRenderProps,
  type DonutArc,
} from './DemographicsDonut';
export type { DemographicSlice, DemographicsDimension } from './demographic-slices';
export type { DistributionMetric, DistributionRow, MetricsDistributionData } from './distribution-rows';
export {
  EngagementBreakdown,
  type EngagementBreakdownProps,
  type EngagementBreakdownRenderProps,
} from './EngagementBreakdown';
export type { EngagementBar, EngagementKind } from './engagement-bars';
export type { FunnelStep } from './funnel-steps';
export {
  MetricsDistribution,
  type MetricsDistributionProps,
  type MetricsDistributionRenderProps,
} from './MetricsDistribution';
// Chart parts: build your own chart with the same accessibility as ours (README, "Chart parts").
export {
  ChartDataTable,
  type ChartDataTableProps,
  ChartFrame,
  type ChartFrameProps,
  ChartLegend,
  type ChartLegendItem,
  type ChartLegendProps,
  type ChartTableData,
  type ChartTitleProps,
  ChartTooltip,
  type ChartTooltipProps,
  type LinearScale,
  linearScale,
  type MarkProps,
  niceMax,
  type UseActiveMarkResult,
  type UseContainerWidthResult,
  useActiveMark,
  useContainerWidth,
} from './primitives';
export { TemplatePerformance, type TemplatePerformanceProps } from './TemplatePerformance';
export { TrendChart, type TrendChartProps, type TrendComparison } from './TrendChart';
export type { TrendGroupBy, TrendMetric } from './trend-series';
