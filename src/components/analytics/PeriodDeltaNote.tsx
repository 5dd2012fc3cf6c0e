import { formatDecimal, formatPercent } from '../format';
import type { PeriodDelta } from './period-delta';

/** "previous 30 days" / "previous day": what the change is measured from. */
export const previousDaysLabel = (days: number, locale: string) =>
  days === 1 ? 'previous day' : `previous ${formatDecimal(days, locale, 0)} days`;

const amount = ({ unit, change }: { unit: 'relative' | 'points'; change: number }, locale: string) =>
  unit === 'points'
    ? `${formatDecimal(change, locale)} ${change === 1 ? 'point' : 'points'}`
    : formatPercent(change, locale);

/**
 * "▲ +12%  vs previous 30 days" on screen; "Up 12% from the previous 30 days." for screen readers. The arrow and the
 * sign carry the direction, the colour (`data-tone`) only whether that is good news.
 */
export function PeriodDeltaNote({ delta, days, locale }: { delta: PeriodDelta; days: number; locale: string }) {
  const since = `the ${previousDaysLabel(days, locale)}`;
  if (delta.kind === 'new') {
    return (
      <span className="ss-period-delta" data-tone="neutral" data-kind="new">
        <span aria-hidden="true">New · none in {since}</span>
        <span className="ss-visually-hidden">New: none in {since}.</span>
      </span>
    );
  }
  const { comparison, tone } = delta;
  const arrow = comparison.direction === 'up' ? '▲' : comparison.direction === 'down' ? '▼' : '●';
  const sign = comparison.direction === 'up' ? '+' : comparison.direction === 'down' ? '−' : '±';
  const short =
    comparison.unit === 'points'
      ? `${formatDecimal(comparison.change, locale)} pts`
      : formatPercent(comparison.change, locale);
  const spoken =
    comparison.direction === 'same'
      ? `Unchanged from ${since}.`
      : `${comparison.direction === 'up' ? 'Up' : 'Down'} ${amount(comparison, locale)} from ${since}.`;
  return (
    <span className="ss-period-delta" data-tone={tone} data-direction={comparison.direction}>
      <span aria-hidden="true">
        {arrow} {sign}
        {short} <span className="ss-period-delta-since">vs {previousDaysLabel(days, locale)}</span>
      </span>
      <span className="ss-visually-hidden">{spoken}</span>
    </span>
  );
}
