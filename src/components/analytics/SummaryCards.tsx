import { type ComponentPropsWithoutRef, forwardRef } from 'react';
import type { AccountAnalytics, TemplateAnalytics } from '../../api';
import { useLocale } from '../../hooks/context';
import { cx } from '../class-names';
import { formatCount, formatPercent, formatScore } from '../format';
import { StatGrid, type WidgetStateProps } from './StatGrid';

interface SummaryBaseProps extends WidgetStateProps, Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** BCP 47 locale; the provider's (or `en-US`) by default. */
  locale?: string;
}

/** Props of `AccountSummaryCards`. */
export interface AccountSummaryCardsProps extends SummaryBaseProps {
  /** `summary` of `GET /analytics/account`; leave out while loading. */
  summary?: AccountAnalytics['summary'];
}

/** The account's six summary figures as cards. */
export const AccountSummaryCards = forwardRef<HTMLDivElement, AccountSummaryCardsProps>(function AccountSummaryCards(
  { summary, locale: localeProp, className, ...rest },
  ref,
) {
  const contextLocale = useLocale();
  const locale = localeProp ?? contextLocale;
  const items = [
    { key: 'total_videos', label: 'Videos', value: summary && formatCount(summary.total_videos, locale) },
    { key: 'total_views', label: 'Views', value: summary && formatCount(summary.total_views, locale) },
    { key: 'unique_viewers', label: 'Unique viewers', value: summary && formatCount(summary.unique_viewers, locale) },
    {
      key: 'average_completion_rate',
      label: 'Average completion rate',
      value: summary && formatPercent(summary.average_completion_rate, locale),
    },
    {
      key: 'average_engagement_score',
      label: 'Average engagement score',
      value: summary && `${formatScore(summary.average_engagement_score, locale)} / 10`,
    },
    {
      key: 'total_interactions',
      label: 'Interactions',
      value: summary && formatCount(summary.total_interactions, locale),
    },
  ];
  return <StatGrid ref={ref} {...rest} items={items} className={cx('ss-metric-cards--account', className)} />;
});

/** Props of `TemplateSummaryCards`. */
export interface TemplateSummaryCardsProps extends SummaryBaseProps {
  /** `GET /analytics/templates/{id}` (only its four totals are shown); leave out while loading. */
  analytics?: Pick<
    TemplateAnalytics,
    'total_videos' | 'total_views' | 'average_completion_rate' | 'average_engagement_score'
  >;
}

/** A template's four totals as cards. */
export const TemplateSummaryCards = forwardRef<HTMLDivElement, TemplateSummaryCardsProps>(function TemplateSummaryCards(
  { analytics, locale: localeProp, className, ...rest },
  ref,
) {
  const contextLocale = useLocale();
  const locale = localeProp ?? contextLocale;
  const items = [
    { key: 'total_videos', label: 'Videos', value: analytics && formatCount(analytics.total_videos, locale) },
    { key: 'total_views', label: 'Views', value: analytics && formatCount(analytics.total_views, locale) },
    {
      key: 'average_completion_rate',
      label: 'Average completion rate',
      value: analytics && formatPercent(analytics.average_completion_rate, locale),
    },
    {
      key: 'average_engagement_score',
      label: 'Average engagement score',
      value: analytics && `${formatScore(analytics.average_engagement_score, locale)} / 10`,
    },
  ];
  return <StatGrid ref={ref} {...rest} items={items} className={cx('ss-metric-cards--template', className)} />;
});
