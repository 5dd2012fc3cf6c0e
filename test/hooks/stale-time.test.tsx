import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SixtySecondsFallback, StaleTime } from '../../src';
import { SixtySecondsProvider, useVideoAnalytics, useVideos } from '../../src/hooks';
import { createMockApi, type MockApi } from '../../src/mock';
import { createServerClient, prefetchQueries, videoAnalyticsPanelQuery, videoGalleryQuery } from '../../src/server';
import { requestsTo } from '../render';

const BASE_URL = 'https://host.test/api/sixtyseconds';

const publishedId = (mock: MockApi) => mock.videos().find((video) => video.status === 'published')?.id ?? '';

function Views({ videoId }: { videoId: string }) {
  const { data } = useVideoAnalytics(videoId);
  return <p>{data ? `${data.metrics.views} views` : 'loading'}</p>;
}

function Titles({ status }: { status?: 'published' }) {
  const { data } = useVideos({ page: 1, limit: 20, status });
  return <p>{data ? `${data.data.length} videos` : 'loading'}</p>;
}

/** The server's reads, then fake time from the moment they were fetched. */
async function prefetched(queries: (api: MockApi) => Parameters<typeof prefetchQueries>[1]) {
  const api = createMockApi({ seed: 11 });
  const fallback = await prefetchQueries(createServerClient({ apiKey: 'sk_test', fetch: api.fetch }), queries(api));
  vi.useFakeTimers({ now: Math.max(...fallback.entries.map((entry) => entry.fetchedAt)) });
  return { api, fallback, proxy: createMockApi({ seed: 11 }) };
}

const page = (proxy: MockApi, fallback: SixtySecondsFallback, ui: React.ReactNode, staleTime?: Partial<StaleTime>) => (
  <SixtySecondsProvider
    baseUrl={BASE_URL}
    fallback={fallback}
    fetch={(request) => proxy.fetch(request)}
    staleTime={staleTime}
  >
    {ui}
  </SixtySecondsProvider>
);

/** The data of the page's first prefetched read. */
const firstData = <T,>(fallback: SixtySecondsFallback) => fallback.entries[0]?.data as T;

const later = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

afterEach(() => vi.useRealTimers());

describe('prefetched data stays fresh for the stale time', () => {
  it('shows analytics at once and asks again only once they are over 60 s old', async () => {
    const { api, fallback, proxy } = await prefetched((mock) => [videoAnalyticsPanelQuery(publishedId(mock))]);
    const videoId = publishedId(api);
    const views = firstData<{ metrics: { views: number } }>(fallback).metrics.views;
    const shown = page(proxy, fallback, <Views videoId={videoId} />);

    const first = render(shown);
    expect(screen.getByText(`${views} views`)).toBeInTheDocument();
    await later(30_000);
    first.unmount();
    const second = render(shown);
    await later(29_000);
    expect(requestsTo(proxy, 'getVideoAnalytics')).toHaveLength(0);

    second.unmount();
    await later(2_000);
    render(shown);
    expect(screen.getByText(`${views} views`)).toBeInTheDocument();
    await later(0);
    expect(requestsTo(proxy, 'getVideoAnalytics')).toHaveLength(1);
  });

  it('treats lists as stale after 10 s', async () => {
    const { fallback, proxy } = await prefetched(() => [videoGalleryQuery({ defaultStatus: 'published' })]);
    const shown = page(proxy, fallback, <Titles status="published" />);

    const first = render(shown);
    await later(9_000);
    first.unmount();
    const second = render(shown);
    await later(0);
    expect(requestsTo(proxy, 'listVideos')).toHaveLength(0);

    second.unmount();
    await later(2_000);
    render(shown);
    await later(0);
    expect(requestsTo(proxy, 'listVideos')).toHaveLength(1);
  });

  it('takes its stale times from the provider', async () => {
    const { api, fallback, proxy } = await prefetched((mock) => [videoAnalyticsPanelQuery(publishedId(mock))]);
    render(page(proxy, fallback, <Views videoId={publishedId(api)} />, { analyticsMs: 5_000 }));
    await later(0);
    expect(requestsTo(proxy, 'getVideoAnalytics')).toHaveLength(0);
    // A hydrated page already on screen stays as it is; the next mount of stale data asks again.
    await later(6_000);
    render(page(proxy, fallback, <Views videoId={publishedId(api)} />, { analyticsMs: 5_000 }));
    await later(0);
    expect(requestsTo(proxy, 'getVideoAnalytics')).toHaveLength(1);
  });

  it('still polls a fresh list while one of its videos is processing', async () => {
    const { fallback, proxy } = await prefetched(() => [videoGalleryQuery()]);
    const list = firstData<{ data: { status: string }[] }>(fallback);
    expect(list.data.some((video) => video.status === 'processing')).toBe(true);
    render(page(proxy, fallback, <Titles />));

    await later(0);
    expect(requestsTo(proxy, 'listVideos')).toHaveLength(0);
    await later(3_000);
    expect(requestsTo(proxy, 'listVideos')).toHaveLength(1);
  });
});
