'use client';
import type { ReactNode } from 'react';
import type { Video } from '../../api';

/** Why a card shows its error overlay: the render failed, the URL is unusable, or the browser could not play it. */
export type VideoCardErrorReason = 'failed' | 'unavailable' | 'playback';

/** What `renderError` receives. */
export interface VideoCardErrorInfo {
  /** The video the card shows. */
  video: Video;
  /** Why it cannot be played. */
  reason: VideoCardErrorReason;
  /** For `playback` only: puts the card back to its poster and play button, so the viewer can try again. */
  retry?: (() => void) | undefined;
}

const ERROR_TEXT: Record<VideoCardErrorReason, string> = {
  failed: 'This video failed to render.',
  unavailable: 'This video is not available to play.',
  playback: 'The video could not be loaded.',
};

/** The frame every overlay shares, so custom content sits in the same place. */
const Overlay = ({ kind, children }: { kind: string; children: ReactNode }) => (
  <div className={`ss-video-card-overlay ss-video-card-overlay-${kind}`}>{children}</div>
);

/** A spinner drawn with CSS; hidden from assistive technology since the text beside it says the same. */
const Spinner = () => <span className="ss-video-card-spinner" aria-hidden="true" />;

/** Shown while the player fetches the first frames after play. */
export const DefaultLoadingOverlay = () => (
  <Overlay kind="loading">
    <Spinner />
    <span>Loading video…</span>
  </Overlay>
);

/** Shown while the API renders the video. */
export const DefaultProcessingOverlay = () => (
  <Overlay kind="processing">
    <Spinner />
    <span>Processing — ready soon</span>
  </Overlay>
);

/** Shown for a draft that has not been rendered yet. */
export const DefaultDraftOverlay = () => (
  <Overlay kind="draft">
    <span>Draft — not rendered yet</span>
  </Overlay>
);

/** Shown when the video cannot be played. */
export const DefaultErrorOverlay = ({ reason, retry }: VideoCardErrorInfo) => (
  <Overlay kind="error">
    <span className="ss-video-card-error-icon" aria-hidden="true">
      !
    </span>
    <span>{ERROR_TEXT[reason]}</span>
    {retry && (
      <button type="button" className="ss-button ss-video-card-retry" onClick={retry}>
        Try again
      </button>
    )}
  </Overlay>
);
