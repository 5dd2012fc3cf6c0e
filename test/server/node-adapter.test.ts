// @vitest-environment node
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProxyHandler, toNodeHandler } from '../../src/server';
import { KEY, type Listening, listen, recordingUpstream, sendRaw } from './helpers';

const upstream = recordingUpstream(async (request) =>
  Response.json({ echoed: request.method === 'POST' ? await request.clone().json() : null }),
);
const proxy = toNodeHandler(createProxyHandler({ apiKey: KEY, basePath: '/api/sixtyseconds', fetch: upstream.fetch }));
const MOUNT = '/api/sixtyseconds';

// A stand-in for Express: `app.use(MOUNT, proxy)` strips the mount path into `req.url` and keeps `originalUrl`;
// `app.use(express.json())` leaves `req.body` parsed and the stream consumed; later routes run on `next()`.
function expressLike(options: { mounted?: boolean; parseJson?: boolean }) {
  return async (req: IncomingMessage & { originalUrl?: string; body?: unknown }, res: ServerResponse) => {
    const url = req.url ?? '/';
    if (options.parseJson && req.headers['content-type']?.startsWith('application/json')) {
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      req.body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
    }
    const next = () => res.writeHead(200, { 'content-type': 'text/plain' }).end('the next route');
    if (options.mounted && !url.startsWith(`${MOUNT}/`)) return next();
    if (options.mounted) Object.assign(req, { originalUrl: url, url: url.slice(MOUNT.length) });
    proxy(req, res, next);
  };
}

let plain: Listening;
let mounted: Listening;
let parsed: Listening;

beforeAll(async () => {
  plain = await listen(expressLike({}));
  mounted = await listen(expressLike({ mounted: true }));
  parsed = await listen(expressLike({ parseJson: true }));
});

afterAll(() => Promise.all([plain.close(), mounted.close(), parsed.close()]));

describe('toNodeHandler as Express middleware', () => {
  it('hands requests outside basePath on to the next route', async () => {
    const response = await sendRaw(plain.origin, { target: '/about' });
    expect(response.text).toBe('the next route');
  });

  it('still answers 404 itself for unknown paths inside basePath', async () => {
    const response = await sendRaw(plain.origin, { target: `${MOUNT}/templates` });
    expect(response.status).toBe(404);
  });

  it('routes by the full path when mounted under a prefix', async () => {
    const before = upstream.calls.length;
    const response = await sendRaw(mounted.origin, { target: `${MOUNT}/videos?limit=5` });
    expect(response.status).toBe(200);
    expect(upstream.calls.slice(before).map((call) => call.url.pathname + call.url.search)).toEqual([
      '/v1/videos?limit=5',
    ]);
  });

  it('forwards a body that a JSON body parser already read', async () => {
    const body = { type: 'account', format: 'json' };
    const response = await sendRaw(parsed.origin, {
      method: 'POST',
      target: `${MOUNT}/analytics/export`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.text)).toEqual({ echoed: body });
  });

  it('streams a chunked body under the limit through intact', async () => {
    const fields = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`field_${i}`, 'x'.repeat(1000)]));
    const body = { title: 'Big one', template_id: 'tmpl_1', customer_data: fields };
    const response = await sendRaw(plain.origin, {
      method: 'POST',
      target: `${MOUNT}/videos`,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      chunked: true,
    });
    const { echoed } = JSON.parse(response.text);
    expect(Object.values(echoed.customer_data).join('')).toHaveLength(40_000);
    expect(echoed.template_id).toBe('tmpl_1');
  });
});

describe('toNodeHandler with any fetch-standard handler', () => {
  let server: Listening;
  const big = 'y'.repeat(2_000_000);
  beforeAll(async () => {
    server = await listen(
      toNodeHandler(async (request) => {
        const path = new URL(request.url).pathname;
        if (path === '/boom') throw new Error(`secret ${KEY}`);
        if (path === '/big') return new Response(big);
        const headers = new Headers();
        headers.append('set-cookie', 'a=1');
        headers.append('set-cookie', 'b=2');
        return new Response('cookies', { status: 201, headers });
      }),
    );
  });
  afterAll(() => server.close());

  it('writes every Set-Cookie a host response carries', async () => {
    const response = await sendRaw(server.origin, { target: '/cookies' });
    expect(response.status).toBe(201);
    expect(response.headers['set-cookie']).toEqual(['a=1', 'b=2']);
  });

  it('answers 500 JSON without the error when the handler throws', async () => {
    const response = await sendRaw(server.origin, { target: '/boom' });
    expect(response.status).toBe(500);
    expect(response.text).not.toContain(KEY);
    expect(JSON.parse(response.text)).toMatchObject({ error: { code: 'proxy_error' } });
  });

  it('streams a large response with back-pressure', async () => {
    const response = await sendRaw(server.origin, { target: '/big' });
    expect(response.text.length).toBe(big.length);
  });
});

describe('toNodeHandler leaves the rest of an Express app alone', () => {
  // An app with the proxy mounted globally, then a route that reads its own body, as a webhook or express.json() does.
  const app = toNodeHandler(createProxyHandler({ apiKey: KEY, basePath: MOUNT, fetch: upstream.fetch }));
  let server: Listening;
  beforeAll(async () => {
    server = await listen((req, res) => {
      app(req, res, async () => {
        const chunks: Buffer[] = [];
        for await (const chunk of req) chunks.push(chunk as Buffer);
        res
          .writeHead(200, { 'content-type': 'text/plain' })
          .end(`next route read ${Buffer.concat(chunks).length} bytes`);
      });
    });
  });
  afterAll(() => server.close());

  it.each([
    ['a small JSON body', false, JSON.stringify({ event: 'paid', amount: 42 })],
    ['a 200 kB chunked body', true, 'z'.repeat(200_000)],
  ])('passes a POST outside basePath on with %s unread', async (_name, chunked, body) => {
    const response = await sendRaw(server.origin, {
      method: 'POST',
      target: '/webhooks/stripe',
      headers: { 'content-type': 'application/json' },
      body,
      chunked,
    });
    expect(response.text).toBe(`next route read ${Buffer.byteLength(body)} bytes`);
  });

  it.each([
    ['a Host with an underscore (a Docker service name)', { target: '/health', headers: { host: 'web_app:3000' } }],
    ['a doubled slash', { target: '//health' }],
  ])('does not judge requests it does not own: %s goes to the next route', async (_name, request) => {
    const response = await sendRaw(server.origin, request);
    expect(response.status).toBe(200);
    expect(response.text).toBe('next route read 0 bytes');
  });

  it('still refuses a forged Host on its own routes', async () => {
    const response = await sendRaw(server.origin, { target: `${MOUNT}/videos`, headers: { host: 'user@evil.com' } });
    expect(response.status).toBe(400);
  });
});

describe('toNodeHandler when writing the answer fails', () => {
  it('answers 500 JSON instead of crashing when Node refuses a header the handler set', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    const server = await listen(toNodeHandler(async () => new Response('{}', { headers: { 'x-trace': 'a\u0001b' } })));
    try {
      const response = await sendRaw(server.origin, { target: '/anything' });
      expect(response.status).toBe(500);
      expect(JSON.parse(response.text)).toMatchObject({ error: { code: 'proxy_error' } });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
      await server.close();
    }
  });
});
