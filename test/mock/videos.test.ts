// @vitest-environment node
import * as v from 'valibot';
import { describe, expect, test } from 'vitest';
import { INPUT_MESSAGES, VideoAnalyticsSchema, type VideoList, VideoListSchema, VideoSchema } from '../../src/api';
import { createMockApi } from '../../src/mock';
import { BASE, call, getJson, manualClock, newVideo } from './helpers';

describe('GET /videos', () => {
  test('lists a realistic account: 40+ videos in all four states, newest first, 20 per page by default', async () => {
    const api = createMockApi({ seed: 7 });
    const first = v.parse(VideoListSchema, await getJson(api, '/videos'));
    expect(first.data).toHaveLength(20);
    expect(first.pagination).toMatchObject({ page: 1, limit: 20, next_page: 2, prev_page: null });
    expect(first.pagination.total).toBeGreaterThanOrEqual(40);
    const all = api.videos();
    expect(new Set(all.map((video) => video.status))).toEqual(new Set(['draft', 'processing', 'published', 'failed']));
    const dates = all.map((video) => video.created_at);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(first.data).toEqual(all.slice(0, 20));
  });

  test('published videos have media on the mock itself and a duration; the others have none', () => {
    // Outside a browser, `videos()` links media under http://localhost/api/sixtyseconds (see media.test.ts).
    for (const video of createMockApi({ seed: 3 }).videos()) {
      if (video.status === 'published') {
        expect(video.url).toBe(`http://localhost/api/sixtyseconds/media/videos/${video.id}.webm`);
        expect(video.thumbnail).toMatch(`http://localhost/api/sixtyseconds/media/thumbnails/${video.id}.svg?v=`);
        expect(video.duration).toBeGreaterThan(0);
      } else {
        expect([video.url, video.thumbnail, video.duration]).toEqual([null, null, null]);
      }
      expect(video.title).toMatch(
        /^(Welcome Message|Product Demo|Renewal Reminder|Feature Announcement|Onboarding|Thank You|Event Invitation)/,
      );
      expect(['9:16', '16:9', '1:1']).toContain(video.aspect_ratio);
    }
  });

  test.each([1, 7, 42, 119])(
    'seed %i serves the videos the API docs use, by their ids and titles, watched like any other',
    async (seed) => {
      const api = createMockApi({ seed });
      const documented = api
        .videos()
        .filter((video) => video.id.startsWith('vid_12345') || video.id.startsWith('vid_67890'));
      expect(documented.map(({ id, title, status, template_id }) => ({ id, title, status, template_id }))).toEqual([
        {
          id: 'vid_67890fghij',
          title: 'Product Demo for Enterprise',
          status: 'published',
          template_id: 'tmpl_product_demo',
        },
        {
          id: 'vid_12345abcde',
          title: 'Welcome Message for John',
          status: 'published',
          template_id: 'tmpl_welcome_message',
        },
      ]);
      expect(documented[1]?.duration).toBe(58.5);
      for (const { id } of documented) {
        const analytics = v.parse(VideoAnalyticsSchema, await getJson(api, `/analytics/videos/${id}`));
        expect(analytics.video_id).toBe(id);
        expect(analytics.metrics.views).toBeGreaterThan(0);
      }
      // The same seed, the same two videos: nothing about them depends on the clock or on what else was asked.
      expect(
        createMockApi({ seed })
          .videos()
          .filter((video) => documented.some((doc) => doc.id === video.id)),
      ).toEqual(documented);
    },
  );

  test('walking every page with any limit adds up to the total, without repeats', async () => {
    const api = createMockApi({ seed: 11 });
    for (const limit of [1, 7, 20, 100]) {
      const seen: string[] = [];
      let page: number | null = 1;
      let total = 0;
      while (page !== null) {
        const list: VideoList = v.parse(VideoListSchema, await getJson(api, `/videos?page=${page}&limit=${limit}`));
        expect(list.pagination.prev_page).toBe(page > 1 ? page - 1 : null);
        seen.push(...list.data.map((video) => video.id));
        total = list.pagination.total;
        page = list.pagination.next_page;
      }
      expect(seen).toHaveLength(total);
      expect(new Set(seen).size).toBe(total);
    }
  });

  test('filters by status, and a page past the end is empty', async () => {
    const api = createMockApi({ seed: 5 });
    const failed = v.parse(VideoListSchema, await getJson(api, '/videos?status=failed&limit=100'));
    expect(failed.data.length).toBeGreaterThan(0);
    expect(failed.data.every((video) => video.status === 'failed')).toBe(true);
    expect(failed.pagination.total).toBe(api.videos().filter((video) => video.status === 'failed').length);
    const beyond = v.parse(VideoListSchema, await getJson(api, '/videos?page=99'));
    expect(beyond.data).toEqual([]);
    expect(beyond.pagination).toMatchObject({ page: 99, next_page: null, prev_page: 98 });
  });

  test.each([
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['limit=101', 'limit'],
    ['limit=0', 'limit'],
    ['limit=2.5', 'limit'],
    ['status=archived', 'status'],
  ])('?%s is a 400 naming the %s field', async (query, field) => {
    const answer = await call(createMockApi(), `/videos?${query}`);
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'invalid_query', fields: { [field]: expect.any(String) } } });
  });

  test('answers under any prefix, and the log records the API path and query', async () => {
    const api = createMockApi();
    expect((await call(api, 'https://api.example.com/v1/videos?limit=2')).status).toBe(200);
    expect((await call(api, 'http://localhost/videos')).status).toBe(200);
    expect(api.requests.map(({ route, path, query }) => ({ route, path, query }))).toEqual([
      { route: 'listVideos', path: '/videos', query: { limit: '2' } },
      { route: 'listVideos', path: '/videos', query: {} },
    ]);
  });
});

