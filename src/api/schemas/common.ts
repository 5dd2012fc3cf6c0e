import * as v from 'valibot';

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

/** A calendar date in `YYYY-MM-DD` form. */
export const IsoDate = v.pipe(v.string(), v.isoDate('Use a date in YYYY-MM-DD form.'));

/** A map from an open set of names (reactions, countries, devices) to numbers. */
export const NumberRecord = v.record(v.string(), v.number());
