'use client';
import { type ComponentPropsWithoutRef, memo, type ReactNode } from 'react';
import { cx } from '../../class-names';

/** One legend entry: its colour is the same `var(--ss-color-chart-N)` its marks are filled with. */
export interface ChartLegendItem {
  /** A stable key, also set as the item's `data-key`. */
  key: string;
  /** The entry's name. */
  label: ReactNode;
  /** The swatch's CSS colour, the same its marks use. */
  color: string;
  /** A value shown after the label, e.g. "65%". */
  value?: ReactNode;
}

/** Props of `ChartLegend`; the rest go to its `<ul>` (give it an `aria-label` such as "Devices, legend"). */
export interface ChartLegendProps extends Omit<ComponentPropsWithoutRef<'ul'>, 'children'> {
  /** The entries, in the marks' order. */
  items?: readonly ChartLegendItem[];
  /** The highlighted item's index (the active mark's), or `null`. */
  active?: number | null;
  /**
   * Hovering item `index` highlights its mark (`hover` of `useActiveMark`). Items are never tab stops: the marks are,
   * and a second stop per slice would only repeat them.
   */
  onHover?: ((index: number) => void) | undefined;
  /** Leaving item `index` ends that highlight (`unhover` of `useActiveMark`). */
  onUnhover?: ((index: number) => void) | undefined;
}

const NO_ITEMS: readonly ChartLegendItem[] = [];

/**
 * A chart legend in the marks' colours; the active item carries `data-state="active"`. Memoised: with stable `items`
 * and handlers it skips the re-render a chart does once its width is measured, which matters for a legend of hundreds
 * of countries.
 */
export const ChartLegend = memo(function ChartLegend({
  items = NO_ITEMS,
  active,
  onHover,
  onUnhover,
  className,
  ...rest
}: ChartLegendProps) {
  return (
    <ul className={cx('ss-chart-legend', className)} {...rest}>
      {items.map((item, index) => (
        <li
          key={item.key}
          className="ss-chart-legend-item"
          data-key={item.key}
          data-state={active === index ? 'active' : 'inactive'}
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
