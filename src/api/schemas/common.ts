import * as v from 'valibot';
import * as INPUT_MESSAGES from './input-messages';

/** A count the API reports: a whole number, never negative. */
export const Count = v.pipe(v.number(), v.integer(), v.minValue(0));

/** A non-negative amount such as seconds of watch time. */
export const Amount = v.pipe(v.number(), v.minValue(0));

/** A share in 0..1, such as a completion rate. */
export const Rate = v.pipe(v.number(), v.minValue(0), v.maxValue(1));

/** The composite 1–10 engagement score. */
export const Score = v.pipe(v.number(), v.minValue(0), v.maxValue(10));

/** An ISO-8601 timestamp such as `2025-02-15T10:30:00Z`. */
export const Timestamp = v.pipe(v.string(), v.isoTimestamp());

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

/** A map from an open set of names (reactions, countries, devices) to numbers. */
export const NumberRecord = v.record(v.string(), v.number());
