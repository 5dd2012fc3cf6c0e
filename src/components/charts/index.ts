export { BoxPlotChart, type BoxPlotChartProps, type BoxPlotRow } from './BoxPlotChart';
export {
  CompletionFunnel,
  type CompletionFunnelProps,
  type CompletionFunnelRenderProps,
} from './CompletionFunnel';
export {
  DemographicsDonut,
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
export type { ChartError, ChartStateProps } from './primitives';
export { TemplatePerformance, type TemplatePerformanceProps } from './TemplatePerformance';
export { TrendChart, type TrendChartProps, type TrendComparison } from './TrendChart';
export type { TrendGroupBy, TrendMetric } from './trend-series';
