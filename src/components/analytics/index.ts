// Analytics widgets: presentational components take data in props; panels connect them to the hooks.
export { AccountAnalyticsPanel, type AccountAnalyticsPanelProps } from './AccountAnalyticsPanel';
export type { AnalyticsPanelProps } from './AnalyticsPanel';
export type { PanelCompare, PanelCompareProps } from './CompareToggle';
export { DateRangeFilter, type DateRangeFilterProps } from './DateRangeFilter';
export { DATE_RANGE_PRESETS, type DateRangePreset, type DateRangeValue } from './date-range';
export { ExportButton, type ExportButtonProps } from './ExportButton';
export { GroupBySwitch, type GroupBySwitchProps } from './GroupBySwitch';
export { MetricCards, type MetricCardsProps } from './MetricCards';
export {
  AccountSummaryCards,
  type AccountSummaryCardsProps,
  TemplateSummaryCards,
  type TemplateSummaryCardsProps,
} from './SummaryCards';
export { TemplateAnalyticsPanel, type TemplateAnalyticsPanelProps } from './TemplateAnalyticsPanel';
export { TemplateComparison, type TemplateComparisonProps } from './TemplateComparison';
export { type TopVideoRow, TopVideosTable, type TopVideosTableProps } from './TopVideosTable';
export { VideoAnalyticsPanel, type VideoAnalyticsPanelProps } from './VideoAnalyticsPanel';
