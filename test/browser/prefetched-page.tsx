import { SixtySecondsProvider, VideoAnalyticsPanel, VideoGallery } from '../../src';
import type { VideoAnalytics, VideoList } from '../../src/api';
import { createMockApi } from '../../src/mock';
import {
  accountAnalyticsPanelQuery,
  createServerClient,
  prefetchQueries,
  videoAnalyticsPanelQuery,
  videoGalleryQuery,
} from '../../src/server';

/** The proxy URL the page's provider uses in the browser. */
export const PAGE_BASE_URL = 'https://host.test/api/sixtyseconds';

/**
 * A dashboard page as a host builds it: the server reads the API with its key (`prefetchQueries` over a seeded mock)
 * and hands the fallback to the provider; the browser's requests go to a second mock with the same seed, which
 * counts them. The gallery shows published videos, so nothing on the page is processing and nothing polls.
 */
export async function prefetchedPage() {
  const api = createMockApi({ seed: 11 });
  const proxy = createMockApi({ seed: 11 });
  const server = createServerClient({ apiKey: 'sk_test_page_key', fetch: api.fetch });
  // The dashboard features the account's most watched video.
  const [top] = (await server.getAccountAnalytics()).top_videos;
  if (!top) throw new Error('seed 11 has no watched video');
  const fallback = await prefetchQueries(server, [
    videoGalleryQuery({ defaultStatus: 'published' }),
    videoAnalyticsPanelQuery(top.video_id),
    accountAnalyticsPanelQuery(),
  ]);
  const analytics = fallback.entries.find((entry) => 'videoAnalytics' in entry.query)?.data as VideoAnalytics;
  const list = fallback.entries.find((entry) => 'videos' in entry.query)?.data as VideoList;
  const element = (
    <SixtySecondsProvider baseUrl={PAGE_BASE_URL} fallback={fallback} fetch={(request) => proxy.fetch(request)}>
      <VideoGallery defaultStatus="published" />
      <VideoAnalyticsPanel videoId={top.video_id} />
    </SixtySecondsProvider>
  );
  return {
    element,
    fallback,
    /** The first video in the gallery. */
    firstTitle: list.data[0]?.title ?? '',
    /** The featured video's view count. */
    views: analytics.metrics.views,
    proxy,
  };
}
