'use client';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useId } from 'react';
import type { TemplateAnalytics, TemplateTopVideo } from '../../api';
import { useLocale } from '../../hooks/context';
import { type Theme, themeRootProps } from '../../theme';
import { cx } from '../class-names';
import { formatCount, formatDecimal, formatPercent } from '../format';
import type { MetricsDistributionData } from './distribution-rows';
import { MetricsDistribution } from './MetricsDistribution';
import type { ChartError } from './primitives';

/** Props of `TemplatePerformance`. */
export interface TemplatePerformanceProps extends Omit<ComponentPropsWithoutRef<'section'>, 'children'> {
  /** A template's analytics; or just its `metrics_distribution`, to show the box plots alone. */
  data?: TemplateAnalytics | MetricsDistributionData;
  /** Renders the top videos, e.g. `(videos) => <TopVideosTable videos={videos} />`; a plain list by default. */
  renderTopVideos?: (videos: TemplateTopVideo[]) => ReactNode;
  /** Shown after the box plots instead of the default top videos list. */
  children?: ReactNode;
  /** The level of the template's name heading (shown with full analytics); 3 by default. */
  headingLevel?: 2 | 3 | 4 | 5;
  /** Show skeletons while data loads. */
  loading?: boolean;
  /** Show this error's message instead of the charts. */
  error?: ChartError;
  /** BCP 47 locale; the provider's (or `en-US`) by default. */
  locale?: string;
  /** Colour mode and token overrides. */
  theme?: Theme;
  /** A fixed chart width in pixels instead of filling the container (tests, static exports). */
  width?: number;
}

const isTemplateAnalytics = (data: object): data is TemplateAnalytics => 'metrics_distribution' in data;

/** A template's totals, its metric distributions as box plots, and its best videos. */
export const TemplatePerformance = forwardRef<HTMLElement, TemplatePerformanceProps>(function TemplatePerformance(
  {
    data,
    renderTopVideos,
    children,
    headingLevel = 3,
    loading,
    error,
    locale: localeProp,
    theme,
    width,
    className,
    style,
    ...rest
  },
  ref,
) {
  const providerLocale = useLocale();
  const locale = localeProp ?? providerLocale;
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  const full = data && isTemplateAnalytics(data) ? data : undefined;
  const distribution = full ? full.metrics_distribution : (data as MetricsDistributionData | undefined);
  const totals = full && [
    ['Videos', formatCount(full.total_videos, locale)],
    ['Views', formatCount(full.total_views, locale)],
    ['Average completion rate', formatPercent(full.average_completion_rate, locale)],
    ['Average engagement score', `${formatDecimal(full.average_engagement_score, locale, 1)} / 10`],
  ];
  return (
    <section
      ref={ref}
      className={cx('ss-root', 'ss-template-performance', className)}
      aria-labelledby={full ? headingId : undefined}
      aria-label={full ? undefined : 'Template performance'}
      {...themeRootProps(theme, style)}
      {...rest}
    >
      {full && (
        <Heading id={headingId} className="ss-template-performance-title">
          {full.name}
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
      <MetricsDistribution data={distribution} loading={loading} error={error} width={width} locale={locale} />
      {!loading &&
        !error &&
        (full
          ? (renderTopVideos?.(full.top_performing_videos) ??
            children ?? <TopVideosList videos={full.top_performing_videos} locale={locale} />)
          : children)}
    </section>
  );
});

function TopVideosList({ videos, locale }: { videos: TemplateTopVideo[]; locale: string }) {
  if (videos.length === 0) return null;
  return (
    <ol className="ss-template-performance-videos" aria-label="Top performing videos">
      {videos.map((video) => (
        <li key={video.video_id}>
          <span className="ss-template-performance-video-title">{video.title}</span>{' '}
          <span className="ss-template-performance-video-stats">
            {formatCount(video.views, locale)} views · {formatPercent(video.completion_rate, locale)} completion ·{' '}
            {formatDecimal(video.engagement_score, locale, 1)} / 10
          </span>
        </li>
      ))}
    </ol>
  );
}
