'use client';
import { type ComponentPropsWithoutRef, forwardRef, useId } from 'react';
import type { AspectRatio, Video } from '../../api';
import { useLocale } from '../../hooks/context';
import { useWords } from '../../hooks/use-words';
import { galleryWords } from '../../messages/words';
import { type Theme, themeRootProps } from '../../theme';
import { cx } from '../class-names';
import type { MessagesProps } from '../data-state';
import { formatDate, formatDuration } from '../format';
import { resolveAspectRatio } from './aspect-ratio';
import { VideoCardMedia, type VideoCardMediaProps } from './video-card-media';
import { statusLabel } from './video-status';

/** Props of `VideoPlayerCard`. */
export interface VideoPlayerCardProps
  extends Omit<ComponentPropsWithoutRef<'article'>, 'children' | 'onPlay' | 'onPause' | 'onEnded' | 'onProgress'>,
    Omit<VideoCardMediaProps, 'aspectRatio' | 'video'>,
    MessagesProps {
  /** The video to show, as the API returns it; a placeholder card while it is left out (loading). */
  video?: Video | undefined;
  /**
   * The media frame's shape, overriding `video.aspect_ratio` (16:9 when neither is known); a video of another shape
   * shows whole inside it, letterboxed. The gallery gives every card 16:9 so its rows line up.
   */
  aspectRatio?: AspectRatio | undefined;
  /** BCP 47 locale for the duration and date; the provider's (or `en-US`) by default. */
  locale?: string | undefined;
  /** Colour mode and `--ss-*` overrides for this card. */
  theme?: Theme | undefined;
  /** The level of the title heading, to fit the host page's outline; 3 by default. */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
}

/**
 * One video: poster and play button (the `<video>` mounts only on play), title, duration and date, and a clear
 * state for draft, processing, published and failed.
 */
export const VideoPlayerCard = forwardRef<HTMLElement, VideoPlayerCardProps>(function VideoPlayerCard(props, ref) {
  const {
    video,
    aspectRatio,
    captions,
    locale: localeProp,
    theme,
    headingLevel = 3,
    onPlay,
    onPause,
    onEnded,
    onProgress,
    renderLoading,
    renderProcessing,
    renderDraft,
    renderError,
    messages,
    className,
    style,
    ...rest
  } = props;
  const providerLocale = useLocale();
  const locale = localeProp ?? providerLocale;
  const m = useWords(galleryWords, messages);
  const titleId = useId();
  const Heading = `h${headingLevel}` as const;
  const media = {
    captions,
    onPlay,
    onPause,
    onEnded,
    onProgress,
    renderLoading,
    renderProcessing,
    renderDraft,
    renderError,
  };

  if (!video) {
    return (
      <article
        ref={ref}
        aria-busy="true"
        aria-label={m.videoCardLoading}
        data-status="loading"
        {...rest}
        {...themeRootProps(theme, style)}
        className={cx('ss-root', 'ss-video-card', className)}
      >
        <div className="ss-video-gallery-skeleton-media" aria-hidden="true" />
        <div className="ss-video-gallery-skeleton-line" aria-hidden="true" />
      </article>
    );
  }

  return (
    <article
      ref={ref}
      aria-labelledby={titleId}
      data-status={video.status}
      {...rest}
      {...themeRootProps(theme, style)}
      className={cx('ss-root', 'ss-video-card', className)}
    >
      <VideoCardMedia
        video={video}
        aspectRatio={resolveAspectRatio(aspectRatio, video.aspect_ratio)}
        m={m}
        {...media}
      />
      <div className="ss-video-card-body">
        <Heading id={titleId} className="ss-video-card-title">
          {video.title}
        </Heading>
        <p className="ss-video-card-meta">
          {video.duration !== null && (
            <span className="ss-video-card-duration">{formatDuration(video.duration, locale)}</span>
          )}
          <time className="ss-video-card-date" dateTime={video.created_at}>
            {formatDate(video.created_at, locale)}
          </time>
        </p>
        {/* A live region, so a processing video that publishes is announced where it stands. */}
        <p className="ss-video-card-status" data-status={video.status} role="status">
          <span className="ss-visually-hidden">{m.videoCardStatus({ title: video.title })}</span>
          {statusLabel(video.status, m)}
        </p>
      </div>
    </article>
  );
});
