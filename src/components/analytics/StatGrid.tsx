import { type ComponentPropsWithoutRef, forwardRef, type ReactNode } from 'react';
import { errorText } from '../../messages';
import { bindWords } from '../../messages/bind-words';
import { type CardWords, cardWords } from '../../messages/words';
import { themeRootProps } from '../../theme';
import { cx } from '../class-names';
import type { DataStateProps } from '../data-state';
import { formatMetric, metricKind } from '../format';

/** One figure in a stat grid. */
export interface StatItem {
  /** Stable key (the API field name). */
  key: string;
  /** What the figure is, e.g. "Views". */
  label: string;
  /** The formatted figure; absent while loading. */
  value?: ReactNode | undefined;
  /** Extra context under the figure, such as the comparison with a baseline. */
  note?: ReactNode | undefined;
}

/** Props of the internal grid every metric-card variant renders. */
export interface StatGridProps extends DataStateProps, Omit<ComponentPropsWithoutRef<'div'>, 'children'> {
  /** The figures, in display order; labels stay on screen while loading so the layout does not jump. */
  items: StatItem[];
  /** BCP 47 locale of the catalogue's plurals; `en-US` by default. */
  locale?: string | undefined;
}

/** A figure as every card shows it: `formatMetric`'s text, the score with its scale ("7.0 / 10"). */
export const cardValue = (metric: string, value: number, locale: string, m: CardWords): string => {
  const text = formatMetric(metric, value, locale);
  return metricKind(metric) === 'score' ? m.cardsScoreOutOfTen({ score: text }) : text;
};

/** A `<dl>` of labelled figures; the shared body of MetricCards, AccountSummaryCards and TemplateSummaryCards. */
export const StatGrid = forwardRef<HTMLDivElement, StatGridProps>(function StatGrid(
  { items, loading, error, theme, locale = 'en-US', messages, className, style, ...rest },
  ref,
) {
  const m = bindWords(locale, cardWords, messages);
  const message = errorText(error, m);
  return (
    <div
      ref={ref}
      aria-busy={loading || undefined}
      {...rest}
      {...themeRootProps(theme, style)}
      className={cx('ss-root', 'ss-metric-cards', className)}
      data-state={message ? 'error' : loading ? 'loading' : 'ready'}
    >
      {message ? (
        <p role="alert" className="ss-metric-cards-error">
          {message}
        </p>
      ) : (
        <dl className="ss-metric-cards-list">
          {items.map((item) => (
            <div key={item.key} className="ss-metric-cards-item" data-metric={item.key}>
              <dt className="ss-metric-cards-label">{item.label}</dt>
              <dd className="ss-metric-cards-value">
                {loading || item.value === undefined ? (
                  <span className="ss-metric-cards-placeholder">
                    <span className="ss-visually-hidden">{m.loading}</span>
                  </span>
                ) : (
                  item.value
                )}
              </dd>
              {item.note && !loading ? <dd className="ss-metric-cards-note">{item.note}</dd> : null}
            </div>
          ))}
        </dl>
      )}
    </div>
  );
});
