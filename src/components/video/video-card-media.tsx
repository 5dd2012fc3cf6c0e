import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { AspectRatio, Video } from '../../api';
import { formatClock } from '../format';
import { safeUrl } from './safe-url';
import { type ProgressMilestone, useProgressMilestones } from './use-progress-milestones';
import {
  DefaultDraftOverlay,
  DefaultErrorOverlay,
  DefaultLoadingOverlay,
  DefaultProcessingOverlay,
  type VideoCardErrorInfo,
} from './video-card-overlays';

/** A captions file for the player; the API has none, so a host that makes them passes them in. */
export interface VideoCaptionTrack {
  /** The WebVTT file; only http(s) URLs are used. */
  src: string;
  /** Its language, e.g. `en`. */
  srcLang: string;
  /** The name the player's menu shows. */
  label: string;
  /** Shown by default. */
  default?: boolean;
}

/** The media box's inputs; the card passes its props through. */
export interface VideoCardMediaProps {
  video: Video;
  captions?: readonly VideoCaptionTrack[] | undefined;
  aspectRatio: AspectRatio;
  onPlay?: ((video: Video) => void) | undefined;
  onPause?: ((video: Video, currentTime: number) => void) | undefined;
  onEnded?: ((video: Video) => void) | undefined;
  onProgress?: ((percent: ProgressMilestone, video: Video) => void) | undefined;
  renderLoading?: ((video: Video) => ReactNode) | undefined;
  renderProcessing?: ((video: Video) => ReactNode) | undefined;
  renderDraft?: ((video: Video) => ReactNode) | undefined;
  renderError?: ((info: VideoCardErrorInfo) => ReactNode) | undefined;
}

/** The aspect-ratio box: poster and play button until pressed, then the `<video>`; an overlay per state. */
export function VideoCardMedia(props: VideoCardMediaProps) {
  const { video, aspectRatio, captions = [], onPlay, onPause, onEnded, onProgress } = props;
  const src = video.status === 'published' ? safeUrl(video.url) : undefined;
  const thumbnail = safeUrl(video.thumbnail);
  // A poster that fails (expired CDN link) shows the placeholder, never the browser's broken-image icon.
  const [brokenPoster, setBrokenPoster] = useState<string>();
  const poster = thumbnail === brokenPoster ? undefined : thumbnail;
  // Remembering which URL was started means a new URL (or video) returns to its poster by itself.
  const [startedSrc, setStartedSrc] = useState<string>();
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const started = src !== undefined && startedSrc === src;
  const player = useRef<HTMLVideoElement>(null);
  const milestones = useProgressMilestones((percent) => onProgress?.(percent, video), video.duration);

  useEffect(() => {
    // The play button disappears when pressed, so focus follows it to the player instead of falling to <body>.
    if (started) player.current?.focus();
  }, [started]);

  const start = () => {
    setLoading(true);
    setFailed(false);
    setStartedSrc(src);
  };

  const overlay = (): ReactNode => {
    if (video.status === 'draft') return (props.renderDraft ?? DefaultDraftOverlay)(video);
    if (video.status === 'processing') return (props.renderProcessing ?? DefaultProcessingOverlay)(video);
    const renderError = props.renderError ?? DefaultErrorOverlay;
    if (video.status === 'failed') return renderError({ video, reason: 'failed' });
    if (src === undefined) return renderError({ video, reason: 'unavailable' });
    if (started && failed) return renderError({ video, reason: 'playback' });
    if (started && loading) return (props.renderLoading ?? DefaultLoadingOverlay)(video);
    return null;
  };

  return (
    <div className="ss-video-card-media" data-aspect-ratio={aspectRatio}>
      {started ? (
        // biome-ignore lint/a11y/useMediaCaption: the API has no captions; tracks come from the `captions` prop.
        <video
          ref={player}
          className="ss-video-card-video"
          src={src}
          poster={poster}
          aria-label={video.title}
          // Focusable by script only: the play button hands focus here, and Tab still reaches the native controls.
          tabIndex={-1}
          controls
          autoPlay
          playsInline
          onPlay={() => {
            milestones.onPlay();
            onPlay?.(video);
          }}
          onPause={(event) => onPause?.(video, event.currentTarget.currentTime)}
          onEnded={() => {
            milestones.onEnded();
            onEnded?.(video);
          }}
          onTimeUpdate={milestones.onTimeUpdate}
          onWaiting={() => setLoading(true)}
          onCanPlay={() => setLoading(false)}
          onPlaying={() => setLoading(false)}
          onError={() => setFailed(true)}
        >
          {captions.map((track) => {
            const trackSrc = safeUrl(track.src);
            return trackSrc ? (
              <track
                key={trackSrc}
                kind="captions"
                src={trackSrc}
                srcLang={track.srcLang}
                label={track.label}
                default={track.default}
              />
            ) : null;
          })}
          <a href={src}>Download {video.title}</a>
        </video>
      ) : (
        <>
          {poster ? (
            <img
              className="ss-video-card-poster"
              src={poster}
              alt=""
              loading="lazy"
              decoding="async"
              onError={() => setBrokenPoster(poster)}
            />
          ) : (
            <div className="ss-video-card-placeholder" />
          )}
          {src !== undefined && (
            <button type="button" className="ss-video-card-play" aria-label={`Play ${video.title}`} onClick={start}>
              <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
                <path d="M8 5v14l11-7z" />
              </svg>
            </button>
          )}
          {src !== undefined && video.duration !== null && (
            <span className="ss-video-card-clock" aria-hidden="true">
              {formatClock(video.duration)}
            </span>
          )}
        </>
      )}
      {overlay()}
    </div>
  );
}
