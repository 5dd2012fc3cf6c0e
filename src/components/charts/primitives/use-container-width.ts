'use client';
import { type RefCallback, useCallback, useRef, useState } from 'react';

/** What `useContainerWidth` returns: a ref for the element to measure and its current width in pixels. */
export interface UseContainerWidthResult<T extends HTMLElement> {
  /** Attach to the element whose width the chart fills. */
  ref: RefCallback<T>;
  /** The measured width; `0` on the server and before the first measurement, so markup stays deterministic. */
  width: number;
}

/**
 * Measures an element's content width and follows it with a ResizeObserver (which already batches to one
 * notification per frame). `override` (a `width` prop for tests, where jsdom has no layout, or static exports)
 * skips measuring, so such a chart mounts in a single render.
 */
export function useContainerWidth<T extends HTMLElement = HTMLDivElement>(
  override?: number,
): UseContainerWidthResult<T> {
  const [measured, setMeasured] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  // A callback ref rather than an effect: the plot element comes and goes with loading states, and measuring at
  // attach time draws the chart before the first paint. No state is stored, so attaching causes no extra render.
  const ref = useCallback(
    (node: T | null) => {
      observer.current?.disconnect();
      observer.current = null;
      if (!node || override !== undefined) return;
      const read = () => setMeasured(Math.floor(node.getBoundingClientRect().width));
      read();
      if (typeof ResizeObserver !== 'function') return;
      observer.current = new ResizeObserver(read);
      observer.current.observe(node);
    },
    [override],
  );
  return { ref, width: override ?? measured };
}
