import {
  CompletionFunnel,
  DemographicsDonut,
  SixtySecondsProvider,
  TrendChart,
  useAccountAnalytics,
  useVideoAnalytics,
  useVideos,
} from '@sixtyseconds/react';

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

/** A strict TypeScript host on React 18.3, reading everything through /api/sixtyseconds. */
export function App({ videoId }: { videoId: string | null }) {
  return (
    <SixtySecondsProvider baseUrl="/api/sixtyseconds">
      <Titles />
      <Audience videoId={videoId} />
      <Trend />
    </SixtySecondsProvider>
  );
}
