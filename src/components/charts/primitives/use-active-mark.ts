'use client';
import { useCallback, useState } from 'react';

/** Event handlers and state attributes that make one mark focusable and hoverable. */
export interface MarkProps {
  'data-active'?: '';
  tabIndex: 0;
  onMouseEnter(): void;
  onMouseLeave(): void;
  onFocus(): void;
  onBlur(): void;
}

/** What `useActiveMark` returns. */
export interface UseActiveMarkResult {
  /** The highlighted mark: the hovered one, else the focused one, else `null`. */
  active: number | null;
  /** Props for the mark at `index`: a tab stop that lights up on focus and hover. */
  markProps(index: number): MarkProps;
  /** Stable: highlights mark `index` while something that mirrors it (its legend item) is hovered. */
  hover(index: number): void;
  /** Stable: ends the hover of mark `index` (a later hover of another mark is left alone). */
  unhover(index: number): void;
}

/**
 * The focusable-marks convention: every mark is a tab stop, and hover or focus on a mark (or hover on its legend
 * item) makes it active, so the tooltip and highlight are the same by keyboard and by mouse.
 */
export function useActiveMark(): UseActiveMarkResult {
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const active = hovered ?? focused;
  const hover = useCallback((index: number) => setHovered(index), []);
  const unhover = useCallback((index: number) => setHovered((current) => (current === index ? null : current)), []);
  return {
    active,
    hover,
    unhover,
    markProps: (index) => ({
      'data-active': active === index ? '' : undefined,
      tabIndex: 0,
      onMouseEnter: () => hover(index),
      onMouseLeave: () => unhover(index),
      onFocus: () => setFocused(index),
      onBlur: () => setFocused((current) => (current === index ? null : current)),
    }),
  };
}
