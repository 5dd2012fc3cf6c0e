'use client';
import { type KeyboardEvent, useState } from 'react';

/** What `usePointNavigation` returns. */
export interface UsePointNavigationResult {
  /** The keyboard position, clamped to the data; the latest point until the reader moves. */
  index: number;
  /** Moves the keyboard position (e.g. where the mouse last was). */
  setIndex(index: number): void;
  /** ←/→ (and ↑/↓) step one point, PageUp/PageDown a tenth of the series, Home/End jump to the ends. */
  onKeyDown(event: KeyboardEvent): void;
}

/** A roving position over `length` points: one focusable element, not one tab stop per point. */
export function usePointNavigation(length: number): UsePointNavigationResult {
  const [raw, setRaw] = useState<number | null>(null);
  const last = Math.max(0, length - 1);
  const index = Math.min(raw ?? last, last);
  const page = Math.max(1, Math.round(length / 10));
  const moves: Record<string, number> = {
    ArrowRight: index + 1,
    ArrowUp: index + 1,
    ArrowLeft: index - 1,
    ArrowDown: index - 1,
    PageUp: index + page,
    PageDown: index - page,
    Home: 0,
    End: last,
  };
  return {
    index,
    setIndex: setRaw,
    onKeyDown(event) {
      const next = moves[event.key];
      if (next === undefined) return;
      event.preventDefault();
      setRaw(Math.min(last, Math.max(0, next)));
    },
  };
}
