import { pointDecimals } from '../format';
import { type Comparison, compare, comparePoints } from './comparison';
import { addDays, type DateRangeValue } from './date-range';

/** How a figure is compared: counts and durations relatively, 0..1 rates and the 1–10 score in points. */
export type DeltaUnit = 'count' | 'rate' | 'score';

/** Whether a rise is good news (views), bad news, or neither (how many videos exist). */
export type DeltaPolarity = 'higher-is-better' | 'lower-is-better' | 'neutral';

/** A figure's change from the previous period. */
export type PeriodDelta =
  /** The previous period had none of it (zero or unknown): a percentage of nothing would be "+∞ %". */
  | { kind: 'new' }
  | {
      kind: 'change';
      /** Direction and size, as the "vs account" comparison measures them. */
      comparison: Comparison;
      /** The colour the change deserves; `neutral` for no change or a figure with no better direction. */
      tone: 'good' | 'bad' | 'neutral';
    };

/** How each figure the panels show is compared, and which way is better. */
export const DELTA_RULES: Record<string, { unit: DeltaUnit; polarity: DeltaPolarity }> = {
  views: { unit: 'count', polarity: 'higher-is-better' },
  unique_viewers: { unit: 'count', polarity: 'higher-is-better' },
  total_watch_time: { unit: 'count', polarity: 'higher-is-better' },
  average_watch_time: { unit: 'count', polarity: 'higher-is-better' },
  completion_rate: { unit: 'rate', polarity: 'higher-is-better' },
  engagement_score: { unit: 'score', polarity: 'higher-is-better' },
  total_videos: { unit: 'count', polarity: 'neutral' },
  total_views: { unit: 'count', polarity: 'higher-is-better' },
  average_completion_rate: { unit: 'rate', polarity: 'higher-is-better' },
  average_engagement_score: { unit: 'score', polarity: 'higher-is-better' },
  total_interactions: { unit: 'count', polarity: 'higher-is-better' },
};

const toneOf = (direction: Comparison['direction'], polarity: DeltaPolarity): 'good' | 'bad' | 'neutral' => {
  if (direction === 'same' || polarity === 'neutral') return 'neutral';
  return (direction === 'up') === (polarity === 'higher-is-better') ? 'good' : 'bad';
};

/**
 * The change of one figure (by its API name) from the previous period; `undefined` for a figure with no rule, and
 * when either side is unknown (`null`: a rate or score with no views behind it), since there is nothing to compare.
 */
export function periodDelta(
  key: string,
  current: number | null,
  previous: number | null | undefined,
): PeriodDelta | undefined {
  const rule = DELTA_RULES[key];
  if (!rule || current === null || previous === null || !Number.isFinite(current)) return undefined;
  if (previous === undefined || !Number.isFinite(previous)) return { kind: 'new' };
  let comparison: Comparison | undefined;
  if (rule.unit === 'rate') comparison = comparePoints(current * 100, previous * 100, pointDecimals(key));
  else if (rule.unit === 'score') comparison = comparePoints(current, previous, pointDecimals(key));
  else if (previous === 0) comparison = current === 0 ? { direction: 'same', unit: 'relative', change: 0 } : undefined;
  else comparison = compare(current, previous);
  return comparison
    ? { kind: 'change', comparison, tone: toneOf(comparison.direction, rule.polarity) }
    : { kind: 'new' };
}

/**
 * The previous period's figures as a baseline: when nobody watched then, its rates and score describe no one, so
 * they are unknown (`null`, as the API sends them) and those cards show no change rather than a jump from 0 %.
 */
export function previousBaseline<T extends object>(figures: T, views: number): Partial<Record<keyof T, number | null>> {
  const baseline: Partial<Record<keyof T, number | null>> = {};
  for (const [key, value] of Object.entries(figures) as Array<[keyof T & string, unknown]>) {
    if (typeof value !== 'number' && value !== null) continue;
    baseline[key] = views <= 0 && DELTA_RULES[key]?.unit !== 'count' ? null : value;
  }
  return baseline;
}

/** The period just before `range`, of the same number of days; `undefined` unless both ends are known. */
export function previousPeriod(range: DateRangeValue): (Required<DateRangeValue> & { days: number }) | undefined {
  const { startDate, endDate } = range;
  if (!startDate || !endDate || endDate < startDate) return undefined;
  const days = Math.round((Date.parse(endDate) - Date.parse(startDate)) / 86_400_000) + 1;
  if (!Number.isFinite(days)) return undefined;
  return { startDate: addDays(startDate, -days), endDate: addDays(startDate, -1), days };
}

/** The figures of the period just before the shown one, for the cards' "vs previous N days" notes. */
export interface PreviousFigures<K extends string = string> {
  /** The previous period's figures by API name; a missing one reads "new", an unknown (null) one shows no change. */
  figures: Partial<Record<K, number | null>>;
  /** The length of both periods in days. */
  days: number;
}
