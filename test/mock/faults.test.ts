// @vitest-environment node
import * as v from 'valibot';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { VideoListSchema } from '../../src/api';
import { createMockApi } from '../../src/mock';
import { BASE, call, newVideo } from './helpers';

afterEach(() => {
  vi.useRealTimers();
});

describe('faults', () => {
  test('status answers with a JSON error body; retryAfter sets Retry-After', async () => {
    const api = createMockApi({ faults: { listVideos: { status: 503, retryAfter: 7 } } });
    const answer = await call(api, '/videos');
    expect(answer.status).toBe(503);
    expect(answer.headers.get('retry-after')).toBe('7');
    expect(answer.body).toEqual({ error: { code: 'service_unavailable', message: expect.any(String) } });
    expect((await call(api, '/analytics/account')).status).toBe(200);
  });

  test('retryAfter alone is a 429; a custom body is sent as given', async () => {
    const api = createMockApi();
    api.setFault('getAccountAnalytics', { retryAfter: 2 });
    expect((await call(api, '/analytics/account')).status).toBe(429);
    api.setFault('getAccountAnalytics', { status: 500, body: { message: 'boom' } });
    expect((await call(api, '/analytics/account')).body).toEqual({ message: 'boom' });
  });

  test('malformed answers 200 with broken JSON; wrongShape with JSON the schema rejects', async () => {
    const api = createMockApi();
    api.setFault('listVideos', { malformed: true });
    const broken = await call(api, '/videos');
    expect(broken.status).toBe(200);
    expect(() => JSON.parse(broken.text)).toThrow(SyntaxError);
    api.setFault('listVideos', { wrongShape: true });
    const wrong = await call(api, '/videos');
    expect(wrong.status).toBe(200);
    expect(v.safeParse(VideoListSchema, wrong.body).success).toBe(false);
  });

  test('html answers a 502 HTML page', async () => {
    const api = createMockApi({ faults: { '*': { html: true } } });
    const answer = await call(api, '/analytics/templates/tmpl_welcome_message');
    expect(answer.status).toBe(502);
    expect(answer.headers.get('content-type')).toMatch(/^text\/html/);
    expect(answer.text).toContain('<h1>502 Bad Gateway</h1>');
  });

  test('network rejects with a TypeError, as fetch does, and the request is still logged', async () => {
    const api = createMockApi({ faults: { createVideo: { network: true } } });
    await expect(api.fetch(new Request(`${BASE}/videos`, { method: 'POST', body: '{"title":"x"}' }))).rejects.toThrow(
      TypeError,
    );
    expect(api.requests).toEqual([
      expect.objectContaining({ route: 'createVideo', method: 'POST', body: { title: 'x' } }),
    ]);
  });

  test('times: the fault clears itself after N requests', async () => {
    const api = createMockApi();
    api.setFault('listVideos', { status: 500, times: 2 });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await call(api, '/videos')).status);
    expect(statuses).toEqual([500, 500, 200, 200]);
  });

  test('times: 0 or less is no fault at all, and replaces the fault that was set', async () => {
    const api = createMockApi({ faults: { listVideos: { status: 500, times: 0 } } });
    expect((await call(api, '/videos')).status).toBe(200);
    api.setFault('getAccountAnalytics', { status: 401 });
    api.setFault('getAccountAnalytics', { status: 503, times: -1 });
    expect((await call(api, '/analytics/account')).status).toBe(200);
  });

  test('a route fault wins over "*"; setFault(null) and clearFaults() remove them', async () => {
    const api = createMockApi({ faults: { '*': { status: 503 }, listVideos: { status: 401 } } });
    expect((await call(api, '/videos')).status).toBe(401);
    expect((await call(api, '/analytics/account')).status).toBe(503);
    api.setFault('listVideos', null);
    expect((await call(api, '/videos')).status).toBe(503);
    api.clearFaults();
    expect((await call(api, '/videos')).status).toBe(200);
    api.reset();
    expect((await call(api, '/videos')).status).toBe(401);
  });

  test('delayMs and latencyMs hold the answer back; aborting the request rejects it', async () => {
    vi.useFakeTimers();
    const api = createMockApi({ latencyMs: 100, faults: { listVideos: { delayMs: 400 } } });
    let settled = false;
    const pending = api.fetch(new Request(`${BASE}/videos`)).then((response) => {
      settled = true;
      return response.status;
    });
    await vi.advanceTimersByTimeAsync(499);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await pending).toBe(200);

    const controller = new AbortController();
    const aborted = api.fetch(new Request(`${BASE}/videos`, { signal: controller.signal }));
    controller.abort();
    await expect(aborted).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('request log', () => {
  test('records route, method, path, query, body and headers of every request, known or not', async () => {
    const api = createMockApi();
    await call(api, '/videos?status=published&page=2');
    await call(api, '/analytics/export', { method: 'POST', json: { type: 'account' } });
    await call(api, '/unknown?x=1');
    expect(api.requests.map(({ route, method, path, query, body }) => ({ route, method, path, query, body }))).toEqual([
      {
        route: 'listVideos',
        method: 'GET',
        path: '/videos',
        query: { status: 'published', page: '2' },
        body: undefined,
      },
      {
        route: 'createAnalyticsExport',
        method: 'POST',
        path: '/analytics/export',
        query: {},
        body: { type: 'account' },
      },
      { route: null, method: 'GET', path: '/api/sixtyseconds/unknown', query: { x: '1' }, body: undefined },
    ]);
    expect(api.requests[1]?.headers['content-type']).toBe('application/json');
  });
});

describe('a bounded request log', () => {
  test('keeps the newest 500 requests by default, and as many as requestLog.limit says', async () => {
    const api = createMockApi();
    for (let page = 1; page <= 510; page++) await api.fetch(`${BASE}/videos?page=${page}&limit=1`);
    expect(api.requests).toHaveLength(500);
    expect(api.requests[0]?.query.page).toBe('11');
    const small = createMockApi({ requestLog: { limit: 2 } });
    for (const page of ['1', '2', '3']) await small.fetch(`${BASE}/videos?page=${page}`);
    expect(small.requests.map((request) => request.query.page)).toEqual(['2', '3']);
  });

  test('keeps the first 4 KiB of a long body, and its whole size', async () => {
    const api = createMockApi();
    const customer_data = { notes: 'n'.repeat(1_000_000) };
    await call(api, '/videos', { method: 'POST', json: newVideo({ customer_data }) });
    const [record] = api.requests;
    expect(record?.bodyBytes).toBeGreaterThan(1_000_000);
    expect(typeof record?.body === 'string' && record.body.length).toBe(4096);
    const roomy = createMockApi({ requestLog: { maxBodyBytes: 2_000_000 } });
    await call(roomy, '/videos', { method: 'POST', json: newVideo({ customer_data }) });
    expect(roomy.requests[0]?.body).toMatchObject({ customer_data });
  });

  test('cuts a long body at 4,096 bytes, not characters, and never inside a character', async () => {
    const api = createMockApi();
    // '€' is three bytes in UTF-8: 4,096 bytes end a third of the way into one.
    const body = '€'.repeat(100_000);
    await api.fetch(`${BASE}/videos`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    const kept = api.requests[0]?.body as string;
    expect([kept.length, /^€+$/.test(kept)]).toEqual([1365, true]);
  });

  test('can always be JSON.stringified, even after a body nested 100,000 deep', async () => {
    const api = createMockApi({ requestLog: { maxBodyBytes: 1_000_000 } });
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    await api.fetch(`${BASE}/videos`, { method: 'POST', body: deep, headers: { 'content-type': 'application/json' } });
    expect(() => JSON.stringify(api.requests)).not.toThrow();
    expect(api.requests[0]?.body).toBe(deep);
  });
});

describe('setFault refuses what it could never answer', () => {
  test('an unknown route, naming the routes there are', () => {
    const api = createMockApi();
    expect(() => api.setFault('nope' as never, { status: 500 })).toThrow(
      'unknown route "nope"; use one of listVideos, createVideo, getVideoAnalytics, getAccountAnalytics, getTemplateAnalytics, createAnalyticsExport, getAnalyticsExport, *.',
    );
    expect(() => createMockApi({ faults: { videos: { status: 500 } } as never })).toThrow(/unknown route "videos"/);
  });

  test.each([99, 600, 204, 304, 503.5])('status %s, naming the statuses it can answer', (status) => {
    const api = createMockApi();
    expect(() => api.setFault('listVideos', { status })).toThrow(
      `status ${status} cannot be answered; use a whole number from 200 to 599 other than 204, 205, 304.`,
    );
  });

  test('still takes every status it can answer', async () => {
    const api = createMockApi();
    api.setFault('listVideos', { status: 418 });
    expect((await call(api, '/videos')).status).toBe(418);
  });
});
