import { useState } from 'react';

/** Event handlers and state attributes that make one mark (or legend item) focusable and hoverable. */
export interface MarkProps {
  tabIndex: 0;
  'data-active'?: '';
  onFocus(): void;
  onBlur(): void;
  onMouseEnter(): void;
  onMouseLeave(): void;
}

/** What `useActiveMark` returns. */
export interface UseActiveMarkResult {
  /** The highlighted mark: the hovered one, else the focused one, else `null`. */
  active: number | null;
  /** Props for the mark at `index`; spread them on the mark and on its legend item so both light up together. */
  markProps(index: number): MarkProps;
}

/**
 * The focusable-marks convention: every mark is a tab stop, and hover or focus on a mark or its legend item
 * makes it active, so the tooltip and highlight are the same by keyboard and by mouse.
 */
export function useActiveMark(): UseActiveMarkResult {
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const active = hovered ?? focused;
  return {
    active,
    markProps: (index) => ({
      tabIndex: 0,
      'data-active': active === index ? '' : undefined,
      onFocus: () => setFocused(index),
      onBlur: () => setFocused((current) => (current === index ? null : current)),
      onMouseEnter: () => setHovered(index),
      onMouseLeave: () => setHovered((current) => (current === index ? null : current)),
    }),
  };
}
