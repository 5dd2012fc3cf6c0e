'use client';
import type { ReactNode } from 'react';
import type { SixtySecondsError } from '../../api';

/** Placeholder cards in the grid's shape while the first page loads. */
export function GallerySkeleton({ count }: { count: number }) {
  return (
    <>
      <p className="ss-visually-hidden" role="status">
        Loading videos…
      </p>
      <ul className="ss-video-gallery-grid" aria-hidden="true">
        {Array.from({ length: count }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity but their place.
          <li key={index} className="ss-video-gallery-skeleton">
            <div className="ss-video-gallery-skeleton-media" />
            <div className="ss-video-gallery-skeleton-line" />
            <div className="ss-video-gallery-skeleton-line ss-video-gallery-skeleton-line-short" />
          </li>
        ))}
      </ul>
    </>
  );
}

/** What the gallery says when a page holds no videos. */
export function GalleryEmpty({ children }: { children: ReactNode }) {
  return <div className="ss-video-gallery-empty">{children}</div>;
}

/** The failure, its message and a way to ask again. */
export function GalleryError({ error, onRetry }: { error: SixtySecondsError; onRetry: () => void }) {
  return (
    <div className="ss-video-gallery-error" role="alert">
      <p className="ss-video-gallery-error-title">The videos could not be loaded.</p>
      <p className="ss-video-gallery-error-message">{error.message}</p>
      <button type="button" className="ss-button" onClick={onRetry}>
        Try again
      </button>
    </div>
  );
}
