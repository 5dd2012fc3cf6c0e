export { formatDate, formatDateTime, formatMonth, formatShortDate } from './dates';
export { type DisplayError, errorMessage } from './errors';
export { humanizeKey } from './keys';
export { metricLabel } from './metric-labels';
export { formatMetric, formatPoints, type MetricKind, metricKind, pointDecimals } from './metrics';
export {
  formatBytes,
  formatClock,
  formatCompact,
  formatCount,
  formatDecimal,
  formatDuration,
  formatPercent,
  formatScore,
} from './numbers';
