import { hashOf } from './random';

/** Milliseconds in a day. */
export const DAY_MS = 86_400_000;

/** A day as a whole number of days since 1970-01-01 (UTC); the mock counts views per such day. */
export type DayNumber = number;

/** The day a timestamp falls on, in UTC. */
export const dayOf = (ms: number): DayNumber => Math.floor(ms / DAY_MS);

/** `YYYY-MM-DD` of a day. */
export const isoDate = (day: DayNumber): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** An ISO timestamp in the API's style, whole seconds and `Z` (`2025-02-15T10:30:00Z`). */
export const isoTimestamp = (ms: number): string =>
  new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

/** Reads a strict `YYYY-MM-DD` that names a real calendar date; anything else is `undefined`. */
export function parseIsoDate(text: string): DayNumber | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return undefined;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  // Date.UTC rolls 2025-02-30 over to March; a round trip catches it.
  return isoDate(dayOf(ms)) === text ? dayOf(ms) : undefined;
}

/**
 * The seeded world's "now": a fixed instant in early 2025 chosen by the seed, so seeded data never depends on the
 * wall clock and a snapshot taken today still matches next year.
 */
export function epochOf(seed: number): number {
  const h = hashOf(seed, 'epoch');
  const dayOffset = h % 120;
  const minutes = 9 * 60 + ((h >>> 8) % (9 * 60));
  return Date.UTC(2025, 0, 15) + dayOffset * DAY_MS + minutes * 60_000;
}

/** An inclusive range of days. */
export interface DayRange {
  start: DayNumber;
  end: DayNumber;
}

/** How trend points are bucketed. */
export type Grouping = 'day' | 'week' | 'month';

/** One trend bucket: labelled by its first day, covering `start..end` inclusive. */
export interface Bucket extends DayRange {
  date: string;
}

const firstOfNextMonth = (day: DayNumber): DayNumber => {
  const date = new Date(day * DAY_MS);
  return dayOf(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1));
};

/**
 * Splits a range into trend buckets. Weeks count from the range's first day (as the API's example does:
 * 02-01, 02-08, …); months follow the calendar, the first one starting wherever the range does.
 */
export function bucketsOf(range: DayRange, grouping: Grouping): Bucket[] {
  const buckets: Bucket[] = [];
  let start = range.start;
  while (start <= range.end) {
    const next = grouping === 'day' ? start + 1 : grouping === 'week' ? start + 7 : firstOfNextMonth(start);
    buckets.push({ date: isoDate(start), start, end: Math.min(next - 1, range.end) });
    start = next;
  }
  return buckets;
}
