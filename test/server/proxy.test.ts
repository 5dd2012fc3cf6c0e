// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { createMockApi } from '../../src/mock';
import { createProxyHandler } from '../../src/server';
import { KEY, listen, recordingUpstream } from './helpers';

const UPSTREAM = 'https://api.sixtyseconds.test/v1';
const at = (path: string, init?: RequestInit) => new Request(`http://app.local/api/sixtyseconds${path}`, init);

function proxyWith(respond?: Parameters<typeof recordingUpstream>[0], options: { timeoutMs?: number } = {}) {
  const upstream = recordingUpstream(respond);
  const handler = createProxyHandler({
    apiKey: KEY,
    upstream: UPSTREAM,
    basePath: '/api/sixtyseconds/',
    fetch: upstream.fetch,
    ...options,
  });
  return { handler, calls: upstream.calls };
}

const VALID_VIDEO = JSON.stringify({ title: 'Hi', template_id: 'tmpl_1', customer_data: { name: 'Ann' } });

const everything = async (response: Response) => {
  const headers = [...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n');
  return `${headers}\n${await response.text()}`;
};

describe('what goes upstream', () => {
  it('adds the key as a Bearer token and keeps only a few harmless client headers', async () => {
    const { handler, calls } = proxyWith();
    const response = await handler(
      at('/videos?page=2&status=published', {
        headers: {
          authorization: 'Bearer someone-elses-token',
          cookie: 'session=abc',
          connection: 'keep-alive, x-secret',
          'proxy-authorization': 'Basic abc',
          'x-forwarded-for': '10.0.0.1',
          te: 'trailers',
          accept: 'application/json',
          'accept-language': 'de-DE',
          'user-agent': 'story-test',
        },
      }),
    );
    expect(response.status).toBe(200);
    expect(calls).toHaveLength(1);
    const [call] = calls;
    expect(call?.url.href).toBe(`${UPSTREAM}/videos?page=2&status=published`);
    expect(call?.headers.get('authorization')).toBe(`Bearer ${KEY}`);
    expect([...(call?.headers.keys() ?? [])].sort()).toEqual([
      'accept',
      'accept-language',
      'authorization',
      'user-agent',
    ]);
  });

  it('forwards the checked JSON body as application/json; charset=utf-8', async () => {
    const { handler, calls } = proxyWith(() => Response.json({ export_id: 'exp_1' }, { status: 202 }));
    const body = '{"type":"account","format":"csv"}';
    const response = await handler(
      at('/analytics/export', { method: 'POST', body, headers: { 'content-type': 'application/json; charset=utf-8' } }),
    );
    expect(response.status).toBe(202);
    expect(calls[0]?.body).toBe(body);
    expect(calls[0]?.headers.get('content-type')).toBe('application/json; charset=utf-8');
  });

  it('accepts a body of exactly maxBodyBytes', async () => {
    const upstream = recordingUpstream();
    const handler = createProxyHandler({ apiKey: KEY, fetch: upstream.fetch, maxBodyBytes: 64 });
    const body = JSON.stringify({ title: 'x'.repeat(64 - 49), template_id: 't', customer_data: {} });
    expect(body).toHaveLength(64);
    const request = new Request('http://app.local/videos', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
    });
    expect((await handler(request)).status).toBe(200);
    expect(upstream.calls[0]?.url.origin).toBe('https://api.sixtyseconds.video');
  });

  it('decodes an id once and sends it encoded to the documented path', async () => {
    const { handler, calls } = proxyWith();
    await handler(at('/analytics/templates/tmpl%3Awelcome?start_date=2025-01-01'));
    expect(calls[0]?.url.href).toBe(`${UPSTREAM}/analytics/templates/tmpl%3Awelcome?start_date=2025-01-01`);
  });

  it.each([
    [
      'GET',
      '/videos?anything=goes&limit=99&page=2&page=3&status=published',
      '/videos?page=2&limit=99&status=published',
    ],
    ['POST', '/analytics/export?_method=DELETE', '/analytics/export'],
    ['POST', '/videos?template_id=tmpl_other&page=1', '/videos'],
    ['GET', '/analytics/export/exp_1?format=json&token=x', '/analytics/export/exp_1'],
    [
      'GET',
      '/analytics/videos/vid_1?group_by=day&end_date=2025-01-31&debug=1',
      '/analytics/videos/vid_1?end_date=2025-01-31',
    ],
    [
      'GET',
      '/analytics/templates/tmpl_1?start_date=2025-01-01&start_date=2024-01-01',
      '/analytics/templates/tmpl_1?start_date=2025-01-01',
    ],
    [
      'GET',
      '/analytics/account?page=2&group_by=day&start_date=2025-01-01&end_date=2025-01-31',
      '/analytics/account?start_date=2025-01-01&end_date=2025-01-31&group_by=day',
    ],
  ])(
    '%s %s reaches the API as %s: only the route’s documented query parameters, first value each',
    async (method, path, expected) => {
      const { handler, calls } = proxyWith();
      const body = path.startsWith('/videos') ? VALID_VIDEO : '{"type":"account"}';
      const post = method === 'POST' ? { body, headers: { 'content-type': 'application/json' } } : {};
      expect((await handler(at(path, { method, ...post }))).status).toBe(200);
      expect(calls.map((call) => call.url.href)).toEqual([UPSTREAM + expected]);
    },
  );

  it('lets the host check its own session first, and sees the cookies the API does not', async () => {
    const upstream = recordingUpstream();
    const seen: string[] = [];
    const handler = createProxyHandler({
      apiKey: KEY,
      fetch: upstream.fetch,
      authorize: async (request) => {
        seen.push(request.headers.get('cookie') ?? '');
        return request.headers.get('cookie') === 'session=ok';
      },
    });
    expect((await handler(new Request('http://app.local/videos', { headers: { cookie: 'session=ok' } }))).status).toBe(
      200,
    );
    expect((await handler(new Request('http://app.local/videos', { headers: { cookie: 'session=no' } }))).status).toBe(
      403,
    );
    expect(seen).toEqual(['session=ok', 'session=no']);
    expect(upstream.calls).toHaveLength(1);
    expect(upstream.calls[0]?.headers.has('cookie')).toBe(false);
  });

  it("sends the host's own refusal as it is, but never cacheable unless the host says otherwise", async () => {
    const refusing = (response: Response) =>
      createProxyHandler({ apiKey: KEY, fetch: recordingUpstream().fetch, authorize: () => response });
    const plain = await refusing(new Response('Sign in', { status: 401 }))(new Request('http://app.local/videos'));
    expect([plain.status, plain.headers.get('cache-control'), await plain.text()]).toEqual([
      401,
      'private, no-store',
      'Sign in',
    ]);
    const own = await refusing(new Response(null, { status: 429, headers: { 'cache-control': 'max-age=5' } }))(
      new Request('http://app.local/videos'),
    );
    expect([own.status, own.headers.get('cache-control')]).toEqual([429, 'max-age=5']);
  });
});

