'use client';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode, useId } from 'react';
import { useWords } from '../../../hooks/use-words';
import { errorText } from '../../../messages';
import { chartWords } from '../../../messages/words';
import { themeRootProps } from '../../../theme';
import { cx } from '../../class-names';
import type { DataStateProps } from '../../data-state';
import { ChartDataTable, type ChartTableData } from './ChartDataTable';

/** The title every chart shows and names itself by; the states come from `DataStateProps`. */
export interface ChartTitleProps {
  /** The chart's visible title and accessible name. */
  title?: ReactNode | undefined;
  /** Keep the title for screen readers only, e.g. when a surrounding panel already shows a heading. */
  hideTitle?: boolean | undefined;
}

/** Props of `ChartFrame`. */
export interface ChartFrameProps
  extends DataStateProps,
    ChartTitleProps,
    Omit<ComponentPropsWithoutRef<'figure'>, 'title'> {
  /** The chart's name, giving the root an `ss-<chart>` class to style it by. */
  chart?: string | undefined;
  /** One or two sentences a screen reader hears after the title, e.g. the largest slice. */
  summary?: ReactNode;
  /** The exact numbers, rendered as a visually hidden table captioned with the title. */
  table?: ChartTableData;
  /** A message shown instead of the plot when there is nothing to draw. */
  empty?: ReactNode;
  /** The skeleton's height in pixels. */
  skeletonHeight?: number;
}

/**
 * The figure around every chart: accessible name and summary, loading/error/empty states, the visually hidden
 * data table, and the `ss-root` theme hook. The plot itself is `children`; `data-state` is `loading`, `error`,
 * `empty` or `ready`.
 */
export const ChartFrame = forwardRef<HTMLElement, ChartFrameProps>(function ChartFrame(
  {
    chart,
    title,
    hideTitle,
    summary,
    table,
    loading,
    error,
    empty,
    skeletonHeight = 160,
    theme,
    messages,
    className,
    style,
    children,
    ...rest
  },
  ref,
) {
  const titleId = useId();
  const summaryId = useId();
  const m = useWords(chartWords, messages);
  const message = errorText(error, m);
  const ready = !loading && !message;
  const hasSummary = ready && !empty && summary != null;
  return (
    <figure
      ref={ref}
      className={cx('ss-root', 'ss-chart', chart && `ss-${chart}`, className)}
      aria-labelledby={titleId}
      aria-describedby={hasSummary ? summaryId : undefined}
      aria-busy={loading || undefined}
      data-state={loading ? 'loading' : message ? 'error' : empty ? 'empty' : 'ready'}
      {...themeRootProps(theme, style)}
      {...rest}
    >
      <figcaption id={titleId} className={cx('ss-chart-title', hideTitle && 'ss-visually-hidden')}>
        {title}
      </figcaption>
      {loading ? (
        <div className="ss-chart-skeleton" style={{ height: skeletonHeight }}>
          <span className="ss-visually-hidden">{m.loading}</span>
        </div>
      ) : message ? (
        <p role="alert" className="ss-chart-error">
          {message}
        </p>
      ) : empty ? (
        <p className="ss-chart-empty">{empty}</p>
      ) : (
        <>
          {hasSummary && (
            <p id={summaryId} className="ss-chart-summary ss-visually-hidden">
              {summary}
            </p>
          )}
          {children}
          {table && <ChartDataTable caption={title} {...table} />}
        </>
      )}
    </figure>
  );
});
