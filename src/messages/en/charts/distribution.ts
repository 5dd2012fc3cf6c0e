import type { MessageTools } from '../../tools';

/** MetricsDistribution, BoxPlotChart and TemplatePerformance. */
export const distribution = {
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
