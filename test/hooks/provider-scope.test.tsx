import { act, render, screen, waitFor } from '@testing-library/react';
import { SWRConfig } from 'swr';
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

function VideoTitle({ videoId }: { videoId: string }) {
  const { data, isLoading } = useVideoAnalytics(videoId);
  return <h2 aria-busy={isLoading}>{data ? `${data.video_id}: ${data.title}` : 'No analytics yet'}</h2>;
}

afterEach(() => {
  vi.useRealTimers();
});

/** Moves the fake clock on by `ms`, letting every request and render that falls due settle. */
const elapse = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('a host app with its own SWR settings around the provider', () => {
  const mock = createMockApi({ seed: 3, latencyMs: 20 });
  const [first, second] = mock.videos().filter((video) => video.status === 'published');
  const hostApp = (videoId: string) => (
    <SWRConfig value={{ keepPreviousData: true, refreshInterval: 50, revalidateOnFocus: true }}>
      <SixtySecondsProvider baseUrl="http://host.test/api/sixtyseconds" fetch={(request) => mock.fetch(request)}>
        <VideoTitle videoId={videoId} />
      </SixtySecondsProvider>
    </SWRConfig>
  );

  it("neither shows one video's analytics under another nor polls", async () => {
    if (!first || !second) throw new Error('seed 3 needs two published videos');
    // Fake time: "never polls" holds over twenty of the host's 50 ms refresh intervals, not a 200 ms sleep.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const { rerender } = render(hostApp(first.id));
    await elapse(20);
    expect(screen.getByRole('heading', { name: new RegExp(first.id) })).toBeInTheDocument();

    rerender(hostApp(second.id));
    expect(screen.getByRole('heading')).toHaveTextContent('No analytics yet');
    expect(screen.getByRole('heading')).toHaveAttribute('aria-busy', 'true');
    await elapse(20);
    expect(screen.getByRole('heading', { name: new RegExp(second.id) })).toBeInTheDocument();

    await elapse(1_000);
    expect(mock.requests.map((request) => request.path)).toEqual([
      `/analytics/videos/${first.id}`,
      `/analytics/videos/${second.id}`,
    ]);
  });
});
