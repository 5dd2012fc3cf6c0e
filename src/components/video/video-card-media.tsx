'use client';
import { type ReactNode, useEffect, useRef, useState } from 'react';
import type { AspectRatio, Video } from '../../api';
import type { GalleryWords } from '../../messages/words';
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
  default?: boolean | undefined;
}

/** The media box's inputs; the card passes its props through. */
export interface VideoCardMediaProps {
  /** The video to show, as the API returns it. */
  video: Video;
  /** Caption tracks for the player. */
  captions?: readonly VideoCaptionTrack[] | undefined;
  /** The frame's shape; a poster or video of another shape shows whole inside it, letterboxed. */
  aspectRatio: AspectRatio;
  /** Called when playback starts or resumes. */
  onPlay?: ((video: Video) => void) | undefined;
  /** Called when the viewer pauses, with the position in seconds; not for the pause that comes with the end. */
  onPause?: ((video: Video, currentTime: number) => void) | undefined;
  /** Called when a playthrough reaches the end. */
  onEnded?: ((video: Video) => void) | undefined;
  /** Called once per playthrough as 25, 50, 75 and 100 % are reached. */
  onProgress?: ((percent: ProgressMilestone, video: Video) => void) | undefined;
  /** Replaces the loading overlay; an element with class `ss-video-card-overlay` sits over the frame like ours. */
  renderLoading?: ((video: Video) => ReactNode) | undefined;
  /** Replaces the processing overlay (`ss-video-card-overlay` places it, as for `renderLoading`). */
  renderProcessing?: ((video: Video) => ReactNode) | undefined;
  /** Replaces the draft overlay (`ss-video-card-overlay` places it, as for `renderLoading`). */
  renderDraft?: ((video: Video) => ReactNode) | undefined;
  /** Replaces the error overlay (`ss-video-card-overlay` places it); on a playback error `info.retry` resets the card. */
  renderError?: ((info: VideoCardErrorInfo) => ReactNode) | undefined;
}

/**
 * The aspect-ratio box: poster and play button until pressed, then the `<video>` with its native controls; an overlay
 * per state. A video that fails to load is taken away, so its message and "Try again" never cover working controls.
 */
export function VideoCardMedia(props: VideoCardMediaProps & { m: GalleryWords }) {
  const { video, aspectRatio, captions = [], onPlay, onPause, onEnded, onProgress, m } = props;
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
  const playing = started && !failed;
  const frame = useRef<HTMLDivElement>(null);
  const player = useRef<HTMLVideoElement>(null);
  const playButton = useRef<HTMLButtonElement>(null);
  // Set by retry: the error overlay (and its button) vanish, so focus goes back to the play button.
  const refocusPlay = useRef(false);
  // Set when the focused player fails: it goes away, so focus moves to the error's button (or the frame).
  const refocusError = useRef(false);
  const milestones = useProgressMilestones((percent) => onProgress?.(percent, video), video.duration);

  useEffect(() => {
    // The play button disappears when pressed, so focus follows it to the player instead of falling to <body>.
    if (started) player.current?.focus();
    else if (refocusPlay.current) playButton.current?.focus();
    refocusPlay.current = false;
  }, [started]);

  useEffect(() => {
    if (!failed || !refocusError.current) return;
    refocusError.current = false;
    (frame.current?.querySelector('button') ?? frame.current)?.focus();
  }, [failed]);

  const start = () => {
    setLoading(true);
    setFailed(false);
    setStartedSrc(src);
  };

  const retry = () => {
    refocusPlay.current = true;
    setStartedSrc(undefined);
    setFailed(false);
    setLoading(false);
  };

  const overlay = (): ReactNode => {
    if (video.status === 'draft') return props.renderDraft ? props.renderDraft(video) : <DefaultDraftOverlay m={m} />;
    if (video.status === 'processing') {
      return props.renderProcessing ? props.renderProcessing(video) : <DefaultProcessingOverlay m={m} />;
    }
    const renderError = props.renderError ?? ((info: VideoCardErrorInfo) => <DefaultErrorOverlay {...info} m={m} />);
    if (video.status === 'failed') return renderError({ video, reason: 'failed' });
    if (src === undefined) return renderError({ video, reason: 'unavailable' });
    if (started && failed) return renderError({ video, reason: 'playback', retry });
    if (playing && loading) return props.renderLoading ? props.renderLoading(video) : <DefaultLoadingOverlay m={m} />;
    return null;
  };

  return (
    <div
      ref={frame}
      className="ss-video-card-media"
      data-aspect-ratio={aspectRatio}
      data-state={started && failed ? 'failed' : playing ? 'playing' : 'poster'}
      tabIndex={-1}
    >
      {started && failed ? null : playing ? (
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
          onPause={(event) => {
            // Browsers pause just before `ended`; that is the end of a playthrough, not a viewer's pause.
            if (!event.currentTarget.ended) onPause?.(video, event.currentTarget.currentTime);
          }}
          onEnded={() => {
            milestones.onEnded();
            onEnded?.(video);
          }}
          onTimeUpdate={milestones.onTimeUpdate}
          onWaiting={() => setLoading(true)}
          onCanPlay={() => setLoading(false)}
          onPlaying={() => setLoading(false)}
          onError={(event) => {
            refocusError.current = event.currentTarget === document.activeElement;
            setFailed(true);
          }}
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
          <a href={src}>{m.videoCardDownload({ title: video.title })}</a>
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
            <button
              ref={playButton}
              type="button"
              className="ss-video-card-play"
              aria-label={m.videoCardPlay({ title: video.title })}
              onClick={start}
            >
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
