// @vitest-environment node
import { QueryClient } from '@tanstack/react-query';
import { renderToString } from 'react-dom/server';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { VideoAnalytics, VideoList } from '../../src/api';
import { createMockApi } from '../../src/mock';
import { createServerClient, sixtySecondsQueryOptions, videoGalleryQuery } from '../../src/server';
import { prefetchedQueryPage, QUERY_PAGE_BASE_URL } from '../browser/prefetched-query-page';
import { KEY } from './helpers';

const setUp = (faults = {}) => {
  const mock = createMockApi({ seed: 11, faults });
  return { mock, client: createServerClient({ apiKey: KEY, fetch: mock.fetch }) };
};

describe('sixtySecondsQueryOptions', () => {
  it('keys a read as the hooks do, under the proxy URL the browser uses', () => {
    const { client } = setUp();
    const config = { client, baseUrl: '/api/sixtyseconds' };
    expect(sixtySecondsQueryOptions(videoGalleryQuery(), config).queryKey).toEqual([
      'sixtyseconds',
      '/api/sixtyseconds',
      'videos',
      { page: 1, limit: 20 },
    ]);
    expect(
      sixtySecondsQueryOptions({ videoAnalytics: { videoId: 'vid_1', startDate: undefined } }, config),
    ).toMatchObject({
      queryKey: ['sixtyseconds', '/api/sixtyseconds', 'videoAnalytics', { videoId: 'vid_1' }],
      staleTime: 60_000,
    });
    expect(sixtySecondsQueryOptions(videoGalleryQuery(), { ...config, staleTime: { listsMs: 1_000 } }).staleTime).toBe(
      1_000,
    );
  });

  it('types the data by the query, for useQuery, useSuspenseQuery and getQueryData', () => {
    const { client } = setUp();
    const config = { client, baseUrl: '/api/sixtyseconds' };
    const queryClient = new QueryClient();
    const analytics = sixtySecondsQueryOptions({ videoAnalytics: { videoId: 'vid_1' } }, config);
    const list = sixtySecondsQueryOptions({ videos: { page: 2 } }, config);
    expectTypeOf(queryClient.getQueryData(analytics.queryKey)).toEqualTypeOf<VideoAnalytics | undefined>();
    expectTypeOf(queryClient.getQueryData(list.queryKey)).toEqualTypeOf<VideoList | undefined>();
  });

  it('retries a 503 by the policy on a server, and never a 404', async () => {
    const { mock, client } = setUp({ listVideos: { status: 503, times: 1 } });
    const queryClient = new QueryClient();
    const config = { client, baseUrl: '/api/sixtyseconds', retry: { baseDelayMs: 1 } };
    const list = await queryClient.fetchQuery(sixtySecondsQueryOptions(videoGalleryQuery(), config));
    expect(list.data).toHaveLength(20);
    expect(mock.requests.map((request) => request.route)).toEqual(['listVideos', 'listVideos']);

    const missing = sixtySecondsQueryOptions({ videoAnalytics: { videoId: 'vid_nobody_has' } }, config);
    await expect(queryClient.fetchQuery(missing)).rejects.toMatchObject({ kind: 'http', status: 404 });
    expect(mock.requests.filter((request) => request.route === 'getVideoAnalytics')).toHaveLength(1);
  });
});

describe("a page prefetched into the host's own QueryClient", () => {
  it('renders the numbers into the HTML from the dehydrated state, with no request from the render', async () => {
    const { element, state, videoId, views, proxy } = await prefetchedQueryPage();
    expect(state.queries.map((query: { queryKey: unknown[] }) => query.queryKey[1])).toEqual([
      QUERY_PAGE_BASE_URL,
      QUERY_PAGE_BASE_URL,
      QUERY_PAGE_BASE_URL,
    ]);
    const html = renderToString(element());

    expect(html).toContain(videoId);
    expect(html).toMatch(
      new RegExp(`data-metric="views"><dt[^>]*>Views</dt><dd[^>]*>${views.toLocaleString('en-US')}</dd>`),
    );
    expect(html).not.toContain('ss-skeleton');
    expect(proxy.requests).toEqual([]);
  });
});
