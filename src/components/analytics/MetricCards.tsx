import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { VideoMetrics } from '../../api';
import { VIDEO_METRICS } from '../../api/metrics';
import { bindMessages } from '../../messages';
import { cx } from '../class-names';
import type { DataStateProps } from '../data-state';
import { formatCount, formatDecimal, formatDuration, formatPercent, formatScore, metricLabel } from '../format';
import { knownOr } from '../unknown-value';
import { type Comparison, compare, comparePoints } from './comparison';
import { PeriodDeltaNote } from './PeriodDeltaNote';
import { type PreviousFigures, periodDelta } from './period-delta';
import { StatGrid, type StatItem } from './StatGrid';

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

/** Formats one metric the way a person reads it: counts grouped, seconds as durations, rates as percentages. */
function formatMetric(key: MetricKey, value: number, locale: string): string {
  switch (key) {
    case 'views':
    case 'unique_viewers':
      return formatCount(value, locale);
    case 'total_watch_time':
    case 'average_watch_time':
      return formatDuration(value, locale);
    case 'completion_rate':
      return formatPercent(value, locale);
    case 'engagement_score':
      return `${formatScore(value, locale)} / 10`;
  }
}

/**
 * Counts and durations compare as a relative change ("+12%"); rates and the 1–10 score as a difference in points
 * ("+4 pts"), since "+6%" next to a percentage reads as six more percent of viewers.
 */
function compareMetric(key: MetricKey, value: number | null, baseline: number | null | undefined) {
  // Nothing to compare when either side had no views.
  if (value === null || baseline === null) return undefined;
  if (key === 'completion_rate') return comparePoints(value * 100, baseline === undefined ? undefined : baseline * 100);
  if (key === 'engagement_score') return comparePoints(value, baseline, 1);
  return compare(value, baseline);
}

const changeText = ({ unit, change }: Comparison, locale: string) =>
  unit === 'points' ? `${formatDecimal(change, locale)} ${change === 1 ? 'pt' : 'pts'}` : formatPercent(change, locale);

/** "▲ +12% vs account": the change as a signed number and a word for screen readers, so colour is never the only cue. */
function ComparisonNote({ result, label, locale }: { result: Comparison; label: string; locale: string }) {
  const arrow = result.direction === 'up' ? '▲' : result.direction === 'down' ? '▼' : '●';
  const word = result.direction === 'up' ? 'Up' : result.direction === 'down' ? 'Down' : 'Same';
  const sign = result.direction === 'up' ? '+' : result.direction === 'down' ? '−' : '±';
  return (
    <span className="ss-metric-cards-delta" data-direction={result.direction}>
      <span aria-hidden="true">{arrow} </span>
      <span className="ss-visually-hidden">{word} </span>
      {sign}
      {changeText(result, locale)} vs {label}
    </span>
  );
}

/** A video's six headline metrics as cards, optionally compared with a baseline such as the account average. */
export const MetricCards = forwardRef<HTMLDivElement, MetricCardsProps>(function MetricCards(
  { metrics, baseline, baselineLabel = 'account', previous, locale = 'en-US', messages, className, ...rest },
  ref,
) {
  const m = bindMessages(locale, messages);
  const items: StatItem[] = METRICS.map((key) => {
    const result = metrics && baseline && !previous ? compareMetric(key, metrics[key], baseline[key]) : undefined;
    const delta = metrics && previous ? periodDelta(key, metrics[key], previous.figures[key]) : undefined;
    return {
      key,
      label: metricLabel(key, m),
      value: metrics ? knownOr(metrics[key], (value) => formatMetric(key, value, locale), m) : undefined,
      note: delta ? (
        <PeriodDeltaNote delta={delta} days={previous?.days ?? 0} locale={locale} />
      ) : result ? (
        <ComparisonNote result={result} label={baselineLabel} locale={locale} />
      ) : undefined,
    };
  });
  return <StatGrid ref={ref} {...rest} items={items} className={cx('ss-metric-cards--video', className)} />;
});
