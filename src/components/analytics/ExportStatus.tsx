'use client';
import type { ExportType } from '../../api';
import type { UseAnalyticsExportResult } from '../../hooks';
import { useWords } from '../../hooks/use-words';
import { errorText, type MessageOverrides } from '../../messages';
import { panelWords } from '../../messages/words';
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
  type: ExportType;
  /** BCP 47 locale for the size, percentage, expected time and expiry. */
  locale: string;
  /** Words over the provider's catalogue. */
  messages?: MessageOverrides | undefined;
  /** Stops a running export. */
  onCancel: () => void;
  /** Starts the last export again. */
  onRetry: () => void;
  /** Receives the state's one action (cancel, retry or the download link), where focus goes when it changes. */
  actionRef?: ((element: HTMLElement | null) => void) | undefined;
}

/**
 * A time of day in the viewer's own time zone ("15:35", "3:35 PM"): the estimate only shows in the browser, after the
 * viewer started an export, so there is no server render to agree with.
 */
const formatTime = (iso: string, locale: string) =>
  new Intl.DateTimeFormat(locale, { timeStyle: 'short' }).format(new Date(iso));

/** Progress bar while running, a download link with its expiry when done, an error with a retry when not. */
export function ExportStatusView({
  state,
  type,
  locale,
  messages,
  onCancel,
  onRetry,
  actionRef,
}: ExportStatusViewProps) {
  const m = useWords(panelWords, messages);
  const { status, progress, exportId, format, size, expiresAt, error, estimatedCompletion } = state;
  if (status === 'starting' || status === 'processing') {
    const percent = formatPercent(progress / 100, locale);
    return (
      <div className="ss-export-status" data-status={status}>
        <div
          role="progressbar"
          aria-label={m.exportProgressLabel}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={progress}
          aria-valuetext={status === 'starting' ? m.exportStartingValue : percent}
          className="ss-export-progress"
        >
          <div className="ss-export-progress-bar" style={{ width: `${progress}%` }} />
        </div>
        <p className="ss-export-message">
          {status === 'starting'
            ? m.exportStarting({ type })
            : estimatedCompletion
              ? m.exportProgressUntil({ percent, time: formatTime(estimatedCompletion, locale) })
              : m.exportProgress({ percent })}
        </p>
        <button type="button" ref={actionRef} className="ss-button ss-export-cancel" onClick={onCancel}>
          {m.exportCancel}
        </button>
      </div>
    );
  }
  if (status === 'failed') {
    return (
      <div className="ss-export-status" data-status={status}>
        <p role="alert" className="ss-export-error">
          {m.exportFailed({ reason: errorText(error, m) ?? m.exportUnknownError })}
        </p>
        <button type="button" ref={actionRef} className="ss-button ss-export-retry" onClick={onRetry}>
          {m.exportRetry}
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
          {m.exportUnsafeLink}
        </p>
        <button type="button" ref={actionRef} className="ss-button ss-export-retry" onClick={onRetry}>
          {m.exportAgain}
        </button>
      </div>
    );
  }
  const label = format === 'json' ? m.exportFormatJson : m.exportFormatCsv;
  return (
    <div className="ss-export-status" data-status={status}>
      <a ref={actionRef} className="ss-export-download" href={href} download>
        {m.exportDownload({ type, format: label })}
        {size !== undefined ? ` (${formatBytes(size, locale)})` : ''}
      </a>
      <p className="ss-export-meta">
        {expiresAt ? m.exportExpires({ date: formatDateTime(expiresAt, locale) }) : null}
        {exportId ? <span className="ss-export-id"> · {m.exportId({ id: exportId })}</span> : null}
      </p>
    </div>
  );
}
