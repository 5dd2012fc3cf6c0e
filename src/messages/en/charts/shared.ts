import type { MessageTools } from '../../tools';

/** Words every chart shares: labels, legends, five-number summaries, "No data". */
export const chartShared = {
  chartLabelValue: ({ label, value }: { label: string; value: string }, _t: MessageTools) => `${label}: ${value}`,
  chartLegend: ({ title }: { title: string }, _t: MessageTools) => `${title}, legend`,
  chartMedians: ({ list }: { list: string }, _t: MessageTools) => `Medians: ${list}.`,
  chartFiveNumbers: (
    v: { label: string; min: string; q1: string; median: string; q3: string; max: string },
    _t: MessageTools,
  ) =>
    `${v.label}: minimum ${v.min}, first quartile ${v.q1}, median ${v.median}, third quartile ${v.q3}, maximum ${v.max}`,
  chartColumnMinimum: 'Minimum',
  chartColumnFirstQuartile: 'First quartile',
  chartColumnMedian: 'Median',
  chartColumnThirdQuartile: 'Third quartile',
  chartColumnMaximum: 'Maximum',
  chartNoData: 'No data',
  chartScoreOutOfTen: ({ score }: { score: string }, _t: MessageTools) => `${score} / 10`,
};
