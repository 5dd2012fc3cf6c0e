import {
  accountAnalyticsPanelQuery,
  createServerClient,
  prefetchQueries,
  videoAnalyticsPanelQuery,
  videoGalleryQuery,
} from '@sixtyseconds/react/server';
import { PrefetchedDashboard } from './prefetched-dashboard';

// Rendered per request: `next build` runs with no key, so nothing may be fetched at build time.
export const dynamic = 'force-dynamic';

// The key is read when the first call is made, not here: the build imports this module without it.
const sixty = createServerClient({
  apiKey: process.env.SIXTYSECONDS_API_KEY,
  upstream: process.env.SIXTYSECONDS_API_URL,
});

/** The dashboard with its data fetched on the server: the video named by `?video=<id>`, published videos only. */
export default async function Page({ searchParams }: { searchParams: Promise<{ video?: string }> }) {
  const { video = '' } = await searchParams;
  const fallback = await prefetchQueries(sixty, [
    videoGalleryQuery({ defaultStatus: 'published' }),
    videoAnalyticsPanelQuery(video),
    accountAnalyticsPanelQuery(),
  ]);
  for (const failure of fallback.failures) console.warn('SixtySeconds prefetch failed', failure);
  return <PrefetchedDashboard fallback={fallback} videoId={video} />;
}
