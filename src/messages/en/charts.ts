import type { MessageTools } from '../tools';

/** Charts: titles, summaries, legends, tooltips and hidden tables. */
export const charts = {
  // Shared by every chart.
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
  // TrendChart.
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
  // DemographicsDonut.
  donutTitleDevices: 'Viewers by device',
  donutTitleBrowsers: 'Viewers by browser',
  donutTitleCountries: 'Viewers by country',
  donutColumnDevice: 'Device',
  donutColumnBrowser: 'Browser',
  donutColumnCountry: 'Country',
  donutColumnShare: 'Share of viewers',
  donutColumnViewers: 'Viewers',
  donutEmpty: 'No viewer data for this period.',
  donutCentreShare: 'of viewers',
  donutCentreViewers: ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, { one: 'viewer', other: 'viewers' }),
  donutSliceViewers: ({ label, share, count }: { label: string; share: string; count: number }, t: MessageTools) =>
    `${label}: ${share} · ${t.plural(count, { one: '# viewer', other: '# viewers' })}`,
  donutDevices: ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, { one: '# device', other: '# devices' }),
  donutBrowsers: ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, { one: '# browser', other: '# browsers' }),
  donutCountries: ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, { one: '# country', other: '# countries' }),
  donutSummary: ({ label, share, keys }: { label: string; share: string; keys: string }, _t: MessageTools) =>
    `${label} is the largest of ${keys}, at ${share}.`,
  donutSummaryOnly: ({ label, share }: { label: string; share: string }, _t: MessageTools) =>
    `${label} is the only one, at ${share}.`,
  donutOther: 'Other',
  donutOtherFolded: ({ keys }: { keys: string }, _t: MessageTools) => `Other (${keys})`,
  donutDeviceMobile: 'Mobile',
  donutDeviceDesktop: 'Desktop',
  donutDeviceTablet: 'Tablet',
  donutDeviceTv: 'TV',
  // EngagementBreakdown.
  engagementTitle: 'Engagement',
  engagementReactions: 'Reactions',
  engagementEmpty: 'No clicks, shares or reactions in this period.',
  engagementColumnInteraction: 'Interaction',
  engagementColumnCount: 'Count',
  engagementReactionRow: ({ label }: { label: string }, _t: MessageTools) => `${label} (reaction)`,
  engagementSummary: (
    { clicks, shares, reactions }: { clicks: number; shares: number; reactions: number },
    t: MessageTools,
  ) =>
    `${t.plural(clicks, { one: '# click', other: '# clicks' })}, ${t.plural(shares, { one: '# share', other: '# shares' })} and ${t.plural(reactions, { one: '# reaction', other: '# reactions' })}.`,
  engagementReactionCount: ({ label }: { label: string }, _t: MessageTools) => `${label} reactions`,
  engagementLike: 'Like',
  engagementLove: 'Love',
  engagementCurious: 'Curious',
  engagementWow: 'Wow',
  engagementInsightful: 'Insightful',
  engagementCelebrate: 'Celebrate',
  engagementComment: 'Comments',
  // CompletionFunnel.
  funnelTitle: 'Completion funnel',
  funnelEmpty: 'No viewers started this video in this period.',
  funnelViewers: ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, { one: '# viewer', other: '# viewers' }),
  funnelPoints: ({ count }: { count: number }, t: MessageTools) => t.plural(count, { one: '# pt', other: '# pts' }),
  funnelLeft: ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, { one: '# viewer left', other: '# viewers left' }),
  funnelJoined: ({ count }: { count: number }, t: MessageTools) =>
    t.plural(count, { one: '# viewer joined', other: '# viewers joined' }),
  funnelStep: ({ segment, share, viewers }: { segment: string; share: string; viewers: string }, _t: MessageTools) =>
    `${segment}: ${share} of starting viewers (${viewers})`,
  funnelSummary: (
    { viewers, total, share, segment }: { viewers: string; total: string; share: string; segment: string },
    _t: MessageTools,
  ) => `${viewers} of ${total} (${share}) reached the last segment, ${segment}.`,
  funnelColumnSegment: 'Segment',
  funnelColumnViewers: 'Viewers',
  funnelColumnShare: 'Share of starting viewers',
  funnelColumnChange: 'Change in share from previous segment',
  funnelColumnMoved: 'Viewers left or joined',
  // MetricsDistribution, BoxPlotChart and TemplatePerformance.
  distributionTitle: 'Metrics distribution',
  distributionWatchTime: 'Watch time',
  distributionEmpty: 'No videos from this template in this period.',
  distributionColumnMetric: 'Metric',
  boxPlotColumnTemplate: 'Template',
  boxPlotEmpty: 'Nothing to compare in this period.',
  templatePerformance: 'Template performance',
  templateVideos: 'Videos',
  templateAverageCompletion: 'Average completion rate',
  templateAverageEngagement: 'Average engagement score',
  templateTopVideos: 'Top performing videos',
  templateVideoStats: (
    { views, completion, score }: { views: number; completion: string; score: string },
    t: MessageTools,
  ) => `${t.plural(views, { one: '# view', other: '# views' })} · ${completion} completion · ${score} / 10`,
};
