'use client';
import { type ComponentPropsWithoutRef, forwardRef, useCallback, useEffect, useId, useRef, useState } from 'react';
import { EXPORT_METRICS, type ExportRequest, type ExportType } from '../../api';
import { useLocale } from '../../hooks/context';
import type { UseAnalyticsExportResult } from '../../hooks/use-analytics-export';
import { useWords } from '../../hooks/use-words';
import { panelWords } from '../../messages/words';
import { type Theme, themeRootProps } from '../../theme';
import { cx } from '../class-names';
import type { MessagesProps } from '../data-state';
import { useFocusRecovery } from '../use-focus-recovery';
import { type ExportChoice, ExportForm } from './ExportForm';
import { ExportStatusView } from './ExportStatus';

/** Props of `ExportButton`. */
export interface ExportButtonProps extends Omit<ComponentPropsWithoutRef<'div'>, 'children'>, MessagesProps {
  /**
   * The export it shows and starts: the result of `useAnalyticsExport()` (the analytics panels pass theirs). Without
   * it the button renders and its options open, but there is nothing to start.
   */
  exporter?: UseAnalyticsExportResult | undefined;
  /** What to export; `account` by default. */
  type?: ExportType | undefined;
  /** The video or template id; required for `video` and `template` exports. */
  id?: string | undefined;
  /** First day of the period (`YYYY-MM-DD`). */
  startDate?: string | undefined;
  /** Last day of the period (`YYYY-MM-DD`). */
  endDate?: string | undefined;
  /** The metrics offered (all ticked at first); every metric the API exports by default. */
  metrics?: readonly string[] | undefined;
  /** The toggle's text; "Export account data" (or video, template) by default. */
  label?: string | undefined;
  /** Colour mode and token overrides. */
  theme?: Theme | undefined;
}

/** What an ExportButton with no `exporter` shows: idle, and nothing to start or stop. */
const NO_EXPORT: UseAnalyticsExportResult = {
  status: 'idle',
  progress: 0,
  isPending: false,
  start: async () => {},
  cancel: () => {},
  reset: () => {},
};

/**
 * Exports analytics as CSV or JSON: options, a progress bar, then a download link with its expiry, or a retry. A
 * finished link belongs to the subject and period it was made for: changing `type`, `id` or the dates starts afresh.
 * Presentational: the export runs in the `exporter` it is given (`useAnalyticsExport()`), so it needs no provider.
 */
export const ExportButton = forwardRef<HTMLDivElement, ExportButtonProps>(function ExportButton(
  {
    exporter = NO_EXPORT,
    type = 'account',
    id,
    startDate,
    endDate,
    metrics,
    label,
    messages,
    theme,
    className,
    style,
    ...rest
  },
  ref,
) {
  const formId = useId();
  const locale = useLocale();
  const m = useWords(panelWords, messages);
  const [open, setOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const lastRequest = useRef<ExportRequest | null>(null);
  const offered = metrics ?? EXPORT_METRICS;
  // When cancel, retry or the download link replaces the control a keyboard user was on, focus moves to the new
  // state's action (the toggle once idle) instead of falling to the page.
  const action = useRef<HTMLElement | null>(null);
  const setAction = useCallback((element: HTMLElement | null) => {
    action.current = element;
  }, []);
  const focusProps = useFocusRecovery<HTMLDivElement>(() => action.current ?? toggleRef.current, rest);

  // Another video, template or period: a running or finished export is for the old one, so it goes.
  const subject = JSON.stringify([type, id, startDate, endDate]);
  const madeFor = useRef(subject);
  const { reset } = exporter;
  useEffect(() => {
    if (madeFor.current === subject) return;
    madeFor.current = subject;
    lastRequest.current = null;
    reset();
  }, [subject, reset]);

  const run = (choice: ExportChoice) => {
    const request: ExportRequest = {
      type,
      ...(type !== 'account' && id ? { id } : {}),
      ...(startDate ? { start_date: startDate } : {}),
      ...(endDate ? { end_date: endDate } : {}),
      format: choice.format,
      metrics: choice.metrics,
    };
    lastRequest.current = request;
    setOpen(false);
    // The form unmounts, so focus goes back to the toggle instead of being lost.
    toggleRef.current?.focus();
    void exporter.start(request);
  };

  const retry = () => {
    if (lastRequest.current) void exporter.start(lastRequest.current);
  };

  return (
    <div
      ref={ref}
      {...rest}
      {...focusProps}
      {...themeRootProps(theme, style)}
      className={cx('ss-root', 'ss-export', className)}
    >
      <button
        ref={toggleRef}
        type="button"
        className="ss-button ss-export-toggle"
        aria-expanded={open}
        data-state={open ? 'open' : 'closed'}
        aria-controls={open ? formId : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        {label ?? m.exportToggle({ type })}
      </button>
      {open ? (
        <ExportForm id={formId} metrics={offered} disabled={exporter.isPending} onSubmit={run} messages={messages} />
      ) : null}
      <ExportStatusView
        state={exporter}
        type={type}
        locale={locale}
        messages={messages}
        onCancel={exporter.cancel}
        onRetry={retry}
        actionRef={setAction}
      />
      <p className="ss-visually-hidden" role="status">
        {exporter.status === 'completed' ? m.exportReadyStatus : exporter.isPending ? m.exportRunningStatus : ''}
      </p>
    </div>
  );
});
