import { afterEach, describe, expect, it, vi } from 'vitest';
import { SixtySecondsError } from '../../src/api';
import { createMockApi } from '../../src/mock';
import { createServerClient } from '../../src/server';
import { KEY } from './helpers';

const setUp = () => {
  const mock = createMockApi({ seed: 11 });
  const client = createServerClient({ apiKey: KEY, fetch: mock.fetch });
  return { mock, client };
};

const failure = async (promise: Promise<unknown>) => {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(SixtySecondsError);
  return error as SixtySecondsError;
};

afterEach(() => vi.useRealTimers());

describe('createServerClient', () => {
  it('reads the API with the key and answers with the same data the mock holds', async () => {
    const { mock, client } = setUp();
    const list = await client.listVideos({ page: 1, limit: 5 });

    expect(list.data.map((video) => video.title)).toEqual(
      mock
        .videos()
        .slice(0, 5)
        .map((video) => video.title),
    );
    const [request] = mock.requests;
    expect(request?.url).toBe('https://api.sixtyseconds.video/v1/videos?page=1&limit=5');
    expect(request?.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('sends every other documented call to its route, with the key', async () => {
    const { mock, client } = setUp();
    const [video] = mock.videos();
    const [template] = mock.templates();
    await client.getVideoAnalytics(video?.id ?? '', { startDate: '2025-01-01', endDate: '2025-01-31' });
    await client.getAccountAnalytics({ groupBy: 'week' });
    await client.getTemplateAnalytics(template?.id ?? '');
    const job = await client.createAnalyticsExport({ type: 'account', format: 'csv' });
    await client.getAnalyticsExport(job.export_id);
    const created = await client.createVideo({
      template_id: template?.id ?? '',
      title: 'Welcome Ada',
      customer_data: { name: 'Ada' },
    });

    expect(created.status).toBe('processing');
    expect(mock.requests.map((request) => request.route)).toEqual([
      'getVideoAnalytics',
      'getAccountAnalytics',
      'getTemplateAnalytics',
      'createAnalyticsExport',
      'getAnalyticsExport',
      'createVideo',
    ]);
    expect(mock.requests.every((request) => request.headers.authorization === `Bearer ${KEY}`)).toBe(true);
  });

  it('refuses invalid input before anything is sent', async () => {
    const { mock, client } = setUp();
    const error = await failure(client.listVideos({ limit: 500 }));

    expect(error.kind).toBe('invalid-request');
    expect(Object.keys(error.fieldErrors ?? {})).toEqual(['limit']);
    expect(mock.requests).toEqual([]);
  });

  it('reports API errors and unexpected shapes as SixtySecondsError', async () => {
    const { client } = setUp();
    const missing = await failure(client.getVideoAnalytics('vid_does_not_exist'));
    expect([missing.kind, missing.status]).toEqual(['http', 404]);

    const odd = createServerClient({
      apiKey: KEY,
      fetch: async () => Response.json({ data: 'not a list', pagination: {} }),
    });
    const invalid = await failure(odd.listVideos());
    expect(invalid.kind).toBe('invalid-response');
    expect(invalid.field).toBe('data');
  });

  it('times out as kind "timeout" when the API does not answer', async () => {
    vi.useFakeTimers();
    const client = createServerClient({ apiKey: KEY, timeoutMs: 2000, fetch: () => new Promise(() => undefined) });
    const pending = failure(client.listVideos());
    await vi.advanceTimersByTimeAsync(2000);

    expect((await pending).kind).toBe('timeout');
  });

  it('never hands the key back: not in data, not in an error, not in the client', async () => {
    const echo = createServerClient({
      apiKey: KEY,
      fetch: async (request) =>
        Response.json(
          { error: { code: 'bad_key', message: `Key ${request.headers.get('authorization')} rejected` } },
          {
            status: 401,
          },
        ),
    });
    const rejected = await failure(echo.listVideos());
    const leaky = createServerClient({
      apiKey: KEY,
      fetch: async () => Response.json({ data: [], pagination: { total: 0, page: 1, limit: 20 }, note: KEY }),
    });
    const withheld = await failure(leaky.listVideos());

    expect(rejected.status).toBe(401);
    // The proxy's forward withholds the whole answer; what is left is not a video list.
    expect(withheld.kind).toBe('invalid-response');
    for (const value of [rejected, withheld]) {
      expect(`${value.message} ${JSON.stringify(value)} ${String(value.cause)}`).not.toContain(KEY);
    }
    expect(JSON.stringify(echo)).not.toContain(KEY);
  });

  it('reports a missing key when called, not when created, and sends nothing', async () => {
    const mock = createMockApi({ seed: 11 });
    // An unset environment variable passed as it is: the type allows it, the call says what is missing.
    const client = createServerClient({ apiKey: process.env.SIXTYSECONDS_TEST_UNSET_KEY, fetch: mock.fetch });
    const error = await failure(client.listVideos());

    expect(error.kind).toBe('invalid-request');
    expect(error.message).toMatch(/^createServerClient: apiKey is missing/);
    expect(mock.requests).toEqual([]);
  });
});
