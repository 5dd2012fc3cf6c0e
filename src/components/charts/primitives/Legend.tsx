import type { ComponentPropsWithoutRef, ReactNode } from 'react';
import { cx } from '../../class-names';
import type { MarkHoverProps } from './use-active-mark';

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
  /**
   * Hover props per item (`hoverProps` of `useActiveMark`), linking each item to its mark. Items are never tab stops:
   * the marks are, and a second stop per slice would only repeat them.
   */
  itemProps?: (index: number) => MarkHoverProps;
}

/** A chart legend in the marks' colours; with `itemProps`, hovering an item highlights its mark. */
export function Legend({ items, itemProps, className, ...rest }: LegendProps) {
  return (
    <ul className={cx('ss-chart-legend', className)} {...rest}>
      {items.map((item, index) => (
        <li key={item.key} className="ss-chart-legend-item" data-key={item.key} {...itemProps?.(index)}>
          <span className="ss-chart-legend-swatch" style={{ background: item.color }} aria-hidden="true" />
          <span className="ss-chart-legend-label">{item.label}</span>
          {item.value != null && <span className="ss-chart-legend-value">{item.value}</span>}
        </li>
      ))}
    </ul>
  );
}
