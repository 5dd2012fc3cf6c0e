import type { Distribution } from '../api';

/** Rounds to a number of decimals (monotone, so ordered inputs stay ordered). */
export const round = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

/** A ratio, or `null` (unknown, as the API answers it) rather than NaN when there is nothing to divide. */
export const ratio = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);

/**
 * Whole percentages that sum to exactly 100 (largest-remainder method), as a real analytics backend reports
 * them; an empty or all-zero input gives an empty record.
 */
export function percentages(weights: Record<string, number>): Record<string, number> {
  const entries = Object.entries(weights);
  const total = entries.reduce((sum, [, w]) => sum + w, 0);
  if (total <= 0) return {};
  const exact = entries.map(([key, w]) => ({ key, value: (w / total) * 100 }));
  const out: Record<string, number> = {};
  for (const { key, value } of exact) out[key] = Math.floor(value);
  let left = 100 - Object.values(out).reduce((sum, n) => sum + n, 0);
  const byRemainder = [...exact].sort((a, b) => (b.value % 1) - (a.value % 1));
  for (const { key } of byRemainder) {
    if (left <= 0) break;
    out[key] = (out[key] ?? 0) + 1;
    left--;
  }
  return out;
}

/** The q-quantile (0..1) of sorted values, interpolating linearly between neighbours. */
function quantile(sorted: number[], q: number): number {
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const lower = sorted[low] ?? 0;
  const upper = sorted[Math.min(low + 1, sorted.length - 1)] ?? lower;
  return lower + (upper - lower) * (position - low);
}

/** Five-number summary of the known values with `median === quartiles[1]`; `null` when none is known. */
export function distributionOf(values: ReadonlyArray<number | null>, decimals: number): Distribution | null {
  const sorted = values.filter((value) => value !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const at = (q: number) => round(quantile(sorted, q), decimals);
  const median = at(0.5);
  return { min: at(0), max: at(1), median, quartiles: [at(0.25), median, at(0.75)] };
}
