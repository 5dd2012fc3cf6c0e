'use client';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useId } from 'react';
import type { TemplateAnalytics, TemplateTopVideo } from '../../api';
import { useLocale } from '../../hooks/context';
import { useMessages } from '../../hooks/use-messages';
import type { BoundMessages } from '../../messages';
import { themeRootProps } from '../../theme';
import { cx } from '../class-names';
import type { DataStateProps } from '../data-state';
import { formatCount, formatDecimal, formatPercent } from '../format';
import { knownOr } from '../unknown-value';
import { MetricsDistribution } from './MetricsDistribution';

/** Props of `TemplatePerformance`. */
export interface TemplatePerformanceProps
  extends DataStateProps,
    Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** A template's analytics (`GET /analytics/templates/{id}`); for the box plots alone use `MetricsDistribution`. */
  data?: TemplateAnalytics | undefined;
  /** Draws the top videos yourself, e.g. `(videos) => <TopVideosTable videos={videos} />`; a plain list by default. */
  children?: ((videos: TemplateTopVideo[]) => ReactNode) | undefined;
  /** The level of the template's name heading; 3 by default. */
  headingLevel?: 2 | 3 | 4 | 5 | undefined;
  /** BCP 47 locale; the provider's (or `en-US`) by default. */
  locale?: string | undefined;
  /** A fixed chart width in pixels instead of filling the container (tests, static exports). */
  width?: number | undefined;
}

/** A template's totals, its metric distributions as box plots, and its best videos. */
export const TemplatePerformance = forwardRef<HTMLElement, TemplatePerformanceProps>(function TemplatePerformance(
  { data, children, headingLevel = 3, loading, error, locale: localeProp, theme, width, className, style, ...rest },
  ref,
) {
  const providerLocale = useLocale();
  const locale = localeProp ?? providerLocale;
  const noData = useMessages(rest.messages);
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const totals =
    data &&
    ([
      ['Videos', formatCount(data.total_videos, locale)],
      ['Views', formatCount(data.total_views, locale)],
      [
        'Average completion rate',
        knownOr(data.average_completion_rate, (value) => formatPercent(value, locale), noData),
      ],
      [
        'Average engagement score',
        knownOr(data.average_engagement_score, (value) => `${formatDecimal(value, locale, 1)} / 10`, noData),
      ],
    ] as const);
  return (
    <section
      ref={ref}
      className={cx('ss-root', 'ss-template-performance', className)}
      aria-labelledby={data ? headingId : undefined}
      aria-label={data ? undefined : 'Template performance'}
      {...themeRootProps(theme, style)}
      {...rest}
    >
      {data && (
        <Heading id={headingId} className="ss-template-performance-title">
          {data.name}
        </Heading>
      )}
      {totals && !loading && !error && (
        <dl className="ss-template-performance-totals">
          {totals.map(([term, value]) => (
            <div key={term} className="ss-template-performance-total">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <MetricsDistribution
        data={data?.metrics_distribution}
        loading={loading}
        error={error}
        width={width}
        locale={locale}
      />
      {data &&
        !loading &&
        !error &&
        (children ? (
          children(data.top_performing_videos)
        ) : (
          <TopVideosList videos={data.top_performing_videos} locale={locale} noData={noData} />
        ))}
    </section>
  );
});

function TopVideosList({
  videos,
  locale,
  noData,
}: {
  videos: TemplateTopVideo[];
  locale: string;
  noData: BoundMessages;
}) {
  if (videos.length === 0) return null;
  return (
    <ol className="ss-template-performance-videos" aria-label="Top performing videos">
      {videos.map((video) => (
        <li key={video.video_id}>
          <span className="ss-template-performance-video-title">{video.title}</span>{' '}
          <span className="ss-template-performance-video-stats">
            {formatCount(video.views, locale)} views ·{' '}
            {knownOr(video.completion_rate, (value) => formatPercent(value, locale), noData)} completion ·{' '}
            {knownOr(video.engagement_score, (value) => `${formatDecimal(value, locale, 1)} / 10`, noData)}
          </span>
        </li>
      ))}
    </ol>
  );
}
