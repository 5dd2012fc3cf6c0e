import { keepPreviousData, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SixtySecondsProvider, useVideoAnalytics, useVideos } from '../../src/hooks';
import { createMockApi } from '../../src/mock';

// Two proxies, as a host that switches tenant (or environment) has: each answers from its own seeded mock.
const tenants = {
  'http://tenant-a.test': createMockApi({ seed: 1, latencyMs: 30 }),
  'http://tenant-b.test': createMockApi({ seed: 2, latencyMs: 30 }),
};
type Origin = keyof typeof tenants;
const throughTenant = (request: Request) => tenants[new URL(request.url).origin as Origin].fetch(request);
const idsOf = (origin: Origin) => new Set(tenants[origin].videos().map((video) => video.id));

function VideoIds() {
  const { data, isLoading } = useVideos({ limit: 3 });
  return (
    <ul aria-label="Videos" aria-busy={isLoading}>
      {data?.data.map((video) => (
        <li key={video.id}>{video.id}</li>
      ))}
    </ul>
  );
}

const app = (origin: Origin) => (
  <SixtySecondsProvider baseUrl={`${origin}/api/sixtyseconds`} fetch={throughTenant}>
    <VideoIds />
  </SixtySecondsProvider>
);

const shownIds = () => screen.queryAllByRole('listitem').map((item) => item.textContent ?? '');

describe('a provider whose baseUrl changes', () => {
  it("fetches through the new proxy and never shows the old proxy's videos, not even while loading", async () => {
    const { rerender } = render(app('http://tenant-a.test'));
    await waitFor(() => expect(shownIds()).toHaveLength(3));
    expect(shownIds().every((id) => idsOf('http://tenant-a.test').has(id))).toBe(true);

    rerender(app('http://tenant-b.test'));
    expect(shownIds().filter((id) => idsOf('http://tenant-a.test').has(id))).toEqual([]);
    await waitFor(() => expect(shownIds()).toHaveLength(3));
    expect(shownIds().every((id) => idsOf('http://tenant-b.test').has(id))).toBe(true);
    expect(tenants['http://tenant-b.test'].requests.map((request) => request.route)).toEqual(['listVideos']);
  });
});

/** A failed read's status where the host's boundary would otherwise catch it. */
function VideoState({ videoId }: { videoId: string }) {
  const { error } = useVideoAnalytics(videoId);
  return error ? <p role="alert">{`Failed with ${error.status}`}</p> : <p>Loading…</p>;
}

function VideoTitle({ videoId }: { videoId: string }) {
  const { data, isLoading } = useVideoAnalytics(videoId);
  return <h2 aria-busy={isLoading}>{data ? `${data.video_id}: ${data.title}` : 'No analytics yet'}</h2>;
}

afterEach(() => {
  vi.useRealTimers();
});

/** Moves the fake clock on by `ms`, letting every request and render that falls due settle. */
const elapse = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

/** A host's client whose defaults would keep old data, poll, retry everything and throw into error boundaries. */
const hostileHostClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: {
        placeholderData: keepPreviousData,
        refetchInterval: 50,
        refetchOnWindowFocus: 'always',
        retry: 5,
        throwOnError: true,
        staleTime: 0,
      },
    },
  });

describe.each([
  { label: 'around the provider', shared: false },
  { label: 'shared with the provider (queryClient)', shared: true },
])('a host app with its own QueryClient defaults, $label', ({ shared }) => {
  it("neither shows one video's analytics under another nor polls", async () => {
    const mock = createMockApi({ seed: 3, latencyMs: 20 });
    const [first, second] = mock.videos().filter((video) => video.status === 'published');
    if (!first || !second) throw new Error('seed 3 needs two published videos');
    const host = hostileHostClient();
    const hostApp = (videoId: string) => (
      <QueryClientProvider client={host}>
        <SixtySecondsProvider
          baseUrl="http://host.test/api/sixtyseconds"
          fetch={(request) => mock.fetch(request)}
          queryClient={shared ? host : undefined}
        >
          <VideoTitle videoId={videoId} />
        </SixtySecondsProvider>
      </QueryClientProvider>
    );
    // Fake time: "never polls" holds over twenty of the host's 50 ms refetch intervals, not a 1 s sleep.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const { rerender } = render(hostApp(first.id));
    // 20 ms of latency, and 1 ms more: TanStack Query tells React about an answer one task after it arrives.
    await elapse(21);
    expect(screen.getByRole('heading', { name: new RegExp(first.id) })).toBeInTheDocument();

    rerender(hostApp(second.id));
    expect(screen.getByRole('heading')).toHaveTextContent('No analytics yet');
    expect(screen.getByRole('heading')).toHaveAttribute('aria-busy', 'true');
    await elapse(21);
    expect(screen.getByRole('heading', { name: new RegExp(second.id) })).toBeInTheDocument();

    await elapse(1_000);
    expect(mock.requests.map((request) => request.path)).toEqual([
      `/analytics/videos/${first.id}`,
      `/analytics/videos/${second.id}`,
    ]);
    // The host's defaults are still its own: ours travel with each read.
    expect(host.getDefaultOptions().queries).toMatchObject({ refetchInterval: 50, retry: 5, throwOnError: true });
  });

  it("shows a failed read as our error, retried by our policy, never thrown into the host's error boundary", async () => {
    const mock = createMockApi({ seed: 3, faults: { getVideoAnalytics: { status: 503 } } });
    const host = hostileHostClient();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    render(
      <QueryClientProvider client={host}>
        <SixtySecondsProvider
          baseUrl="http://host.test/api/sixtyseconds"
          fetch={(request) => mock.fetch(request)}
          queryClient={shared ? host : undefined}
          retry={{ retries: 1, baseDelayMs: 10 }}
        >
          <VideoState videoId="vid_any" />
        </SixtySecondsProvider>
      </QueryClientProvider>,
    );
    await elapse(1_000);
    expect(screen.getByRole('alert')).toHaveTextContent('503');
    // The first request and one retry (our policy), not the host's five.
    expect(mock.requests).toHaveLength(2);
  });
});
