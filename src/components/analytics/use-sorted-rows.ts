'use client';
import { useMemo, useState } from 'react';

/** Which column a table is sorted by, and which way. */
export interface SortState<K extends string> {
  /** The column's key. */
  key: K;
  /** Ascending or descending. */
  direction: 'ascending' | 'descending';
}

/** Sorts rows by one column at a time; numbers compare numerically, text with the locale's collation. */
export function useSortedRows<Row, K extends string & keyof Row>(rows: Row[], initial: SortState<K>, locale: string) {
  const [sort, setSort] = useState<SortState<K>>(initial);
  const sorted = useMemo(() => {
    const collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    const sign = sort.direction === 'ascending' ? 1 : -1;
    // Array.prototype.sort is stable, so equal values keep the API's order.
    return [...rows].sort((a, b) => {
      const x = a[sort.key];
      const y = b[sort.key];
      // A value with no views behind it (null) is unknown: last whichever way the column is sorted.
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
      return order * sign;
    });
  }, [rows, sort, locale]);

  /** Sorts by `key`; a second click on the same column flips the direction. Text starts A→Z, numbers high→low. */
  const sortBy = (key: K, numeric: boolean) =>
    setSort((current) =>
      current.key === key
        ? { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' }
        : { key, direction: numeric ? 'descending' : 'ascending' },
    );

  return { sorted, sort, sortBy };
}
