'use client';
import type { ReactNode } from 'react';
import type { SixtySecondsError } from '../../api';

/** Grey blocks where the cards and charts will be, and a status message for screen readers. */
export function PanelSkeleton({ label, blocks = 3 }: { label: string; blocks?: number }) {
  return (
    <div className="ss-analytics-skeleton" role="status">
      <span className="ss-visually-hidden">{label}</span>
      <div className="ss-analytics-skeleton-cards" aria-hidden="true">
        {Array.from({ length: 6 }, (_, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
          <div key={index} className="ss-analytics-skeleton-card" />
        ))}
      </div>
      {Array.from({ length: blocks }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <div key={index} className="ss-analytics-skeleton-block" aria-hidden="true" />
      ))}
    </div>
  );
}

/** What failed and a button to ask again; the message comes from the error, which is written for people. */
export function PanelError({
  error,
  what,
  retrying,
  onRetry,
}: {
  error: SixtySecondsError;
  what: string;
  retrying: boolean;
  onRetry: () => void;
}) {
  return (
    <div className="ss-analytics-error">
      <p className="ss-analytics-error-message" role="alert">
        Could not load {what}: {error.message}
      </p>
      {/* aria-disabled keeps the button focusable while a retry runs, so focus is not thrown to the page. */}
      <button
        type="button"
        className="ss-button ss-analytics-retry"
        aria-disabled={retrying || undefined}
        onClick={retrying ? undefined : onRetry}
      >
        {retrying ? 'Trying again…' : 'Try again'}
      </button>
    </div>
  );
}

/** A calm message where data would be, e.g. for a video nobody has watched yet. */
export function PanelEmpty({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="ss-analytics-empty">
      <p className="ss-analytics-empty-title">{title}</p>
      {children ? <p className="ss-analytics-empty-text">{children}</p> : null}
    </div>
  );
}
