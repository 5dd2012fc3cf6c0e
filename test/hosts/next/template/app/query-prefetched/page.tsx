import {
  accountAnalyticsPanelQuery,
  createServerClient,
  sixtySecondsQueryOptions,
  videoAnalyticsPanelQuery,
  videoGalleryQuery,
} from '@sixtyseconds/react/server';
import { dehydrate, HydrationBoundary, QueryClient } from '@tanstack/react-query';
import { AppQueryClient } from './app-query-client';
import { QueryDashboard } from './query-dashboard';

// Rendered per request: `next build` runs with no key, so nothing may be fetched at build time.
export const dynamic = 'force-dynamic';

// The key is read when the first call is made, not here: the build imports this module without it.
const sixty = createServerClient({
  apiKey: process.env.SIXTYSECONDS_API_KEY,
  upstream: process.env.SIXTYSECONDS_API_URL,
});

/**
 * The dashboard prefetched the TanStack Query way: the app's own QueryClient (one per request) fetches our reads with
 * `sixtySecondsQueryOptions`, and `HydrationBoundary` hands them to the browser's client, shared with the provider.
 */
export default async function Page({ searchParams }: { searchParams: Promise<{ video?: string }> }) {
  const { video = '' } = await searchParams;
  const queryClient = new QueryClient();
  const config = { client: sixty, baseUrl: '/api/sixtyseconds' };
  await Promise.all([
    queryClient.prefetchQuery(sixtySecondsQueryOptions(videoGalleryQuery({ defaultStatus: 'published' }), config)),
    queryClient.prefetchQuery(sixtySecondsQueryOptions(videoAnalyticsPanelQuery(video), config)),
    queryClient.prefetchQuery(sixtySecondsQueryOptions(accountAnalyticsPanelQuery(), config)),
  ]);
  return (
    <AppQueryClient>
      <HydrationBoundary state={dehydrate(queryClient)}>
        <QueryDashboard videoId={video} />
      </HydrationBoundary>
    </AppQueryClient>
  );
}
