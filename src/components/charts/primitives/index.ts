export { ChartFrame, type ChartFrameProps, type ChartTitleProps } from './ChartFrame';
export { ChartTable, type ChartTableData, type ChartTableProps } from './ChartTable';
export { ChartTooltip, type ChartTooltipProps } from './ChartTooltip';
export { Legend, type LegendItem, type LegendProps } from './Legend';
export { type LinearScale, linearScale, niceMax, spreadIndices, ticks } from './scales';
export { type MarkProps, type UseActiveMarkResult, useActiveMark } from './use-active-mark';
export { type UseContainerWidthResult, useContainerWidth } from './use-container-width';
export { useIsClient } from './use-is-client';
