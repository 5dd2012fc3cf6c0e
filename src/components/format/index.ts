export { formatDate, formatDateTime, formatMonth, formatShortDate } from './dates';
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
