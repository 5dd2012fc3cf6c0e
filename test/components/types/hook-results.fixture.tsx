// Compiled by exact-optional-props.test.ts with `exactOptionalPropertyTypes: true`, as a strict host compiles it:
// every hook result goes straight into a component, `undefined` included, with no `?? {}` or spread tricks.
import {
  AccountAnalyticsPanel,
  AccountSummaryCards,
  CompletionFunnel,
  CreateVideoDialog,
  DateRangeFilter,
  DemographicsDonut,
  EngagementBreakdown,
  ExportButton,
  GroupBySwitch,
  MetricCards,
  MetricsDistribution,
  TemplatePerformance,
  TemplateSummaryCards,
  TopVideosTable,
  TrendChart,
  useAccountAnalytics,
  useAnalyticsExport,
  useTemplateAnalytics,
  useVideoAnalytics,
  useVideos,
  VideoAnalyticsPanel,
  VideoGallery,
  VideoPlayerCard,
} from '../../../src';

/** A host page that owns nothing it does not have to: every optional value may be `undefined`. */
export function HostPage({ videoId, templateId }: { videoId: string | undefined; templateId: string | undefined }) {
  const video = useVideoAnalytics(videoId);
  const account = useAccountAnalytics();
  const template = useTemplateAnalytics(templateId);
  const videos = useVideos();
  const exporter = useAnalyticsExport();
  return (
    <>
      <DemographicsDonut data={video.data?.viewer_demographics} loading={video.isLoading} error={video.error} />
      <CompletionFunnel data={video.data?.watch_time_distribution} error={video.error} />
      <EngagementBreakdown data={video.data?.engagement} title={video.data?.title} />
      <MetricCards metrics={video.data?.metrics} baseline={account.data?.summary ? {} : undefined} />
      <AccountSummaryCards summary={account.data?.summary} error={account.error} />
      <TrendChart data={account.data?.trends} metric={undefined} />
      <TopVideosTable videos={account.data?.top_videos} />
      <TemplateSummaryCards analytics={template.data} />
      <TemplatePerformance data={template.data} />
      <MetricsDistribution data={template.data?.metrics_distribution} />
      <VideoPlayerCard video={videos.data?.data[0]} />
      <VideoGallery status={undefined} page={undefined} pageSize={undefined} onPageChange={undefined} />
      <CreateVideoDialog trigger={undefined} open={undefined} onOpenChange={undefined} />
      <DateRangeFilter range={undefined} today={undefined} />
      <GroupBySwitch groupBy={undefined} />
      <ExportButton exporter={exporter} id={videoId} startDate={undefined} />
      <VideoAnalyticsPanel videoId={videoId} range={undefined} />
      <AccountAnalyticsPanel groupBy={undefined} onRangeChange={undefined} />
    </>
  );
}
