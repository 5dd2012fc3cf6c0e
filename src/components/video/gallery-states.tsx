'use client';
import type { ReactNode } from 'react';
import type { SixtySecondsError } from '../../api';
import { errorText } from '../../messages';
import type { GalleryWords } from '../../messages/words';

/** Placeholder cards in the grid's shape while the first page loads. */
export function GallerySkeleton({ count, label }: { count: number; label: string }) {
  return (
    <>
      <p className="ss-visually-hidden" role="status">
        {label}
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

/** What the gallery says when a page holds no videos, and what to do about it (e.g. a "Create video" button). */
export function GalleryEmpty({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <div className="ss-video-gallery-empty">
      {children}
      {action}
    </div>
  );
}

/** The failure, its message and a way to ask again. */
export function GalleryError({
  error,
  onRetry,
  m,
}: {
  error: SixtySecondsError;
  onRetry: () => void;
  m: GalleryWords;
}) {
  return (
    <div className="ss-video-gallery-error" role="alert">
      <p className="ss-video-gallery-error-title">{m.galleryErrorTitle}</p>
      <p className="ss-video-gallery-error-message">{errorText(error, m)}</p>
      <button type="button" className="ss-button" onClick={onRetry}>
        {m.tryAgain}
      </button>
    </div>
  );
}
