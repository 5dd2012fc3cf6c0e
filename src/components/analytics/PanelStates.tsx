'use client';
import type { ReactNode } from 'react';
import type { SixtySecondsError } from '../../api';
import { useWords } from '../../hooks/use-words';
import { errorText, type MessageOverrides } from '../../messages';
import { panelWords } from '../../messages/words';

/** How many placeholders a skeleton draws, shaped like the panel it stands for. */
export interface PanelSkeletonProps {
  /** The status a screen reader hears ("Loading account analytics…"). */
  label: string;
  /** Card placeholders (the panel's number of cards); 4 by default. */
  cards?: number | undefined;
  /** Full-width blocks (a trend chart, a table) under the cards; 3 by default. */
  blocks?: number | undefined;
  /** Chart placeholders laid out on the panel's chart grid (the video panel's five charts); none by default. */
  tiles?: number | undefined;
}

const placeholders = (count: number, className: string) =>
  Array.from({ length: count }, (_, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
    <div key={index} className={className} aria-hidden="true" />
  ));

/** Grey blocks where the cards and charts will be, and a status message for screen readers. */
export function PanelSkeleton({ label, cards = 4, blocks = 3, tiles = 0 }: PanelSkeletonProps) {
  return (
    <div className="ss-analytics-skeleton" role="status">
      <span className="ss-visually-hidden">{label}</span>
      {cards > 0 ? (
        <div className="ss-analytics-skeleton-cards">{placeholders(cards, 'ss-analytics-skeleton-card')}</div>
      ) : null}
      {tiles > 0 ? (
        <div className="ss-analytics-panel-grid">{placeholders(tiles, 'ss-analytics-skeleton-block')}</div>
      ) : null}
      {placeholders(blocks, 'ss-analytics-skeleton-block')}
    </div>
  );
}

/** Props of `PanelError`. */
export interface PanelErrorProps {
  /** What failed. */
  error: SixtySecondsError;
  /** The whole sentence for it, given the error's wording, e.g. `(reason) => m.panelAccountError({ reason })`. */
  text?: ((reason: string) => string) | undefined;
  /** What could not load, for the generic sentence ("Could not load {what}: …") when there is no `text`. */
  what?: string | undefined;
  /** True while a retry runs. */
  retrying: boolean;
  /** Asks again. */
  onRetry: () => void;
  /** Words over the provider's catalogue. */
  messages?: MessageOverrides | undefined;
}

/** What failed and a button to ask again; the error is worded from the catalogue (`errorText`). */
export function PanelError({ error, text, what = '', retrying, onRetry, messages }: PanelErrorProps) {
  const m = useWords(panelWords, messages);
  const reason = errorText(error, m) ?? '';
  return (
    <div className="ss-analytics-error">
      <p className="ss-analytics-error-message" role="alert">
        {text ? text(reason) : m.panelLoadError({ what, reason })}
      </p>
      {/* aria-disabled keeps the button focusable while a retry runs, so focus is not thrown to the page. */}
      <button
        type="button"
        className="ss-button ss-analytics-retry"
        aria-disabled={retrying || undefined}
        onClick={retrying ? undefined : onRetry}
      >
        {retrying ? m.tryingAgain : m.tryAgain}
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
