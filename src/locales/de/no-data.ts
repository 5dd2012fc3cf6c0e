import type { NoDataMessages } from '../../messages';

export const noData: NoDataMessages = {
  noDataValue: '—',
  noDataNoViews: 'Keine Aufrufe',
  noDataCell: '— (keine Aufrufe)',
  noDataPoint: ({ period }, _t) => `${period}: keine Aufrufe`,
  noDataInPeriod: 'In diesem Zeitraum gibt es noch keine Aufrufe.',
};
