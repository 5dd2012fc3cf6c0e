'use client';
import { type ComponentPropsWithoutRef, memo, type ReactNode } from 'react';
import { cx } from '../../class-names';

/** One legend entry: its colour is the same `var(--ss-color-chart-N)` its marks are filled with. */
export interface LegendItem {
  key: string;
  label: ReactNode;
  color: string;
  /** A value shown after the label, e.g. "65%". */
  value?: ReactNode;
}

/** Props of `Legend`. */
export interface LegendProps extends Omit<ComponentPropsWithoutRef<'ul'>, 'children'> {
  items: readonly LegendItem[];
  /** The highlighted item's index (the active mark's), or `null`. */
  active?: number | null;
  /**
   * Hovering item `index` highlights its mark (`hover`/`unhover` of `useActiveMark`). Items are never tab stops: the
   * marks are, and a second stop per slice would only repeat them.
   */
  onHover?: ((index: number) => void) | undefined;
  onUnhover?: ((index: number) => void) | undefined;
}

/**
 * A chart legend in the marks' colours. Memoised: with stable `items` and handlers it skips the re-render a chart
 * does once its width is measured, which matters for a legend of hundreds of countries.
 */
export const Legend = memo(function Legend({ items, active, onHover, onUnhover, className, ...rest }: LegendProps) {
  return (
    <ul className={cx('ss-chart-legend', className)} {...rest}>
      {items.map((item, index) => (
        <li
          key={item.key}
          className="ss-chart-legend-item"
          data-key={item.key}
          data-active={active === index ? '' : undefined}
          onMouseEnter={onHover && (() => onHover(index))}
          onMouseLeave={onUnhover && (() => onUnhover(index))}
        >
          <span className="ss-chart-legend-swatch" style={{ background: item.color }} aria-hidden="true" />
          <span className="ss-chart-legend-label">{item.label}</span>
          {item.value != null && <span className="ss-chart-legend-value">{item.value}</span>}
        </li>
      ))}
    </ul>
  );
});
