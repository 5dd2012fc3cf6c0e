'use client';
import { type KeyboardEvent, type RefCallback, useCallback, useRef, useState } from 'react';

/** What `getMarkProps` returns: spread it on a mark's element (`<rect>`, `<path>`, `<g>`) to make it take part. */
export interface MarkProps {
  /** Registers the element, so the arrow keys can move focus to it. */
  ref: RefCallback<Element>;
  /** A mark is an image whose name is its value, like a point on a chart. */
  role: 'img';
  /** What a screen reader says on focus: the mark's label and exact value. */
  'aria-label': string;
  /** `active` while the mark is hovered or focused (or its legend item hovered): style from it. */
  'data-state': 'active' | 'inactive';
  /** Every mark is a tab stop. */
  tabIndex: 0;
  /** Hovering makes the mark active. */
  onMouseEnter(): void;
  /** Leaving ends the hover (a later hover of another mark is left alone). */
  onMouseLeave(): void;
  /** Focus makes the mark active, so the tooltip is the same by keyboard and by mouse. */
  onFocus(): void;
  /** Blur ends the focus. */
  onBlur(): void;
  /** Arrow keys move focus to the previous or next mark, Home and End to the first and last. */
  onKeyDown(event: KeyboardEvent<Element>): void;
}

/** What `useActiveMark` returns. */
export interface UseActiveMarkResult {
  /** The highlighted mark: the hovered one, else the focused one, else `null`. */
  active: number | null;
  /** Props for the mark at `index`, named `label` for screen readers: a tab stop that lights up on focus and hover. */
  getMarkProps(index: number, label: string): MarkProps;
  /** Stable: highlights mark `index` while something that mirrors it (its legend item) is hovered. */
  hover(index: number): void;
  /** Stable: ends the hover of mark `index` (a later hover of another mark is left alone). */
  unhover(index: number): void;
}

// The mark a key moves focus to, from mark `index` of `count`; `undefined` for any other key.
const KEY_TARGETS: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => Math.min(index + 1, count - 1),
  ArrowDown: (index, count) => Math.min(index + 1, count - 1),
  ArrowLeft: (index) => Math.max(index - 1, 0),
  ArrowUp: (index) => Math.max(index - 1, 0),
  Home: () => 0,
  End: (_, count) => count - 1,
};

/**
 * The focusable-marks convention: every mark is a tab stop, arrow keys step between marks, and hover or focus on a
 * mark (or hover on its legend item) makes it active, so the tooltip and highlight are the same by keyboard and by
 * mouse. Render the tooltip for `active` next to the marks.
 */
export function useActiveMark(): UseActiveMarkResult {
  const [hovered, setHovered] = useState<number | null>(null);
  const [focused, setFocused] = useState<number | null>(null);
  const marks = useRef<Array<Element | null>>([]);
  const active = hovered ?? focused;
  const hover = useCallback((index: number) => setHovered(index), []);
  const unhover = useCallback((index: number) => setHovered((current) => (current === index ? null : current)), []);
  return {
    active,
    hover,
    unhover,
    getMarkProps: (index, label) => ({
      ref: (node) => {
        marks.current[index] = node;
      },
      role: 'img',
      'aria-label': label,
      'data-state': active === index ? 'active' : 'inactive',
      tabIndex: 0,
      onMouseEnter: () => hover(index),
      onMouseLeave: () => unhover(index),
      onFocus: () => setFocused(index),
      onBlur: () => setFocused((current) => (current === index ? null : current)),
      onKeyDown: (event) => {
        const count = marks.current.reduce((last, mark, i) => (mark ? i + 1 : last), 0);
        const target = KEY_TARGETS[event.key]?.(index, count);
        if (target === undefined || target === index) return;
        event.preventDefault();
        (marks.current[target] as HTMLElement | SVGElement | null)?.focus();
      },
    }),
  };
}
