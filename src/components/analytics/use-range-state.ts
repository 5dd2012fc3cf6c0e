'use client';
import { useState } from 'react';
import type { DateRangeValue } from './date-range';

/** A date range that is controlled when `range` is given (a dashboard sharing one period) and local otherwise. */
export function useRangeState(
  range: DateRangeValue | undefined,
  onRangeChange: ((range: DateRangeValue) => void) | undefined,
): [DateRangeValue, (range: DateRangeValue) => void] {
  const [local, setLocal] = useState<DateRangeValue>({});
  const value = range ?? local;
  const setValue = (next: DateRangeValue) => {
    if (range === undefined) setLocal(next);
    onRangeChange?.(next);
  };
  return [value, setValue];
}
