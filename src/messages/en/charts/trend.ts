import type { MessageTools } from '../../tools';

/** TrendChart: title, metric switch, slider, summaries, hidden table. */
export const trend = {
  trendTitle: ({ metric, groupBy }: { metric: string; groupBy: 'day' | 'week' | 'month' }, _t: MessageTools) =>
    `${metric} by ${groupBy}`,
  trendSwitchLabel: 'Metric shown',
  trendSliderLabel: ({ name }: { name: string }, _t: MessageTools) => `${name}, use arrow keys to read each point`,
  trendEmpty: 'No activity in this period.',
  trendThisPeriod: 'This period',
  trendColumnDate: 'Date',
  trendColumnWeek: 'Week',
  trendColumnMonth: 'Month',
  trendWeekOf: ({ date }: { date: string }, _t: MessageTools) => `Week of ${date}`,
  trendViews: ({ count }: { count: number }, t: MessageTools) => t.plural(count, { one: '# view', other: '# views' }),
  trendCompletion: ({ percent }: { percent: string }, _t: MessageTools) => `${percent} completion`,
  trendEngagement: ({ score }: { score: string }, _t: MessageTools) => `${score} / 10 engagement`,
  trendSummary: (
    { count, highest, lowest, latest }: { count: number; highest: string; lowest: string; latest: string },
    t: MessageTools,
  ) =>
    `${t.plural(count, { one: '# point', other: '# points' })}. Highest ${highest}. Lowest ${lowest}. Latest ${latest}.`,
  trendSummaryPrevious: ({ label }: { label: string }, _t: MessageTools) =>
    `The dashed line is the earlier period (${label}), drawn from the same first day.`,
};
