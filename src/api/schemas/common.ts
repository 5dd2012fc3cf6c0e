import * as v from 'valibot';
import * as INPUT_MESSAGES from './input-messages';

// JSON has no Infinity, but `1e309` parses to it: every number the API sends must be finite before anything adds,
// divides or formats it (`Infinity:NaN:NaN`, `∞ hr`).

/** A count the API reports: a whole number, never negative, small enough that sums of counts stay exact. */
export const Count = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

/** A non-negative, finite amount such as seconds of watch time. */
export const Amount = v.pipe(v.number(), v.finite(), v.minValue(0));

/** A share in 0..1, such as a completion rate. */
export const Rate = v.pipe(v.number(), v.finite(), v.minValue(0), v.maxValue(1));

/** The composite engagement score, documented as 1–10. */
export const Score = v.pipe(v.number(), v.finite(), v.minValue(1), v.maxValue(10));

/**
 * A rate, score or average over views, or `null` when there were no views to take it over: unknown, not zero.
 * Only these fields may be null; counts never are.
 */
export const withoutViews = <T extends v.GenericSchema<number, number>>(schema: T) => v.nullable(schema);

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** True when a `YYYY-MM-DD` string names a day that exists: `isoDate` alone takes 2025-02-30 and 2025-04-31. */
const isCalendarDate = (text: string): boolean => {
  const [year = 0, month = 0, day = 0] = text.split('-').map(Number);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0);
  return day >= 1 && day <= days;
};

/** A real calendar date in `YYYY-MM-DD` form. */
export const IsoDate = v.pipe(
  v.string(INPUT_MESSAGES.date),
  v.isoDate(INPUT_MESSAGES.date),
  v.check(isCalendarDate, INPUT_MESSAGES.date),
);

/** An ISO-8601 timestamp such as `2025-02-15T10:30:00Z`, on a day the calendar has. */
export const Timestamp = v.pipe(
  v.string(),
  v.isoTimestamp(),
  v.check((text) => isCalendarDate(text.slice(0, 10)), 'Invalid calendar date'),
);

/** A map from an open set of names (reactions) to counts. */
export const CountRecord = v.record(v.string(), Count);

/** A map from an open set of names (devices, browsers, countries) to non-negative shares of viewers. */
export const ShareRecord = v.record(v.string(), Amount);
