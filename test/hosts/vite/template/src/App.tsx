import {
  CompletionFunnel,
  DemographicsDonut,
  SixtySecondsProvider,
  TrendChart,
  useAccountAnalytics,
  useVideoAnalytics,
  useVideos,
} from '@sixtyseconds/react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';

// Each hook's result goes straight into the components, optional fields and all, as a strict host writes it.

function Titles() {
  const { data, error } = useVideos({ limit: 5 });
  if (error) return <p role="alert">{error.message}</p>;
  return (
    <ul aria-label="Newest videos">
      {data?.data.map((video) => (
        <li key={video.id}>{video.title}</li>
      ))}
    </ul>
  );
}

function Audience({ videoId }: { videoId: string | null }) {
  const { data, error, isLoading } = useVideoAnalytics(videoId);
  return (
    <>
      <DemographicsDonut
        title="Devices"
        data={data?.viewer_demographics}
        total={data?.metrics.unique_viewers}
        loading={isLoading}
        error={error}
        width={320}
      />
      <CompletionFunnel title="Watch-through" data={data?.watch_time_distribution} loading={isLoading} width={320} />
    </>
  );
}

function Trend() {
  const { data, error, isLoading } = useAccountAnalytics({ groupBy: 'week' });
  return <TrendChart title="Views by week" data={data?.trends} groupBy="week" loading={isLoading} error={error} />;
}

/** A query of the host's own, in the same client as ours. */
function Greeting() {
  const { data } = useQuery({ queryKey: ['host', 'greeting'], queryFn: async () => 'Hello from the host' });
  return <p>{data}</p>;
}

/** What a developer's devtools would show: every query in the app's client, by key. */
function CacheList() {
  const cache = useQueryClient().getQueryCache();
  const keys = useSyncExternalStore(
    (onChange) => cache.subscribe(onChange),
    () => JSON.stringify(cache.getAll().map((query) => query.queryKey)),
  );
  return (
    <ul aria-label="Queries in the app's cache">
      {(JSON.parse(keys) as unknown[]).map((key) => (
        <li key={JSON.stringify(key)}>{JSON.stringify(key)}</li>
      ))}
    </ul>
  );
}

/** A strict TypeScript host on React 18.3, reading everything through /api/sixtyseconds on its own QueryClient. */
export function App({ videoId }: { videoId: string | null }) {
  const queryClient = useQueryClient();
  return (
    <>
      <Greeting />
      <SixtySecondsProvider baseUrl="/api/sixtyseconds" queryClient={queryClient}>
        <Titles />
        <Audience videoId={videoId} />
        <Trend />
      </SixtySecondsProvider>
      <CacheList />
    </>
  );
}
