/** Metric and summary cards, the top-videos table and template comparison. */
export const cards = {};
