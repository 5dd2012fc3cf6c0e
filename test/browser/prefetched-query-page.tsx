import { dehydrate, HydrationBoundary, QueryClient, QueryClientProvider, useQueryClient } from '@tanstack/react-query';
import { SixtySecondsProvider, VideoAnalyticsPanel, VideoGallery } from '../../src';
import { createMockApi } from '../../src/mock';
import {
  accountAnalyticsPanelQuery,
  createServerClient,
  sixtySecondsQueryOptions,
  videoAnalyticsPanelQuery,
  videoGalleryQuery,
} from '../../src/server';

/** The proxy URL the page's provider uses in the browser. */
export const QUERY_PAGE_BASE_URL = 'https://host.test/api/sixtyseconds';

/**
 * A dashboard page as a host on TanStack Query builds it: its loader prefetches our reads into its own `QueryClient`
 * with `sixtySecondsQueryOptions` and a server client (over a seeded mock), and `dehydrate`s them as JSON; the page
 * hydrates them with `HydrationBoundary` into a fresh client and shares that client with the provider. The browser's
 * requests go to a second mock with the same seed, which counts them.
 */
export async function prefetchedQueryPage() {
  const api = createMockApi({ seed: 11 });
  const proxy = createMockApi({ seed: 11 });
  const sixty = createServerClient({ apiKey: 'sk_test_page_key', fetch: api.fetch });
  const [top] = (await sixty.getAccountAnalytics()).top_videos;
  if (!top) throw new Error('seed 11 has no watched video');
  const videoId = top.video_id;

  const loaderClient = new QueryClient();
  const config = { client: sixty, baseUrl: QUERY_PAGE_BASE_URL };
  await Promise.all(
    [
      videoGalleryQuery({ defaultStatus: 'published' }),
      videoAnalyticsPanelQuery(videoId),
      accountAnalyticsPanelQuery(),
    ].map((query) => loaderClient.prefetchQuery(sixtySecondsQueryOptions(query, config))),
  );
  // What travels in the HTML: plain JSON.
  const state = JSON.parse(JSON.stringify(dehydrate(loaderClient)));
  const views = loaderClient.getQueryData(sixtySecondsQueryOptions(videoAnalyticsPanelQuery(videoId), config).queryKey)
    ?.metrics.views;

  /** The page, with a new client each time it is built: one for the server render, one for the browser. */
  const element = () => (
    <QueryClientProvider client={new QueryClient()}>
      <HydrationBoundary state={state}>
        <PageWithClient videoId={videoId} fetch={(request) => proxy.fetch(request)} />
      </HydrationBoundary>
    </QueryClientProvider>
  );
  return { element, state, videoId, views: views ?? 0, proxy };
}

/** The part of the page under the host's QueryClientProvider: our provider shares the host's client. */
function PageWithClient({ videoId, fetch }: { videoId: string; fetch: (request: Request) => Promise<Response> }) {
  return (
    <SixtySecondsProvider baseUrl={QUERY_PAGE_BASE_URL} queryClient={useQueryClient()} fetch={fetch}>
      <VideoGallery defaultStatus="published" />
      <VideoAnalyticsPanel videoId={videoId} />
    </SixtySecondsProvider>
  );
}