describe('POST /videos', () => {
  test('creates a processing video that publishes after processingMs by the injected clock', async () => {
    const clock = manualClock();
    const api = createMockApi({ seed: 2, now: clock.now, processingMs: 4000 });
    const answer = await call(api, '/videos', { method: 'POST', json: newVideo({ aspect_ratio: '16:9' }) });
    expect(answer.status).toBe(201);
    const created = v.parse(VideoSchema, answer.body);
    expect(created).toMatchObject({
      title: 'Welcome Message for Sarah',
      status: 'processing',
      url: null,
      duration: null,
      aspect_ratio: '16:9',
      template_id: 'tmpl_welcome_message',
      created_at: '2025-03-05T15:30:00Z',
    });
    expect(created.id).toMatch(/^vid_[a-z0-9]{10}$/);
    expect(api.requests.at(-1)).toMatchObject({
      route: 'createVideo',
      method: 'POST',
      body: newVideo({ aspect_ratio: '16:9' }),
    });

    clock.advance(3999);
    const before = v.parse(VideoListSchema, await getJson(api, '/videos?limit=1'));
    expect(before.data[0]).toMatchObject({ id: created.id, status: 'processing' });
    clock.advance(1);
    const after = v.parse(VideoListSchema, await getJson(api, '/videos?limit=1'));
    expect(after.data[0]).toMatchObject({
      id: created.id,
      status: 'published',
      url: `${BASE}/media/videos/${created.id}.webm`,
    });
    expect(after.data[0]?.duration).toBeGreaterThan(0);
    expect(after.pagination.total).toBe(before.pagination.total);
  });

  test('a missing title and an unknown template are a 422 with a message per field', async () => {
    const api = createMockApi();
    const before = api.videos().length;
    const answer = await call(api, '/videos', {
      method: 'POST',
      json: newVideo({ title: '  ', template_id: 'tmpl_nope' }),
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toEqual({
      error: {
        code: 'validation_failed',
        message: expect.any(String),
        fields: { title: 'Give the video a title.', template_id: expect.stringContaining('tmpl_nope') },
      },
    });
    expect(api.videos()).toHaveLength(before);
  });

  test('a body without customer data or with a bad aspect ratio names those fields', async () => {
    const answer = await call(createMockApi(), '/videos', {
      method: 'POST',
      json: { title: 'Hi', template_id: 'tmpl_product_demo', aspect_ratio: '4:3' },
    });
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({
      error: { fields: { customer_data: expect.any(String), aspect_ratio: 'Aspect ratio must be 9:16, 16:9 or 1:1.' } },
    });
  });

  test.each([['not json'], ['[1, 2]']])('a JSON-typed body of %j is a 400', async (body) => {
    const headers = { 'content-type': 'application/json' };
    const answer = await call(createMockApi(), '/videos', { method: 'POST', body, headers });
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ error: { code: 'invalid_json' } });
  });

  test('the same seed gives created videos the same ids; reset() forgets them', async () => {
    const ids = async () => {
      const api = createMockApi({ seed: 9 });
      const a = await call(api, '/videos', { method: 'POST', json: newVideo() });
      return { api, id: v.parse(VideoSchema, a.body).id };
    };
    const one = await ids();
    const two = await ids();
    expect(one.id).toBe(two.id);
    one.api.reset();
    expect(one.api.videos().some((video) => video.id === one.id)).toBe(false);
    expect(one.api.requests).toHaveLength(0);
  });
});