describe('nothing is lost on the way', () => {
  const post = (handler: ReturnType<typeof proxyWith>['handler'], path: string, body: string) =>
    handler(at(path, { method: 'POST', body, headers: { 'content-type': 'application/json' } }));

  it.each([
    [
      'spaced and escaped, keys in any order',
      '{ "customer_data" : {"name":"Zo\\u00eb","a.b":"x\\ny"},\n "title":" Hi ", "template_id":"tmpl_1" }',
    ],
    [
      'every documented field',
      JSON.stringify({
        title: 'Hi',
        template_id: 't',
        customer_data: { 'first name': 'Ann', plan: 'Gold' },
        ai_messaging: { tone: 'warm', key_points: [' a '] },
        aspect_ratio: '1:1',
        project_id: 'p',
      }),
    ],
    [
      'a customer field named like a built-in',
      JSON.stringify({
        title: 'Hi',
        template_id: 't',
        customer_data: { toString: 'a', hasOwnProperty: 'b', __defineGetter__: 'c' },
      }),
    ],
  ])('a create body reaches the API byte for byte: %s', async (_name, body) => {
    const { handler, calls } = proxyWith(() => Response.json({}, { status: 201 }));
    const response = await post(handler, '/videos', body);
    if (response.status !== 201) throw new Error(await response.text());
    expect(calls.map((call) => call.body)).toEqual([body]);
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'a customer field named %s is refused with a 400 naming it, never dropped',
    async (name) => {
      const { handler, calls } = proxyWith();
      const body = `{"title":"Hi","template_id":"t","customer_data":{"name":"Ann","${name}":"kept?"}}`;
      const response = await post(handler, '/videos', body);
      expect(response.status).toBe(400);
      const { error } = (await response.json()) as { error: { fields: Record<string, string>; message: string } };
      expect(error.fields).toEqual({
        [`customer_data.${name}`]: 'A customer field cannot be named __proto__, constructor or prototype.',
      });
      expect(error.message).toContain(`customer_data.${name}: `);
      expect(calls).toHaveLength(0);
    },
  );

  it('an undocumented field, at any depth, is refused by name', async () => {
    const { handler, calls } = proxyWith();
    const nested = JSON.stringify({
      title: 'Hi',
      template_id: 't',
      customer_data: {},
      ai_messaging: { tone: 'warm', voice: 'deep' },
    });
    const response = await post(handler, '/videos', nested);
    expect(((await response.json()) as { error: { fields: unknown } }).error.fields).toEqual({
      'ai_messaging.voice': 'The API documents no such field here; remove it.',
    });
    const exported = await post(handler, '/analytics/export', '{"type":"account","email_to":"a@b.c"}');
    expect(((await exported.json()) as { error: { fields: unknown } }).error.fields).toEqual({
      email_to: 'The API documents no such field here; remove it.',
    });
    expect(calls).toHaveLength(0);
  });

  it('an export request reaches the API byte for byte', async () => {
    const { handler, calls } = proxyWith(() => Response.json({}, { status: 202 }));
    const body = '{"type":"video","id":"vid_12345abcde","metrics":["views","views"],"format":"json"}';
    expect((await post(handler, '/analytics/export', body)).status).toBe(202);
    expect(calls.map((call) => call.body)).toEqual([body]);
  });
});

describe('what comes back', () => {
  it('passes only the headers the client reads: Set-Cookie, hop-by-hop, Location, rate-limit notes stay', async () => {
    const { handler } = proxyWith(() => {
      const headers = new Headers({
        'content-type': 'application/json',
        'retry-after': '3',
        'x-ratelimit-remaining': '41',
        connection: 'keep-alive',
        'keep-alive': 'timeout=5',
        'proxy-authenticate': 'Basic',
        location: 'https://internal.sixtyseconds.test/v1/videos',
        server: 'upstream-7',
        'content-encoding': 'gzip',
      });
      headers.append('set-cookie', 'upstream_session=1');
      return new Response('{"data":[]}', { status: 200, headers });
    });
    const response = await handler(at('/videos'));
    expect([...response.headers.keys()].sort()).toEqual([
      'cache-control',
      'content-type',
      'retry-after',
      'x-content-type-options',
    ]);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.json()).toEqual({ data: [] });
  });

  it('never lets a shared cache keep an answer, whatever the API says about caching', async () => {
    const { handler } = proxyWith(() =>
      Response.json({ data: [] }, { headers: { 'cache-control': 'public, max-age=3600', etag: '"v1"' } }),
    );
    const answers = [await handler(at('/videos')), await handler(at('/admin'))];
    expect(answers.map((response) => [response.status, response.headers.get('cache-control')])).toEqual([
      [200, 'private, no-store'],
      [404, 'private, no-store'],
    ]);
  });

  it.each([
    ['an HTML page', 200, 'text/html', '<script>alert(document.cookie)</script>'],
    ['no content type at all', 200, null, '<script>alert(1)</script>'],
    ['plain text', 201, 'text/plain', 'created'],
    ['a media type that only mentions json in a parameter', 200, 'text/html; profile=json', '<script>x</script>'],
    ['JSON content type over a body that is not JSON', 200, 'application/json', '<script>alert(1)</script>'],
  ])('answers 502 JSON instead of passing on a 2xx with %s', async (_name, status, type, body) => {
    const { handler } = proxyWith(() => {
      const response = new Response(body, { status });
      if (type === null) response.headers.delete('content-type');
      else response.headers.set('content-type', type);
      return response;
    });
    const response = await handler(at('/videos'));
    expect(response.status).toBe(502);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const text = await response.text();
    expect(text).not.toContain('<script>');
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'upstream_error' } });
  });

  it('passes a 204 through with no body', async () => {
    const { handler } = proxyWith(() => new Response(null, { status: 204 }));
    const response = await handler(at('/videos'));
    expect([response.status, await response.text()]).toEqual([204, '']);
  });

  it('passes a 422 with its field errors through', async () => {
    const body = {
      error: { code: 'validation_error', message: 'Invalid', fields: { template_id: 'Unknown template.' } },
    };
    const { handler } = proxyWith(() => Response.json(body, { status: 422 }));
    const response = await handler(
      at('/videos', { method: 'POST', body: VALID_VIDEO, headers: { 'content-type': 'application/json' } }),
    );
    expect(response.status).toBe(422);
    expect(await response.json()).toEqual(body);
  });

  it('scrubs the key if the API ever echoes it', async () => {
    const { handler } = proxyWith(() =>
      Response.json({ error: { message: `Key ${KEY} lacks scope` } }, { status: 403 }),
    );
    const response = await handler(at('/videos'));
    expect(response.status).toBe(403);
    expect(await everything(response)).not.toContain(KEY);
  });

  // A key with the characters JSON and URL encoding rewrite, as real keys (base64) have.
  const SLASHED_KEY = 'sk_live/abc+def=';
  it.each([
    ['JSON-escaped slash', 200, '{"debug":"sk_live\\/abc+def="}'],
    ['JSON unicode escapes', 200, '{"debug":"\\u0073k_live\\u002fabc+def="}'],
    ['URL-encoded in a link', 200, '{"next":"https://api.test/v1/videos?key=sk_live%2Fabc%2Bdef%3D"}'],
    ['URL-encoded with lower-case hex', 200, '{"next":"sk_live%2fabc%2bdef%3d"}'],
    ['double URL-encoded', 200, '{"next":"sk_live%252Fabc%252Bdef%253D"}'],
    ['as an object key', 200, '{"sk_live\\/abc+def=":true}'],
    ['literally, in a 4xx error', 403, '{"error":{"message":"Key sk_live/abc+def= lacks scope"}}'],
  ])('withholds a body that echoes the key %s, keeping the status', async (_name, status, body) => {
    const upstream = recordingUpstream(
      () =>
        new Response(body, {
          status,
          headers: { 'content-type': 'application/json', 'x-request-id': 'sk_live%2Fabc%2Bdef%3D' },
        }),
    );
    const handler = createProxyHandler({ apiKey: SLASHED_KEY, upstream: UPSTREAM, fetch: upstream.fetch });
    const response = await handler(new Request('http://app.local/videos'));
    expect(response.status).toBe(status);
    expect(response.headers.has('x-request-id')).toBe(false);
    const text = await response.text();
    expect(`${[...response.headers].join('\n')}\n${text}`).not.toMatch(/abc/i);
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'upstream_error' } });
  });

  it('replaces a 5xx body, which may hold a stack trace, but keeps the status and Retry-After', async () => {
    const { handler } = proxyWith(
      () =>
        new Response(`Error: db down\n    at query (/srv/api/db.js:12)\n host=db.internal ${KEY}`, {
          status: 503,
          headers: { 'retry-after': '7' },
        }),
    );
    const response = await handler(at('/analytics/account'));
    expect(response.status).toBe(503);
    expect(response.headers.get('retry-after')).toBe('7');
    const text = await everything(response);
    expect(text).not.toMatch(/db\.internal|db\.js|at query|sk_live/);
    expect(text).toContain('"code":"upstream_error"');
  });

  it('replaces an HTML error page with a JSON error of the same status', async () => {
    const { handler } = proxyWith(
      () => new Response('<h1>nginx: api-7.internal</h1>', { status: 404, headers: { 'content-type': 'text/html' } }),
    );
    const response = await handler(at('/analytics/videos/vid_1'));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'upstream_error' } });
  });

  it('never follows a redirect, which could carry the key elsewhere', async () => {
    const { handler, calls } = proxyWith(
      () => new Response(null, { status: 302, headers: { location: 'https://evil.test/' } }),
    );
    const response = await handler(at('/videos'));
    expect(response.status).toBe(502);
    expect(calls).toHaveLength(1);
    expect(await everything(response)).not.toContain('evil.test');
  });
});

