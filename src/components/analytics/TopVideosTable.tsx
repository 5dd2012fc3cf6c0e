'use client';
import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import type { TemplateTopVideo, TopVideo } from '../../api';
import { useLocale } from '../../hooks/context';
import { useWords } from '../../hooks/use-words';
import { errorText } from '../../messages';
import { type CardWords, cardWords } from '../../messages/words';
import { themeRootProps } from '../../theme';
import { cx } from '../class-names';
import type { DataStateProps } from '../data-state';
import { formatMetric, metricLabel } from '../format';
import { knownOr } from '../unknown-value';
import { useSortedRows } from './use-sorted-rows';

/** A row of `top_videos` (account) or `top_performing_videos` (template, with a completion rate). */
export type TopVideoRow = TopVideo | TemplateTopVideo;

/** Props of `TopVideosTable`. */
export interface TopVideosTableProps extends DataStateProps, Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The rows as the API sent them; a completion-rate column appears when every row has one. Leave out while loading. */
  videos?: TopVideoRow[] | undefined;
  /** The table's caption, read out by screen readers and shown above it; "Top videos" in the catalogue's language. */
  caption?: ReactNode | undefined;
  /** Shown instead of an empty table; the catalogue's `topVideosEmpty` by default. */
  emptyMessage?: ReactNode | undefined;
  /** BCP 47 locale; the provider's (or `en-US`) by default. */
  locale?: string | undefined;
}

type ColumnKey = 'title' | 'views' | 'completion_rate' | 'engagement_score';

interface Column {
  key: ColumnKey;
  label: (m: CardWords) => string;
  numeric: boolean;
  render: (row: TemplateTopVideo, locale: string, m: CardWords) => ReactNode;
}

/** A numeric column: the metric's name from the catalogue, its values as `formatMetric` reads them everywhere. */
const metricColumn = (key: Exclude<ColumnKey, 'title'>): Column => ({
  key,
  label: (m) => metricLabel(key, m),
  numeric: true,
  render: (row, locale, m) => knownOr(row[key], (value) => formatMetric(key, value, locale), m),
});

const COLUMNS: Column[] = [
  {
    key: 'title',
    label: (m) => m.topVideosVideo,
    numeric: false,
    render: (row) => (
      <>
        <span className="ss-top-videos-title">{row.title}</span>
        <span className="ss-top-videos-id">{row.video_id}</span>
      </>
    ),
  },
  metricColumn('views'),
  metricColumn('completion_rate'),
  metricColumn('engagement_score'),
];

const NO_ROWS: TopVideoRow[] = [];

const hasCompletion = (rows: TopVideoRow[]): rows is TemplateTopVideo[] =>
  rows.length > 0 && rows.every((row) => 'completion_rate' in row);

/** The best videos of an account or template, sortable by every column (a button in each header, with `aria-sort`). */
export const TopVideosTable = forwardRef<HTMLDivElement, TopVideosTableProps>(function TopVideosTable(
  {
    videos = NO_ROWS,
    caption: captionProp,
    emptyMessage: emptyProp,
    loading,
    error,
    locale: localeProp,
    messages,
    theme,
    className,
    style,
    ...rest
  },
  ref,
) {
  const contextLocale = useLocale();
  const locale = localeProp ?? contextLocale;
  const m = useWords(cardWords, messages);
  const caption = captionProp ?? m.topVideosCaption;
  const emptyMessage = emptyProp ?? m.topVideosEmpty;
  const message = errorText(error, m);
  const columns = hasCompletion(videos) ? COLUMNS : COLUMNS.filter((column) => column.key !== 'completion_rate');
  // Rows without a completion rate are never sorted by it: that column is absent for them.
  const { sorted, sort, sortBy } = useSortedRows<TemplateTopVideo, ColumnKey>(
    videos as TemplateTopVideo[],
    { key: 'views', direction: 'descending' },
    locale,
  );

  return (
    <div
      ref={ref}
      aria-busy={loading || undefined}
      {...rest}
      {...themeRootProps(theme, style)}
      className={cx('ss-root', 'ss-top-videos', className)}
    >
      {message ? (
        <>
          <p className="ss-top-videos-caption">{caption}</p>
          <p role="alert" className="ss-top-videos-error">
            {message}
          </p>
        </>
      ) : loading ? (
        <>
          <p className="ss-top-videos-caption">{caption}</p>
          <div className="ss-analytics-skeleton-block" role="status">
            <span className="ss-visually-hidden">{m.topVideosLoading}</span>
          </div>
        </>
      ) : videos.length === 0 ? (
        <>
          <p className="ss-top-videos-caption">{caption}</p>
          <p className="ss-top-videos-empty">{emptyMessage}</p>
        </>
      ) : (
        <table className="ss-top-videos-table">
          <caption className="ss-top-videos-caption">{caption}</caption>
          <thead>
            <tr>
              {columns.map((column) => (
                <th
                  key={column.key}
                  scope="col"
                  aria-sort={sort.key === column.key ? sort.direction : 'none'}
                  className={cx('ss-top-videos-th', column.numeric && 'ss-top-videos-numeric')}
                >
                  <button
                    type="button"
                    className="ss-top-videos-sort"
                    onClick={() => sortBy(column.key, column.numeric)}
                  >
                    {column.label(m)}
                    <span aria-hidden="true" className="ss-top-videos-sort-icon">
                      {sort.key !== column.key ? '↕' : sort.direction === 'ascending' ? '↑' : '↓'}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sorted.map((row) => (
              <tr key={row.video_id}>
                {columns.map((column) =>
                  column.key === 'title' ? (
                    <th key={column.key} scope="row" className="ss-top-videos-cell">
                      {column.render(row, locale, m)}
                    </th>
                  ) : (
                    <td key={column.key} className="ss-top-videos-cell ss-top-videos-numeric">
                      {column.render(row, locale, m)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
});
