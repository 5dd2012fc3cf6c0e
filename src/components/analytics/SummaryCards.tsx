import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { AccountAnalytics, TemplateAnalytics } from '../../api';
import { bindWords } from '../../messages/bind-words';
import { type CardWords, cardWords } from '../../messages/words';
import { cx } from '../class-names';
import type { DataStateProps } from '../data-state';
import { knownOr } from '../unknown-value';
import { PeriodDeltaNote } from './PeriodDeltaNote';
import { type PreviousFigures, periodDelta } from './period-delta';
import { cardValue, StatGrid, type StatItem } from './StatGrid';

/** A summary figure's API name. */
export type SummaryField =
  | 'total_videos'
  | 'total_views'
  | 'unique_viewers'
  | 'average_completion_rate'
  | 'average_engagement_score'
  | 'total_interactions';

/** Each summary figure's label; values read as `formatMetric` has it for the field's kind. */
export const summaryLabel = (field: SummaryField, m: CardWords): string =>
  ({
    total_videos: m.summaryVideos,
    total_views: m.metricViews,
    unique_viewers: m.metricUniqueViewers,
    average_completion_rate: m.summaryAverageCompletionRate,
    average_engagement_score: m.summaryAverageEngagementScore,
    total_interactions: m.summaryInteractions,
  })[field];

/** Cards for `fields` of `source`, with no values while it is still loading. */
const summaryItems = (
  fields: readonly SummaryField[],
  source: Partial<Record<SummaryField, number | null>> | undefined,
  locale: string,
  m: CardWords,
  previous?: PreviousFigures<SummaryField>,
): StatItem[] =>
  fields.map((key) => {
    const value = source?.[key];
    const delta = value !== undefined && previous ? periodDelta(key, value, previous.figures[key]) : undefined;
    return {
      key,
      label: summaryLabel(key, m),
      value: value === undefined ? undefined : knownOr(value, (known) => cardValue(key, known, locale, m), m),
      note: delta && <PeriodDeltaNote delta={delta} metric={key} days={previous?.days ?? 0} locale={locale} m={m} />,
    };
  });

interface SummaryBaseProps extends DataStateProps, Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** BCP 47 locale; `en-US` by default (the connected panels pass the provider's). Server-safe: no context read. */
  locale?: string | undefined;
}

/** Props of `AccountSummaryCards`. */
export interface AccountSummaryCardsProps extends SummaryBaseProps {
  /** `summary` of `GET /analytics/account`; leave out while loading. */
  summary?: AccountAnalytics['summary'] | undefined;
  /** The period just before, to show each card's change from it ("up 12% from the previous 30 days"). */
  previous?: PreviousFigures<keyof AccountAnalytics['summary']> | undefined;
}

/** The account's six summary figures as cards. */
export const AccountSummaryCards = forwardRef<HTMLDivElement, AccountSummaryCardsProps>(function AccountSummaryCards(
  { summary, previous, locale = 'en-US', messages, className, ...rest },
  ref,
) {
  const m = bindWords(locale, cardWords, messages);
  const items = summaryItems(
    [
      'total_videos',
      'total_views',
      'unique_viewers',
      'average_completion_rate',
      'average_engagement_score',
      'total_interactions',
    ],
    summary,
    locale,
    m,
    previous,
  );
  return (
    <StatGrid
      ref={ref}
      {...rest}
      items={items}
      locale={locale}
      messages={messages}
      className={cx('ss-metric-cards--account', className)}
    />
  );
});

/** Props of `TemplateSummaryCards`. */
export interface TemplateSummaryCardsProps extends SummaryBaseProps {
  /** `GET /analytics/templates/{id}` (only its four totals are shown); leave out while loading. */
  analytics?:
    | Pick<TemplateAnalytics, 'total_videos' | 'total_views' | 'average_completion_rate' | 'average_engagement_score'>
    | undefined;
}

/** A template's four totals as cards. */
export const TemplateSummaryCards = forwardRef<HTMLDivElement, TemplateSummaryCardsProps>(function TemplateSummaryCards(
  { analytics, locale = 'en-US', messages, className, ...rest },
  ref,
) {
  const m = bindWords(locale, cardWords, messages);
  const items = summaryItems(
    ['total_videos', 'total_views', 'average_completion_rate', 'average_engagement_score'],
    analytics,
    locale,
    m,
  );
  return (
    <StatGrid
      ref={ref}
      {...rest}
      items={items}
      locale={locale}
      messages={messages}
      className={cx('ss-metric-cards--template', className)}
    />
  );
});