describe('the proxy and the mock API speak one error format', () => {
  it('answers a 404 with the same JSON shape and content headers as the mock', async () => {
    const { handler } = proxyWith();
    const fromProxy = await handler(at('/templates'));
    const fromMock = await createMockApi({ seed: 1 }).fetch(new Request('http://mock.local/v1/templates'));
    const describeAnswer = async (response: Response) => ({
      status: response.status,
      type: response.headers.get('content-type'),
      nosniff: response.headers.get('x-content-type-options'),
      fields: Object.keys((await response.json()).error).sort(),
    });
    expect(await describeAnswer(fromProxy)).toEqual(await describeAnswer(fromMock));
    expect(await describeAnswer(await handler(at('/templates')))).toEqual({
      status: 404,
      type: 'application/json; charset=utf-8',
      nosniff: 'nosniff',
      fields: ['code', 'message'],
    });
  });
});

describe('when the API cannot answer', () => {
  it('answers 408 when a POST body is still arriving after timeoutMs, and never calls the API', async () => {
    const { handler, calls } = proxyWith(undefined, { timeoutMs: 30 });
    const trickle = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"type":'));
      },
    });
    const request = at('/analytics/export', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: trickle,
      duplex: 'half',
    } as RequestInit);
    const response = await handler(request);
    expect(response.status).toBe(408);
    expect(await response.json()).toMatchObject({ error: { code: 'request_timeout' } });
    expect(calls).toEqual([]);
  });

  it('answers 504 JSON after timeoutMs, even if fetch ignores its signal', async () => {
    const handler = createProxyHandler({ apiKey: KEY, fetch: () => new Promise(() => {}), timeoutMs: 30 });
    const response = await handler(new Request('http://app.local/videos'));
    expect(response.status).toBe(504);
    expect(await response.json()).toMatchObject({ error: { code: 'upstream_timeout' } });
  });

  it('answers 504 when the body stalls after the headers', async () => {
    const stalled = new ReadableStream({ start: (controller) => controller.enqueue(new TextEncoder().encode('{"da')) });
    const handler = createProxyHandler({ apiKey: KEY, fetch: async () => new Response(stalled), timeoutMs: 30 });
    expect((await handler(new Request('http://app.local/videos'))).status).toBe(504);
  });

  it('answers 502 JSON that names neither the host nor the cause when the API is unreachable', async () => {
    const closed = await listen(() => undefined);
    await closed.close();
    const handler = createProxyHandler({ apiKey: KEY, upstream: `${closed.origin}/v1` });
    const response = await handler(new Request('http://app.local/videos'));
    expect(response.status).toBe(502);
    const text = await everything(response);
    expect(text).toContain('"code":"upstream_unreachable"');
    expect(text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|fetch failed|\n\s+at /);
  });

  it('keeps a thrown error’s message and stack on the server', async () => {
    const fetch = async () => {
      throw new Error(`connect to internal-api.example:8443 failed with ${KEY}`);
    };
    const response = await createProxyHandler({ apiKey: KEY, fetch })(new Request('http://app.local/videos'));
    expect(response.status).toBe(502);
    expect(await everything(response)).not.toMatch(/internal-api|8443|sk_live/);
  });

  it('cancels the upstream call when the browser goes away', async () => {
    let upstreamSignal: AbortSignal | undefined;
    const fetch = (request: Request) => {
      upstreamSignal = request.signal;
      return new Promise<Response>(() => {});
    };
    const browser = new AbortController();
    const pending = createProxyHandler({ apiKey: KEY, fetch })(
      new Request('http://app.local/videos', { signal: browser.signal }),
    );
    await vi.waitFor(() => expect(upstreamSignal).toBeDefined());
    expect(upstreamSignal?.aborted).toBe(false);
    browser.abort();
    await pending;
    expect(upstreamSignal?.aborted).toBe(true);
  });
});
