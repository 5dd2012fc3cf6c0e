'use client';
import type { UseAnalyticsExportResult } from '../../hooks';
import { formatBytes, formatDateTime, formatPercent } from '../format';
import { safeUrl } from '../video/safe-url';

/** Props of the internal export status view. */
export interface ExportStatusViewProps {
  /** The export hook's state. */
  state: Pick<
    UseAnalyticsExportResult,
    | 'status'
    | 'progress'
    | 'exportId'
    | 'format'
    | 'downloadUrl'
    | 'expiresAt'
    | 'size'
    | 'error'
    | 'estimatedCompletion'
  >;
  /** What is exported, for the messages ("account"). */
  typeName: string;
  /** BCP 47 locale for the size, percentage and expiry. */
  locale: string;
  /** Stops a running export. */
  onCancel: () => void;
  /** Starts the last export again. */
  onRetry: () => void;
  /** Receives the state's one action (cancel, retry or the download link), where focus goes when it changes. */
  actionRef?: ((element: HTMLElement | null) => void) | undefined;
}

/** Progress bar while running, a download link with its expiry when done, an error with a retry when not. */
export function ExportStatusView({ state, typeName, locale, onCancel, onRetry, actionRef }: ExportStatusViewProps) {
  const { status, progress, exportId, format, size, expiresAt, error, estimatedCompletion } = state;
  if (status === 'starting' || status === 'processing') {
    return (
      <div className="ss-export-status" data-status={status}>
        <div
          role="progressbar"
          aria-label="Export progress"
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={progress}
          aria-valuetext={status === 'starting' ? 'Starting' : formatPercent(progress / 100, locale)}
          className="ss-export-progress"
        >
          <div className="ss-export-progress-bar" style={{ width: `${progress}%` }} />
        </div>
        <p className="ss-export-message">
          {status === 'starting'
            ? `Starting the ${typeName} export…`
            : `Preparing the ${typeName} export… ${formatPercent(progress / 100, locale)}`}
          {estimatedCompletion && ` Expected by ${formatDateTime(estimatedCompletion, locale)}.`}
        </p>
        <button type="button" ref={actionRef} className="ss-button ss-export-cancel" onClick={onCancel}>
          Cancel export
        </button>
      </div>
    );
  }
  if (status === 'failed') {
    return (
      <div className="ss-export-status" data-status={status}>
        <p role="alert" className="ss-export-error">
          The export failed: {error?.message ?? 'unknown error.'}
        </p>
        <button type="button" ref={actionRef} className="ss-button ss-export-retry" onClick={onRetry}>
          Retry export
        </button>
      </div>
    );
  }
  if (status !== 'completed') return null;

  const href = safeUrl(state.downloadUrl);
  if (!href) {
    return (
      <div className="ss-export-status" data-status="unsafe">
        <p role="alert" className="ss-export-error">
          The export finished, but its download link is not a web address this page can open safely.
        </p>
        <button type="button" ref={actionRef} className="ss-button ss-export-retry" onClick={onRetry}>
          Export again
        </button>
      </div>
    );
  }
  const label = (format ?? 'file').toUpperCase();
  return (
    <div className="ss-export-status" data-status={status}>
      <a ref={actionRef} className="ss-export-download" href={href} download>
        Download {typeName} {label}
        {size !== undefined ? ` (${formatBytes(size, locale)})` : ''}
      </a>
      <p className="ss-export-meta">
        {expiresAt ? <>Link expires {formatDateTime(expiresAt, locale)}</> : null}
        {exportId ? <span className="ss-export-id"> · Export {exportId}</span> : null}
      </p>
    </div>
  );
}
