import type { NoDataMessages } from '../../messages';

export const noData: NoDataMessages = {
  noDataValue: '—',
  noDataNoViews: 'لا مشاهدات',
  noDataCell: '— (لا مشاهدات)',
  noDataPoint: ({ period }, _t) => `${period}: لا مشاهدات`,
  noDataInPeriod: 'لا توجد مشاهدات في هذه الفترة بعد.',
};
