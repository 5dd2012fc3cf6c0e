import { useState } from 'react';

/** Hover handlers and the state attribute of something that mirrors a mark, such as its legend item. */
export interface MarkHoverProps {
  'data-active'?: '';
  onMouseEnter(): void;
  onMouseLeave(): void;
}

/** Event handlers and state attributes that make one mark focusable and hoverable. */
export interface MarkProps extends MarkHoverProps {
  tabIndex: 0;
  onFocus(): void;
  onBlur(): void;
}

/** What `useActiveMark` returns. */
export interface UseActiveMarkResult {
  /** The highlighted mark: the hovered one, else the focused one, else `null`. */
  active: number | null;
  /** Props for the mark at `index`: a tab stop that lights up on focus and hover. */
  markProps(index: number): MarkProps;
  /** Hover-only props for the mark's legend item, so the two light up together without a second tab stop. */
  hoverProps(index: number): MarkHoverProps;
}

/**
 * The focusable-marks convention: every mark is a tab stop, and hover or focus on a mark (or hover on its legend
 * item) makes it active, so the tooltip and highlight are the same by keyboard and by mouse.
 */
export function useActiveMark(): UseActiveMarkResult {
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const active = hovered ?? focused;
  const hoverProps = (index: number): MarkHoverProps => ({
    'data-active': active === index ? '' : undefined,
    onMouseEnter: () => setHovered(index),
    onMouseLeave: () => setHovered((current) => (current === index ? null : current)),
  });
  return {
    active,
    hoverProps,
    markProps: (index) => ({
      ...hoverProps(index),
      tabIndex: 0,
      onFocus: () => setFocused(index),
      onBlur: () => setFocused((current) => (current === index ? null : current)),
    }),
  };
}
