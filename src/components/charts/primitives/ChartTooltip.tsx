import type { ReactNode } from 'react';

/** Props of `ChartTooltip`. */
export interface ChartTooltipProps {
  /** Anchor position in pixels, relative to the plot container. */
  x: number;
  y: number;
  /** The plot's width, so a tooltip near an edge opens inwards. */
  width: number;
  children: ReactNode;
}

/** A tooltip positioned over the plot; the plot container must be `position: relative` (`.ss-chart-plot` is). */
export function ChartTooltip({ x, y, width, children }: ChartTooltipProps) {
  const align = x < width * 0.25 ? 'start' : x > width * 0.75 ? 'end' : 'center';
  return (
    <div role="tooltip" className="ss-chart-tooltip" data-align={align} style={{ left: x, top: y }}>
      {children}
    </div>
  );
}
