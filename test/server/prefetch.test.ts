import { describe, expect, it, vi } from 'vitest';
import { createMockApi } from '../../src/mock';
import {
  accountAnalyticsPanelQuery,
  createServerClient,
  prefetchQueries,
  videoAnalyticsPanelQuery,
  videoGalleryQuery,
} from '../../src/server';
import { KEY } from './helpers';

const setUp = () => {
  const mock = createMockApi({ seed: 11 });
  return { mock, client: createServerClient({ apiKey: KEY, fetch: mock.fetch }) };
};

describe('prefetchQueries', () => {
  it("returns each read's query and data, and lists the failures instead of throwing", async () => {
    const { mock, client } = setUp();
    const [video] = mock.videos();
    const queries = [
      videoGalleryQuery(),
      videoAnalyticsPanelQuery(video?.id ?? ''),
      accountAnalyticsPanelQuery(),
      { templateAnalytics: { templateId: 'tmpl_nobody_has' } },
    ];
    const fallback = await prefetchQueries(client, queries);

    expect(fallback.entries.map((entry) => entry.query)).toEqual(queries.slice(0, 3));
    const [list, analytics, account] = fallback.entries.map((entry) => entry.data) as [
      { data: { title: string }[] },
      { video_id: string },
      { summary: { total_videos: number } },
    ];
    expect(list.data[0]?.title).toBe(video?.title);
    expect(analytics.video_id).toBe(video?.id);
    expect(account.summary.total_videos).toBe(mock.videos().length);
    expect(fallback.failures).toEqual([
      { query: queries[3], error: expect.objectContaining({ kind: 'http', status: 404 }) },
    ]);
    expect(mock.requests.map((request) => request.query)).toEqual([
      { page: '1', limit: '20' },
      {},
      { group_by: 'week' },
      {},
    ]);
  });

  it('is plain JSON: it survives a trip through JSON.stringify unchanged', async () => {
    const { mock, client } = setUp();
    const fallback = await prefetchQueries(client, [
      videoGalleryQuery({ defaultStatus: 'published', defaultPageSize: 6 }),
      videoAnalyticsPanelQuery(mock.videos()[0]?.id ?? '', { range: { startDate: '2025-01-01' } }),
      { videoAnalytics: { videoId: 'vid_missing' } },
    ]);

    expect(fallback.entries).toHaveLength(2);
    expect(fallback.failures).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(fallback))).toEqual(fallback);
  });

  it('sends the reads in parallel, not one after another', async () => {
    const mock = createMockApi({ seed: 11 });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const started = vi.fn();
    const client = createServerClient({
      apiKey: KEY,
      fetch: async (request) => {
        started(new URL(request.url).pathname);
        await gate;
        return mock.fetch(request);
      },
    });
    const done = prefetchQueries(client, [videoGalleryQuery(), accountAnalyticsPanelQuery()]);

    // Both reads are at the API before either has an answer.
    await vi.waitFor(() => expect(started).toHaveBeenCalledTimes(2));
    release();
    expect((await done).entries).toHaveLength(2);
  });

  it('never throws, even when the key is missing: every read is a failure to log', async () => {
    const client = createServerClient({ apiKey: '' });
    const fallback = await prefetchQueries(client, [videoGalleryQuery()]);

    expect(fallback.entries).toEqual([]);
    expect(fallback.failures[0]?.error).toEqual({
      kind: 'invalid-request',
      message: expect.stringMatching(/^createServerClient: apiKey is missing/),
    });
  });
});
