import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SixtySecondsFallback, VideoAnalytics } from '../../src';
import { SixtySecondsProvider, useVideoAnalytics } from '../../src/hooks';
import { createMockApi } from '../../src/mock';
import { createServerClient, prefetchQueries, videoAnalyticsPanelQuery } from '../../src/server';
import { requestsTo } from '../render';

function Views({ videoId }: { videoId: string }) {
  const { data } = useVideoAnalytics(videoId);
  return <p>{data ? `${data.metrics.views} views` : 'Loading…'}</p>;
}

/** The same fallback with the views changed and fetched `laterMs` after the first, as a refreshed page's would be. */
const refreshed = (fallback: SixtySecondsFallback, views: number, laterMs: number): SixtySecondsFallback => ({
  failures: [],
  entries: fallback.entries.map((entry) => {
    const data = entry.data as VideoAnalytics;
    return { ...entry, data: { ...data, metrics: { ...data.metrics, views } }, fetchedAt: entry.fetchedAt + laterMs };
  }),
});

afterEach(() => {
  vi.useRealTimers();
});

/** Moves the fake clock on by `ms`, letting every request and render that falls due settle. */
const elapse = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

describe('a fallback that changes while the provider is mounted (router.refresh())', () => {
  it('shows newer server data at once, keeps what it has over older data, and asks the proxy nothing', async () => {
    const api = createMockApi({ seed: 11 });
    const proxy = createMockApi({ seed: 11 });
    const videoId = api.videos().find((video) => video.status === 'published')?.id ?? '';
    const first = await prefetchQueries(createServerClient({ apiKey: 'sk_test', fetch: api.fetch }), [
      videoAnalyticsPanelQuery(videoId),
    ]);
    const page = (fallback: SixtySecondsFallback) => (
      <SixtySecondsProvider baseUrl="https://host.test/api/sixtyseconds" fallback={fallback} fetch={proxy.fetch}>
        <Views videoId={videoId} />
      </SixtySecondsProvider>
    );
    const [entry] = first.entries;
    if (!entry) throw new Error('the server could not prefetch the video');
    const views = (entry.data as VideoAnalytics).metrics.views;
    // Fake time from the server's fetch on: what the page shows after each refresh is checked once it has settled.
    vi.useFakeTimers({ now: entry.fetchedAt });
    const { rerender } = render(page(first));
    expect(screen.getByText(`${views} views`)).toBeInTheDocument();

    rerender(page(refreshed(first, 123_456, 1_000)));
    await elapse(10);
    expect(screen.getByText('123456 views')).toBeInTheDocument();
    rerender(page(refreshed(first, 7, -1_000)));
    await elapse(10);
    expect(screen.getByText('123456 views')).toBeInTheDocument();
    expect(requestsTo(proxy, 'getVideoAnalytics')).toHaveLength(0);
  });
});
