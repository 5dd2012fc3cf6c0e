import type { NoDataMessages } from '../../messages';

export const noData: NoDataMessages = {
  noDataValue: '—',
  noDataNoViews: 'Sin visualizaciones',
  noDataCell: '— (sin visualizaciones)',
  noDataPoint: ({ period }, _t) => `${period}: sin visualizaciones`,
  noDataInPeriod: 'Todavía no hay visualizaciones en este periodo.',
};
