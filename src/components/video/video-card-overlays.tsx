'use client';
import type { ReactNode } from 'react';
import type { Video } from '../../api';
import type { GalleryWords } from '../../messages/words';

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

const errorText = (reason: VideoCardErrorReason, m: GalleryWords) =>
  ({ failed: m.videoCardFailed, unavailable: m.videoCardUnavailable, playback: m.videoCardPlaybackFailed })[reason];

/** The catalogue the default overlays word themselves with. */
type Worded = { m: GalleryWords };

/** The frame every overlay shares, so custom content sits in the same place. */
const Overlay = ({ kind, children }: { kind: string; children: ReactNode }) => (
  <div className={`ss-video-card-overlay ss-video-card-overlay-${kind}`}>{children}</div>
);

/** A spinner drawn with CSS; hidden from assistive technology since the text beside it says the same. */
const Spinner = () => <span className="ss-video-card-spinner" aria-hidden="true" />;

/** Shown while the player fetches the first frames after play. */
export const DefaultLoadingOverlay = ({ m }: Worded) => (
  <Overlay kind="loading">
    <Spinner />
    <span>{m.videoCardBuffering}</span>
  </Overlay>
);

/** Shown while the API renders the video. */
export const DefaultProcessingOverlay = ({ m }: Worded) => (
  <Overlay kind="processing">
    <Spinner />
    <span>{m.videoCardProcessing}</span>
  </Overlay>
);

/** Shown for a draft that has not been rendered yet. */
export const DefaultDraftOverlay = ({ m }: Worded) => (
  <Overlay kind="draft">
    <span>{m.videoCardDraft}</span>
  </Overlay>
);

/** Shown when the video cannot be played. */
export const DefaultErrorOverlay = ({ reason, retry, m }: VideoCardErrorInfo & Worded) => (
  <Overlay kind="error">
    <span className="ss-video-card-error-icon" aria-hidden="true">
      !
    </span>
    <span>{errorText(reason, m)}</span>
    {retry && (
      <button type="button" className="ss-button ss-video-card-retry" onClick={retry}>
        {m.tryAgain}
      </button>
    )}
  </Overlay>
);
