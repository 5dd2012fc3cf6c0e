export { formatDate, formatMonth, formatShortDate } from './dates';
export { formatClock, formatCompact, formatCount, formatDecimal, formatDuration, formatPercent } from './numbers';
