import type { MessageTools } from '../tools';

/** Periods and videos with no views behind a rate or score. */
export const noData = {
  /** Shown in place of a rate, score or average with no views behind it: unknown, not zero. */
  noDataValue: '—',
  /** What a screen reader hears for that dash. */
  noDataNoViews: 'No views',
  /** A hidden table's cell for a point with no views: the dash a sighted reader would see, and why. */
  noDataCell: '— (no views)',
  /** A trend point with no views, in its tooltip and keyboard text: "Mar 3, 2025: no views". */
  noDataPoint: ({ period }: { period: string }, _t: MessageTools) => `${period}: no views`,
  /** A rate or score chart whose whole period had no views. */
  noDataInPeriod: 'No views yet in this period.',
};
