'use client';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useId } from 'react';
import type { TemplateAnalytics, TemplateTopVideo } from '../../api';
import { useLocale } from '../../hooks/context';
import { useWords } from '../../hooks/use-words';
import { type DistributionWords, distributionWords } from '../../messages/words';
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
  {
    data,
    children,
    headingLevel = 3,
    loading,
    error,
    locale: localeProp,
    theme,
    width,
    messages,
    className,
    style,
    ...rest
  },
  ref,
) {
  const providerLocale = useLocale();
  const locale = localeProp ?? providerLocale;
  const headingId = useId();
  const m = useWords(distributionWords, messages, locale);
  const Heading = `h${headingLevel}` as const;
  const totals =
    data &&
    ([
      [m.templateVideos, formatCount(data.total_videos, locale)],
      [m.metricViews, formatCount(data.total_views, locale)],
      [m.templateAverageCompletion, knownOr(data.average_completion_rate, (value) => formatPercent(value, locale), m)],
      [
        m.templateAverageEngagement,
        knownOr(
          data.average_engagement_score,
          (value) => m.chartScoreOutOfTen({ score: formatDecimal(value, locale, 1) }),
          m,
        ),
      ],
    ] as const);
  return (
    <section
      ref={ref}
      className={cx('ss-root', 'ss-template-performance', className)}
      aria-labelledby={data ? headingId : undefined}
      aria-label={data ? undefined : m.templatePerformance}
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
        messages={messages}
      />
      {data &&
        !loading &&
        !error &&
        (children ? (
          children(data.top_performing_videos)
        ) : (
          <TopVideosList videos={data.top_performing_videos} locale={locale} m={m} />
        ))}
    </section>
  );
});

function TopVideosList({ videos, locale, m }: { videos: TemplateTopVideo[]; locale: string; m: DistributionWords }) {
  if (videos.length === 0) return null;
  return (
    <ol className="ss-template-performance-videos" aria-label={m.templateTopVideos}>
      {videos.map((video) => (
        <li key={video.video_id}>
          <span className="ss-template-performance-video-title">{video.title}</span>{' '}
          <span className="ss-template-performance-video-stats">
            {video.completion_rate === null || video.engagement_score === null
              ? m.noDataNoViews
              : m.templateVideoStats({
                  views: video.views,
                  completion: formatPercent(video.completion_rate, locale),
                  score: formatDecimal(video.engagement_score, locale, 1),
                })}
          </span>
        </li>
      ))}
    </ol>
  );
}
