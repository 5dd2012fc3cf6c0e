export { ChartDataTable, type ChartDataTableProps, type ChartTableData } from './ChartDataTable';
export { ChartFrame, type ChartFrameProps, type ChartTitleProps } from './ChartFrame';
export { ChartLegend, type ChartLegendItem, type ChartLegendProps } from './ChartLegend';
export { ChartTooltip, type ChartTooltipProps } from './ChartTooltip';
export {
  estimateLabelWidth,
  type LinearScale,
  type LinearTicks,
  linearScale,
  linearTicks,
  niceMax,
  type TimeTick,
  type TimeTicksOptions,
  type TimeTickUnit,
  timeTicks,
} from './scales';
export { type MarkProps, type UseActiveMarkResult, useActiveMark } from './use-active-mark';
export { type UseContainerWidthResult, useContainerWidth } from './use-container-width';
export { useIsClient } from './use-is-client';
