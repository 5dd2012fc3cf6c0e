// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type SixtySecondsError } from '../../src/api';
import { createMockApi } from '../../src/mock';
import { createProxyHandler, toNodeHandler } from '../../src/server';
import { KEY, type Listening, listen } from './helpers';

// Three real HTTP hops on loopback: our client → the proxy → the mock API, as a host app would run them.
const mock = createMockApi({ seed: 7 });
let api: Listening;
let proxy: Listening;
let client: ReturnType<typeof createClient>;

beforeAll(async () => {
  api = await listen(toNodeHandler((request) => mock.fetch(request)));
  const handler = createProxyHandler({ apiKey: KEY, upstream: `${api.origin}/v1`, basePath: '/api/sixtyseconds' });
  proxy = await listen(toNodeHandler(handler));
  client = createClient({ baseUrl: `${proxy.origin}/api/sixtyseconds`, timeoutMs: 5000 });
});

afterAll(() => Promise.all([proxy.close(), api.close()]));

const failure = (promise: Promise<unknown>) =>
  promise.then(
    () => expect.fail('expected the call to fail'),
    (error: SixtySecondsError) => error,
  );

describe('client → proxy → API over loopback', () => {
  it('lists the seeded videos, sending the key only on the last hop', async () => {
    const before = mock.requests.length;
    const list = await client.listVideos({ page: 1, limit: 5 });
    expect(list.data.map((video) => video.id)).toEqual(
      mock
        .videos()
        .slice(0, 5)
        .map((video) => video.id),
    );
    const [received] = mock.requests.slice(before);
    expect(received).toMatchObject({ route: 'listVideos', query: { page: '1', limit: '5' } });
    expect(received?.headers.authorization).toBe(`Bearer ${KEY}`);
    expect(received?.url).toBe(`${api.origin}/v1/videos?page=1&limit=5`);
  });

  it('creates a video that then appears in the list', async () => {
    const [template] = mock.templates();
    const video = await client.createVideo({
      title: 'Welcome, Priya',
      template_id: template?.id ?? '',
      customer_data: { first_name: 'Priya' },
    });
    expect(video).toMatchObject({ title: 'Welcome, Priya', status: 'processing' });
    const list = await client.listVideos({ limit: 3 });
    expect(list.data[0]?.id).toBe(video.id);
  });

  it('keeps a 422 and its field errors', async () => {
    const error = await failure(
      client.createVideo({ title: 'Hi', template_id: 'tmpl_does_not_exist', customer_data: { name: 'Ann' } }),
    );
    expect(error).toMatchObject({ kind: 'http', status: 422 });
    expect(error.fieldErrors?.template_id).toMatch(/There is no template "tmpl_does_not_exist"/);
  });

  it('keeps a 404 for an unknown video id', async () => {
    const error = await failure(client.getVideoAnalytics('vid_nobody_has_this'));
    expect(error).toMatchObject({ kind: 'http', status: 404 });
  });

  it('returns analytics for a real video, the account and a template', async () => {
    const [video] = mock.videos();
    const [template] = mock.templates();
    const analytics = await client.getVideoAnalytics(video?.id ?? '', {
      startDate: '2025-01-01',
      endDate: '2025-01-31',
    });
    expect(analytics.video_id).toBe(video?.id);
    const account = await client.getAccountAnalytics({ groupBy: 'week' });
    expect(account.trends.length).toBeGreaterThan(0);
    expect((await client.getTemplateAnalytics(template?.id ?? '')).template_id).toBe(template?.id);
  });

  it('lets every query parameter the client sends through the proxy’s allow-list', async () => {
    const [video] = mock.videos();
    const [template] = mock.templates();
    const range = { startDate: '2025-01-01', endDate: '2025-01-31' };
    const before = mock.requests.length;
    await client.listVideos({ page: 2, limit: 5, status: 'published' });
    await client.getVideoAnalytics(video?.id ?? '', range);
    await client.getAccountAnalytics({ ...range, groupBy: 'day' });
    await client.getTemplateAnalytics(template?.id ?? '', range);
    const dates = { start_date: '2025-01-01', end_date: '2025-01-31' };
    expect(mock.requests.slice(before).map(({ route, query }) => ({ route, query }))).toEqual([
      { route: 'listVideos', query: { page: '2', limit: '5', status: 'published' } },
      { route: 'getVideoAnalytics', query: dates },
      { route: 'getAccountAnalytics', query: { ...dates, group_by: 'day' } },
      { route: 'getTemplateAnalytics', query: dates },
    ]);
  });

  it('starts an export and reads its status back', async () => {
    const job = await client.createAnalyticsExport({ type: 'account', format: 'csv' });
    const status = await client.getAnalyticsExport(job.export_id);
    expect(status.export_id).toBe(job.export_id);
  });

  it('turns an API outage into a 503 the client can retry, without the API’s details', async () => {
    mock.setFault('getAccountAnalytics', { status: 503, retryAfter: 2, times: 1 });
    const error = await failure(client.getAccountAnalytics());
    expect(error).toMatchObject({ kind: 'http', status: 503, retryAfterMs: 2000, retryable: true });
  });

  it('answers 502 when the API is unreachable', async () => {
    const gone = await listen(() => undefined);
    await gone.close();
    const orphan = await listen(toNodeHandler(createProxyHandler({ apiKey: KEY, upstream: `${gone.origin}/v1` })));
    try {
      const error = await failure(createClient({ baseUrl: orphan.origin }).listVideos());
      expect(error).toMatchObject({ kind: 'http', status: 502, code: 'upstream_unreachable', retryable: true });
    } finally {
      await orphan.close();
    }
  });
});
