// @vitest-environment node
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createClient, isSixtySecondsError } from '../../src/api';
import { createMockApi } from '../../src/mock';
import { createMockHandlers } from '../../src/mock/msw-entry';
import { BASE, manualClock, newVideo } from './helpers';

describe('the client from src/api against the mock', () => {
  test('all seven methods work end to end', async () => {
    const clock = manualClock();
    const api = createMockApi({ seed: 4, now: clock.now });
    const client = createClient({ baseUrl: BASE, fetch: api.fetch });

    const list = await client.listVideos({ page: 2, limit: 5, status: 'published' });
    expect(list.pagination).toMatchObject({ page: 2, limit: 5, prev_page: 1 });
    expect(list.data.every((video) => video.status === 'published')).toBe(true);

    const created = await client.createVideo(newVideo());
    expect(created.status).toBe('processing');

    const video = list.data[0];
    const analytics = await client.getVideoAnalytics(video?.id ?? '', {
      startDate: '2025-01-01',
      endDate: '2025-02-28',
    });
    expect(analytics.video_id).toBe(video?.id);

    const account = await client.getAccountAnalytics({
      startDate: '2025-01-01',
      endDate: '2025-01-31',
      groupBy: 'day',
    });
    expect(account.trends).toHaveLength(31);

    const template = await client.getTemplateAnalytics('tmpl_renewal_reminder');
    expect(template.name).toBe('Renewal Reminder');

    const job = await client.createAnalyticsExport({ type: 'account', format: 'json', metrics: ['views'] });
    expect(await client.getAnalyticsExport(job.export_id)).toMatchObject({ status: 'processing', progress: 0 });
    clock.advance(3000);
    expect(await client.getAnalyticsExport(job.export_id)).toMatchObject({ status: 'completed', format: 'json' });

    expect(api.requests.map((request) => request.route)).toEqual([
      'listVideos',
      'createVideo',
      'getVideoAnalytics',
      'getAccountAnalytics',
      'getTemplateAnalytics',
      'createAnalyticsExport',
      'getAnalyticsExport',
      'getAnalyticsExport',
    ]);
  });

  test('a 422 reaches the caller as field errors', async () => {
    const api = createMockApi();
    const client = createClient({ baseUrl: BASE, fetch: api.fetch });
    const error = await client.createVideo(newVideo({ template_id: 'tmpl_gone' })).catch((e: unknown) => e);
    expect(isSixtySecondsError(error)).toBe(true);
    expect(error).toMatchObject({
      kind: 'http',
      status: 422,
      fieldErrors: { template_id: expect.stringContaining('tmpl_gone') },
    });
  });
});

describe('MSW handlers', () => {
  const api = createMockApi({ seed: 6 });
  const server = setupServer(
    ...createMockHandlers(api),
    ...createMockHandlers(api, { baseUrl: 'https://api.example.com/v1/' }),
  );
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterAll(() => server.close());

  test('answer a path base on any origin, and an absolute base', async () => {
    const local = await fetch(`${BASE}/videos?limit=3`);
    expect(local.status).toBe(200);
    expect(((await local.json()) as { data: unknown[] }).data).toHaveLength(3);
    const remote = await fetch('https://api.example.com/v1/analytics/account');
    expect(remote.status).toBe(200);
    expect(api.requests.slice(-2).map((request) => request.route)).toEqual(['listVideos', 'getAccountAnalytics']);
  });

  test("a proxy path of the host's own is served once handlers are made for it", async () => {
    const hosted = createMockApi({ seed: 6 });
    server.use(...createMockHandlers(hosted, { baseUrl: '/internal/video-proxy' }));
    const list = await fetch('http://localhost/internal/video-proxy/videos?limit=2');
    expect(list.status).toBe(200);
    const started = await fetch('http://localhost/internal/video-proxy/analytics/export', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'account', format: 'csv' }),
    });
    expect(started.status).toBe(202);
    expect(hosted.requests.map((request) => request.route)).toEqual(['listVideos', 'createAnalyticsExport']);
    // Anything that merely ends like an endpoint is still a 404.
    expect((await hosted.fetch('http://localhost/elsewhere/videos')).status).toBe(404);
  });

  test('a network fault fails the real fetch with a TypeError', async () => {
    api.setFault('listVideos', { network: true, times: 1 });
    await expect(fetch(`${BASE}/videos`)).rejects.toThrow(TypeError);
    expect((await fetch(`${BASE}/videos`)).status).toBe(200);
  });
});
