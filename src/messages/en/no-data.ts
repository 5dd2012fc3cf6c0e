/** Periods and videos with no views behind a rate or score. */
export const noData = {};
