import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { VideoMetrics } from '../../api';
import { VIDEO_METRICS } from '../../api/metrics';
import { bindWords } from '../../messages/bind-words';
import { type CardWords, cardWords } from '../../messages/words';
import { cx } from '../class-names';
import type { DataStateProps } from '../data-state';
import { formatPercent, formatPoints, metricLabel, pointDecimals } from '../format';
import { knownOr } from '../unknown-value';
import { type Comparison, compare, comparePoints } from './comparison';
import { PeriodDeltaNote } from './PeriodDeltaNote';
import { type PreviousFigures, periodDelta } from './period-delta';
import { cardValue, StatGrid, type StatItem } from './StatGrid';

/** Props of `MetricCards`. */
export interface MetricCardsProps extends DataStateProps, Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The video's headline metrics (`metrics` of `GET /analytics/videos/{id}`); leave out while loading. */
  metrics?: VideoMetrics | undefined;
  /** Figures to compare with, e.g. the account's per-video averages; fields left out are not compared. */
  baseline?: Partial<VideoMetrics> | undefined;
  /** What the baseline is, completing "+12% vs …" or "+4 pts vs …"; `account` by default. */
  baselineLabel?: string | undefined;
  /** The period just before, to show each card's change from it instead of the `baseline` (never both on one card). */
  previous?: PreviousFigures<keyof VideoMetrics> | undefined;
  /** BCP 47 locale; `en-US` by default (the connected panels pass the provider's). Server-safe: no context read. */
  locale?: string | undefined;
}

type MetricKey = keyof VideoMetrics;

/** The cards, in the order the API documents the metrics. */
const METRICS: readonly MetricKey[] = VIDEO_METRICS;

/**
 * Counts and durations compare as a relative change ("+12%"); rates and the 1–10 score as a difference in points
 * ("+4 pts"), since "+6%" next to a percentage reads as six more percent of viewers.
 */
function compareMetric(key: MetricKey, value: number | null, baseline: number | null | undefined) {
  // Nothing to compare when either side had no views.
  if (value === null || baseline === null) return undefined;
  const digits = pointDecimals(key);
  if (key === 'completion_rate')
    return comparePoints(value * 100, baseline === undefined ? undefined : baseline * 100, digits);
  if (key === 'engagement_score') return comparePoints(value, baseline, digits);
  return compare(value, baseline);
}

/** "▲ +12% vs account": the change as a signed number and a word for screen readers, so colour is never the only cue. */
function ComparisonNote(props: { result: Comparison; metric: string; label: string; locale: string; m: CardWords }) {
  const { result, metric, label, locale, m } = props;
  const { direction, unit, change } = result;
  const arrow = direction === 'up' ? '▲' : direction === 'down' ? '▼' : '●';
  const word = direction === 'up' ? m.comparisonUp : direction === 'down' ? m.comparisonDown : m.comparisonSame;
  const sign = direction === 'up' ? '+' : direction === 'down' ? '−' : '±';
  const amount =
    unit === 'points'
      ? m.changePointsShort({
          points: change,
          digits: pointDecimals(metric),
          text: formatPoints(metric, change, locale),
        })
      : formatPercent(change, locale);
  return (
    <span className="ss-metric-cards-delta" data-direction={direction}>
      <span aria-hidden="true">{arrow} </span>
      <span className="ss-visually-hidden">{word} </span>
      {m.comparisonVs({ change: `${sign}${amount}`, baseline: label })}
    </span>
  );
}

/** A video's six headline metrics as cards, optionally compared with a baseline such as the account average. */
export const MetricCards = forwardRef<HTMLDivElement, MetricCardsProps>(function MetricCards(
  { metrics, baseline, baselineLabel, previous, locale = 'en-US', messages, className, ...rest },
  ref,
) {
  const m = bindWords(locale, cardWords, messages);
  const items: StatItem[] = METRICS.map((key) => {
    const result = metrics && baseline && !previous ? compareMetric(key, metrics[key], baseline[key]) : undefined;
    const delta = metrics && previous ? periodDelta(key, metrics[key], previous.figures[key]) : undefined;
    return {
      key,
      label: metricLabel(key, m),
      value: metrics ? knownOr(metrics[key], (value) => cardValue(key, value, locale, m), m) : undefined,
      note: delta ? (
        <PeriodDeltaNote delta={delta} metric={key} days={previous?.days ?? 0} locale={locale} m={m} />
      ) : result ? (
        <ComparisonNote
          result={result}
          metric={key}
          label={baselineLabel ?? m.comparisonAccount}
          locale={locale}
          m={m}
        />
      ) : undefined,
    };
  });
  return (
    <StatGrid
      ref={ref}
      {...rest}
      items={items}
      locale={locale}
      messages={messages}
      className={cx('ss-metric-cards--video', className)}
    />
  );
});
