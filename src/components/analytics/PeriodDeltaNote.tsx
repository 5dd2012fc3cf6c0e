import type { CardWords } from '../../messages/words';
import { formatPercent, formatPoints, pointDecimals } from '../format';
import type { PeriodDelta } from './period-delta';

/** Props of the internal period-delta note. */
export interface PeriodDeltaNoteProps {
  /** The figure's change. */
  delta: PeriodDelta;
  /** The figure's API name, which sets the decimals of a change in points. */
  metric: string;
  /** The length of both periods in days. */
  days: number;
  /** BCP 47 locale of the numbers. */
  locale: string;
  /** The bound catalogue (server-safe: the card passes it in). */
  m: CardWords;
}

/**
 * "▲ +12%  vs previous 30 days" on screen; "Up 12% from the previous 30 days." for screen readers. The arrow and the
 * sign carry the direction, the colour (`data-tone`) only whether that is good news.
 */
export function PeriodDeltaNote({ delta, metric, days, locale, m }: PeriodDeltaNoteProps) {
  if (delta.kind === 'new') {
    return (
      <span className="ss-period-delta" data-tone="neutral" data-kind="new">
        <span aria-hidden="true">{m.deltaNew({ days })}</span>
        <span className="ss-visually-hidden">{m.deltaNewSpoken({ days })}</span>
      </span>
    );
  }
  const { comparison, tone } = delta;
  const { direction, unit, change } = comparison;
  const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '●';
  const sign = direction === 'up' ? '+' : direction === 'down' ? '−' : '±';
  const points =
    unit === 'points'
      ? { points: change, digits: pointDecimals(metric), text: formatPoints(metric, change, locale) }
      : undefined;
  const short = points ? m.changePointsShort(points) : formatPercent(change, locale);
  const amount = points ? m.changePointsSpoken(points) : formatPercent(change, locale);
  const spoken =
    direction === 'same'
      ? m.deltaSameSpoken({ days })
      : direction === 'up'
        ? m.deltaUpSpoken({ amount, days })
        : m.deltaDownSpoken({ amount, days });
  return (
    <span className="ss-period-delta" data-tone={tone} data-direction={direction}>
      <span aria-hidden="true">
        <span className="ss-period-delta-change">
          {arrow} {sign}
          {short}
        </span>{' '}
        <span className="ss-period-delta-since">{m.deltaVsPrevious({ days })}</span>
      </span>
      <span className="ss-visually-hidden">{spoken}</span>
    </span>
  );
}