describe('unknown paths and methods', () => {
  test('an unknown path is a 404 JSON error', async () => {
    const answer = await call(createMockApi(), '/nothing/here');
    expect(answer.status).toBe(404);
    expect(answer.body).toMatchObject({ error: { code: 'not_found' } });
  });

  test('a path that only ends like an endpoint is a 404, and so is an empty id', async () => {
    const api = createMockApi();
    for (const path of ['/analytics/videos/', '/whatever/videos', '/v2/videos', '/videos/', '/analytics/account/x']) {
      const answer = await call(api, path);
      expect({ path, status: answer.status }).toEqual({ path, status: 404 });
    }
    expect(api.requests.map((request) => request.route)).toEqual([null, null, null, null, null]);
    expect((await call(api, '/videos')).status).toBe(200);
  });

  test('answers under the root, /v1 and /api/sixtyseconds by default, or under exactly the base it is given', async () => {
    const standard = createMockApi();
    for (const url of [
      'http://api.test/videos',
      'http://api.test/v1/videos',
      'http://app.test/api/sixtyseconds/videos',
    ])
      expect((await call(standard, url)).status).toBe(200);
    const mounted = createMockApi({ basePath: 'https://app.test/my/proxy/' });
    expect((await call(mounted, 'http://app.test/my/proxy/videos')).status).toBe(200);
    expect((await call(mounted, 'http://app.test/api/sixtyseconds/videos')).status).toBe(404);
    expect((await call(mounted, 'http://app.test/videos')).status).toBe(404);
  });

  test('a wrong method is a 405 with an Allow header', async () => {
    const api = createMockApi();
    const answer = await call(api, '/videos', { method: 'DELETE' });
    expect(answer.status).toBe(405);
    expect(answer.headers.get('allow')).toBe('GET, POST');
    expect(answer.body).toMatchObject({ error: { code: 'method_not_allowed' } });
    const onAnalytics = await call(api, '/analytics/account', { method: 'POST', json: {} });
    expect(onAnalytics.headers.get('allow')).toBe('GET');
  });
});

describe('POST /videos holds a body to the proxy’s rules', () => {
  const post = (api: ReturnType<typeof createMockApi>, body: string, type = 'application/json') =>
    call(api, '/videos', { method: 'POST', body, headers: { 'content-type': type } });

  test('a 1 MB body is a 413, as on the proxy, and nothing is created', async () => {
    const api = createMockApi();
    const before = api.videos().length;
    const answer = await post(api, JSON.stringify(newVideo({ customer_data: { notes: 'x'.repeat(1_000_000) } })));
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ error: { code: 'payload_too_large' } });
    expect(api.videos()).toHaveLength(before);
  });

  test('maxBodyBytes moves the limit', async () => {
    const api = createMockApi({ maxBodyBytes: 100 });
    expect((await post(api, JSON.stringify(newVideo({ title: 'x'.repeat(100) })))).status).toBe(413);
  });

  test.each([
    ['text/plain', 'text/plain'],
    ['UTF-16', 'application/json; charset=utf-16'],
    ['two-charset', 'application/json; charset=utf-8; charset=latin1'],
  ])('a %s body is a 415', async (_name, type) => {
    const api = createMockApi();
    const answer = await post(api, JSON.stringify(newVideo()), type);
    expect(answer.status).toBe(415);
    expect(answer.body).toMatchObject({ error: { code: 'unsupported_media_type' } });
  });

  test('10,000 customer fields are refused; so is the 51st, with the sentence the client shows', async () => {
    const api = createMockApi();
    const fields = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, i) => [`f${i}`, '']));
    expect((await post(api, JSON.stringify(newVideo({ customer_data: fields(10_000) })))).status).toBe(413);
    const answer = await post(api, JSON.stringify(newVideo({ customer_data: fields(51) })));
    expect(answer.status).toBe(422);
    expect(answer.body).toMatchObject({ error: { fields: { customer_data: INPUT_MESSAGES.customerFields } } });
    expect((await post(api, JSON.stringify(newVideo({ customer_data: fields(50) })))).status).toBe(201);
  });

  test.each([
    ['a customer value over 1,000 characters', { customer_data: { notes: 'x'.repeat(1001) } }, 'customer_data.notes'],
    [
      '11 key points',
      { ai_messaging: { key_points: Array.from({ length: 11 }, () => 'point') } },
      'ai_messaging.key_points',
    ],
    ['a tone over 100 characters', { ai_messaging: { tone: 't'.repeat(101) } }, 'ai_messaging.tone'],
  ])('%s is a 422 naming the field', async (_name, overrides, field) => {
    const answer = await post(createMockApi(), JSON.stringify(newVideo(overrides)));
    expect(answer.status).toBe(422);
    expect(Object.keys((answer.body as { error: { fields: object } }).error.fields)).toEqual([field]);
  });
});
