import type { ComponentPropsWithoutRef } from 'react';
import { cx } from '../../class-names';

/** Props of `ChartTooltip`; the rest go to its `<div role="tooltip">`. */
export interface ChartTooltipProps extends ComponentPropsWithoutRef<'div'> {
  /** Anchor's horizontal position in pixels, relative to the plot container. */
  x?: number;
  /** Anchor's vertical position in pixels, relative to the plot container; the tooltip opens above it. */
  y?: number;
  /** The plot's width, so a tooltip near an edge opens inwards. */
  width?: number;
  /**
   * Where it opens from the anchor: `above` (default), or beside it to the `left` or `right`, vertically centred, so it
   * covers neither the row above a bar nor the middle of a donut.
   */
  placement?: 'above' | 'left' | 'right';
}

/**
 * A tooltip positioned over the plot, for the active mark; the plot container must be `position: relative`
 * (`.ss-chart-plot` is). Its text should repeat the mark's label, so a pointer user reads what a keyboard user hears.
 */
export function ChartTooltip({
  x = 0,
  y = 0,
  width = 0,
  placement = 'above',
  className,
  style,
  ...rest
}: ChartTooltipProps) {
  const align = x < width * 0.25 ? 'start' : x > width * 0.75 ? 'end' : 'center';
  return (
    <div
      role="tooltip"
      className={cx('ss-chart-tooltip', className)}
      data-align={align}
      data-placement={placement}
      style={{ left: x, top: y, ...style }}
      {...rest}
    />
  );
}
