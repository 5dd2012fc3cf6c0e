// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INPUT_MESSAGES, matchRoute } from '../../src/api';
import { createProxyHandler, type ProxyHandler, toNodeHandler } from '../../src/server';
import {
  KEY,
  type Listening,
  leaksKey,
  listen,
  type RawRequest,
  type RawResponse,
  recordingUpstream,
  sendRaw,
} from './helpers';

const upstream = recordingUpstream();
let proxy: Listening;

// One handler, reached two ways: through `toNodeHandler` over a socket, and called directly as Next.js or Hono would.
const handler: ProxyHandler = createProxyHandler({
  apiKey: KEY,
  upstream: 'https://api.sixtyseconds.test/v1',
  basePath: '/api/sixtyseconds',
  fetch: upstream.fetch,
  maxBodyBytes: 1024,
  // The host's own session check: a header stands in for the host's cookie session here.
  authorize: (request) => {
    const verdict = request.headers.get('x-test-session');
    if (verdict === 'none') return { status: 401, message: 'Sign in first.' };
    if (verdict === 'banned') return false;
    if (verdict === 'custom') return Response.json({ error: { code: 'slow_down' } }, { status: 429 });
    if (verdict === 'broken') throw new Error(`session store down; key ${KEY}`);
    return true;
  },
});

beforeAll(async () => {
  proxy = await listen(toNodeHandler(handler));
});

afterAll(() => proxy.close());

const api = (path: string) => `/api/sixtyseconds${path}`;
const json = { 'content-type': 'application/json' };
const validVideo = JSON.stringify({ title: 'Hi', template_id: 'tmpl_1', customer_data: { name: 'Ann' } });

/**
 * What the plain handler sees when a framework has already parsed the target into `Request.url`: `wire-only` when a
 * `Request` cannot even carry the attack (absolute-form targets, Host tricks, TRACE); a different refusal; or the
 * documented route the URL parser resolved the path to, which is then forwarded (see the plain-handler suite).
 */
type Plain = 'wire-only' | { status: number } | { forwardedTo: string };

type Case = [name: string, status: number, request: RawRequest, plain?: Plain];

const corpus: Case[] = [
  // Path traversal, however it is spelled.
  ['dot-dot out of the base', 400, { target: api('/../secret') }, { status: 404 }],
  [
    'dot-dot onto another route',
    400,
    { target: api('/analytics/videos/../account') },
    { forwardedTo: '/v1/analytics/account' },
  ],
  ['encoded dot-dot', 400, { target: api('/%2e%2e/admin') }, { status: 404 }],
  ['upper-case encoded dot-dot twice', 400, { target: api('/%2E%2E/%2e%2e/etc/passwd') }, { status: 404 }],
  [
    'half-encoded dot-dot',
    400,
    { target: api('/analytics/videos/.%2e/account') },
    { forwardedTo: '/v1/analytics/account' },
  ],
  [
    'fully encoded dot-dot onto another route',
    400,
    { target: api('/analytics/videos/%2e%2e/account') },
    { forwardedTo: '/v1/analytics/account' },
  ],
  ['dot-dot through an unknown segment', 400, { target: api('/x/../videos') }, { forwardedTo: '/v1/videos' }],
  ['encoded dot as a whole id', 400, { target: api('/analytics/export/%2e') }, { status: 404 }],
  ['encoded dot inside an id', 400, { target: api('/analytics/videos/vid%2e1') }],
  ['encoded dot inside a route name', 400, { target: api('/analytics%2Evideos/vid_1') }],
  ['single dot segment', 400, { target: api('/./videos') }, { forwardedTo: '/v1/videos' }],
  ['encoded slash inside an id', 400, { target: api('/analytics/videos/a%2fb') }],
  ['encoded slash between segments', 400, { target: api('/analytics%2Fvideos/vid_1') }],
  ['dot-dot with encoded slashes', 400, { target: api('/analytics/videos/..%2f..%2fadmin') }],
  ['backslashes', 400, { target: api('/analytics\\videos\\vid_1') }, { forwardedTo: '/v1/analytics/videos/vid_1' }],
  ['encoded backslashes', 400, { target: api('/analytics/videos/%5c..%5cadmin') }],
  ['doubled slash', 400, { target: api('//videos') }],
  ['trailing doubled slash', 400, { target: api('/videos//') }],
  ['malformed percent-encoding', 400, { target: api('/analytics/videos/%zz') }],
  // Ids an id cannot be, checked after one decoding.
  ['double-encoded dot-dot id', 400, { target: api('/analytics/videos/%252e%252e') }],
  ['CR/LF header injection in an id', 400, { target: api('/analytics/videos/vid%0d%0aX-Injected:%20yes') }],
  ['line feed in an id', 400, { target: api('/analytics/export/exp%0a') }],
  ['encoded question mark in an id', 400, { target: api('/analytics/videos/vid%3Fadmin=1') }],
  ['encoded hash in an id', 400, { target: api('/analytics/templates/tmpl%23x') }],
  ['NUL in an id', 400, { target: api('/analytics/videos/vid%00') }],
  ['space in an id', 400, { target: api('/analytics/videos/vid%20one') }],
  ['tab in an id', 400, { target: api('/analytics/templates/tmpl%09') }],
  ['userinfo in an id', 400, { target: api('/analytics/videos/user%40evil.com') }],
  ['right-to-left override in an id', 400, { target: api('/analytics/export/%E2%80%AEexe') }],
  ['id longer than 200 characters', 400, { target: api(`/analytics/videos/${'v'.repeat(201)}`) }],
  // Absolute URLs and host tricks.
  ['absolute-form request target', 400, { target: 'http://evil.com/api/sixtyseconds/videos' }, 'wire-only'],
  ['scheme-relative target', 400, { target: '//evil.com/api/sixtyseconds/videos' }, { status: 404 }],
  ['URL in the path', 400, { target: api('/http://evil.com/videos') }],
  ['URL with encoded slashes in the path', 400, { target: api('/https:%2f%2fevil.com') }],
  [
    'Host header carrying a path',
    400,
    { target: api('/videos'), headers: { host: 'evil.com/api/sixtyseconds/x#' } },
    'wire-only',
  ],
  ['Host header with userinfo', 400, { target: api('/videos'), headers: { host: 'user@evil.com' } }, 'wire-only'],
  ['userinfo-looking segment', 404, { target: api('/@evil.com/videos') }],
  ['userinfo after a route', 404, { target: api('/videos@evil.com') }],
  ['target longer than 2 KiB', 414, { target: api(`/videos?q=${'a'.repeat(3000)}`) }],
  // Anything that is not one of the seven documented routes.
  ['undocumented endpoint', 404, { target: api('/templates') }],
  ['a video by id (not documented)', 404, { target: api('/videos/vid_1') }],
  ['admin', 404, { target: api('/admin') }],
  ['the base path alone', 404, { target: api('') }],
  ['outside the base path', 404, { target: '/api/other/videos' }],
  ['API path without the base', 404, { target: '/videos' }],
  ['base path as a prefix of a longer name', 404, { target: '/api/sixtysecondsX/videos' }],
  ['upper-case route', 404, { target: api('/VIDEOS') }],
  ['needlessly encoded route', 404, { target: api('/vide%6fs') }],
  ['DELETE videos', 405, { method: 'DELETE', target: api('/videos') }],
  ['PUT an export', 405, { method: 'PUT', target: api('/analytics/export'), headers: json, body: '{}' }],
  ['PATCH account analytics', 405, { method: 'PATCH', target: api('/analytics/account') }],
  ['POST account analytics', 405, { method: 'POST', target: api('/analytics/account'), headers: json, body: '{}' }],
  ['HEAD videos', 405, { method: 'HEAD', target: api('/videos') }],
  ['OPTIONS videos', 405, { method: 'OPTIONS', target: api('/videos') }],
  ['TRACE videos', 405, { method: 'TRACE', target: api('/videos') }, 'wire-only'],
  // Bodies.
  [
    'text/plain body',
    415,
    { method: 'POST', target: api('/videos'), headers: { 'content-type': 'text/plain' }, body: validVideo },
  ],
  ['no content type', 415, { method: 'POST', target: api('/videos'), body: validVideo }],
  [
    'form body',
    415,
    {
      method: 'POST',
      target: api('/videos'),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'title=x',
    },
  ],
  [
    'JSON in latin-1',
    415,
    {
      method: 'POST',
      target: api('/videos'),
      headers: { 'content-type': 'application/json; charset=latin1' },
      body: validVideo,
    },
  ],
  ['unparseable JSON', 400, { method: 'POST', target: api('/videos'), headers: json, body: '{"title": ' }],
  ['empty body', 400, { method: 'POST', target: api('/analytics/export'), headers: json, body: '' }],
  ['JSON array', 400, { method: 'POST', target: api('/videos'), headers: json, body: '[1,2]' }],
  ['JSON string', 400, { method: 'POST', target: api('/videos'), headers: json, body: '"video"' }],
  [
    'invalid UTF-8',
    400,
    { method: 'POST', target: api('/videos'), headers: json, body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]) },
  ],
  [
    'Content-Length over the limit',
    413,
    { method: 'POST', target: api('/videos'), headers: json, body: `{"t":"${'x'.repeat(2000)}"}` },
  ],
  [
    'chunked body over the limit',
    413,
    { method: 'POST', target: api('/videos'), headers: json, body: `{"t":"${'x'.repeat(50_000)}"}`, chunked: true },
  ],
  [
    'one byte over the limit',
    413,
    { method: 'POST', target: api('/analytics/export'), headers: json, body: `{"t":"${'x'.repeat(1024 - 7)}"}` },
  ],
  // Documented parameters with values the client's own schemas refuse: checked before the key is spent.
  [
    'page, limit and status out of range',
    400,
    { target: api('/videos?limit=1000000000&page=-1&status=..%2F..%2Fadmin') },
  ],
  ['a page that is not a number', 400, { target: api('/videos?page=2.5') }],
  ['a limit in hex', 400, { target: api('/videos?limit=0x10') }],
  [
    'impossible dates and grouping',
    400,
    { target: api('/analytics/account?start_date=2025-02-30&end_date=1&group_by=year') },
  ],
  [
    'a range that ends before it starts',
    400,
    { target: api('/analytics/videos/vid_1?start_date=2025-02-10&end_date=2025-02-01') },
  ],
  ['a template range with a non-date', 400, { target: api('/analytics/templates/tmpl_1?end_date=tomorrow') }],
  [
    'a video without a title',
    400,
    { method: 'POST', target: api('/videos'), headers: json, body: '{"template_id":"tmpl_1","customer_data":{}}' },
  ],
  [
    'customer data that is not text',
    400,
    {
      method: 'POST',
      target: api('/videos'),
      headers: json,
      body: '{"title":"Hi","template_id":"t","customer_data":{"a":{"b":1}}}',
    },
  ],
  [
    'a video export without its id',
    400,
    { method: 'POST', target: api('/analytics/export'), headers: json, body: '{"type":"video"}' },
  ],
  [
    'an export of unknown metrics',
    400,
    {
      method: 'POST',
      target: api('/analytics/export'),
      headers: json,
      body: '{"type":"account","metrics":["password"]}',
    },
  ],
  // Content types whose parameters could make the API read the body differently.
  [
    'a second charset after utf-8',
    415,
    {
      method: 'POST',
      target: api('/videos'),
      headers: { 'content-type': 'application/json; charset=utf-8; charset=utf-16' },
      body: validVideo,
    },
  ],
  [
    'a quoted utf-16 charset',
    415,
    {
      method: 'POST',
      target: api('/videos'),
      headers: { 'content-type': 'application/json; charset="UTF-16"' },
      body: validVideo,
    },
  ],
  [
    'a charset hidden in another parameter',
    415,
    {
      method: 'POST',
      target: api('/videos'),
      headers: { 'content-type': 'application/json; profile="x;charset=latin1"' },
      body: validVideo,
    },
  ],
  // The host's own session check says no.
  ['no session (401)', 401, { target: api('/videos'), headers: { 'x-test-session': 'none' } }],
  ['forbidden session (403)', 403, { target: api('/videos'), headers: { 'x-test-session': 'banned' } }],
  ['host sends its own Response', 429, { target: api('/videos'), headers: { 'x-test-session': 'custom' } }],
  ['session check throws', 500, { target: api('/videos'), headers: { 'x-test-session': 'broken' } }],
  [
    'no session on a POST',
    401,
    { method: 'POST', target: api('/videos'), headers: { ...json, 'x-test-session': 'none' }, body: validVideo },
  ],
];

/** Sends a corpus request straight to the fetch-standard handler, as a framework that parsed the URL would. */
async function sendPlain(raw: RawRequest): Promise<RawResponse> {
  const { 'content-length': _length, ...headers } = raw.headers ?? {};
  const init: RequestInit = { method: raw.method ?? 'GET', headers };
  if (raw.body !== undefined) init.body = typeof raw.body === 'string' ? raw.body : new Uint8Array(raw.body);
  const response = await handler(new Request(`http://app.local${raw.target}`, init));
  return { status: response.status, headers: Object.fromEntries(response.headers), text: await response.text() };
}

function expectRefusal(response: RawResponse, status: number, request: RawRequest) {
  expect(response.status).toBe(status);
  expect(leaksKey(response)).toBe(false);
  if (request.method !== 'HEAD' && status !== 429) {
    expect(response.headers['content-type']).toMatch(/application\/json/);
    expect(JSON.parse(response.text)).toMatchObject({
      error: { code: expect.any(String), message: expect.any(String) },
    });
  }
}

describe('a hostile corpus never reaches the API through toNodeHandler, which sees the target as sent', () => {
  it('has at least 40 requests', () => expect(corpus.length).toBeGreaterThanOrEqual(40));

  it.each(corpus)('%s → %i', async (_name, status, request) => {
    const before = upstream.calls.length;
    const response = await sendRaw(proxy.origin, request);
    expectRefusal(response, status, request);
    expect(upstream.calls.length).toBe(before);
  });

  it('says which methods a documented path allows', async () => {
    const response = await sendRaw(proxy.origin, { method: 'DELETE', target: api('/videos') });
    expect(response.headers.allow).toBe('GET, POST');
  });

  it('names the id field when an id is refused', async () => {
    const response = await sendRaw(proxy.origin, { target: api('/analytics/videos/vid%20one') });
    expect(JSON.parse(response.text).error.fields).toEqual({ id: 'That id has characters an id cannot have.' });
  });
});

// Called directly (Next.js, Hono, Remix), the handler only sees `Request.url`, which the URL parser has already
// normalised: `.`, `..`, `.%2e` and `%2e%2e` segments are resolved and `\` became `/` before the handler runs, so it
// cannot tell `/x/../videos` from `/videos`. Everything still visible (encoded slashes, dots and backslashes, bad ids,
// methods, bodies) is refused exactly as over the wire; a path the parser resolved is served only if it is a documented
// route, and these tests check that the API received exactly that route, never anything outside the table.
describe('the same corpus against the plain fetch handler, which sees a normalised URL', () => {
  type Refused = readonly [name: string, request: RawRequest, status: number];
  type Forwarded = readonly [name: string, request: RawRequest, route: string];
  const refused: Refused[] = [];
  const forwarded: Forwarded[] = [];
  for (const [name, status, request, plain = { status }] of corpus) {
    if (plain === 'wire-only') continue;
    if ('status' in plain) refused.push([name, request, plain.status]);
    else forwarded.push([name, request, plain.forwardedTo]);
  }

  it.each(refused)('%s → refused', async (_name, request, status) => {
    const before = upstream.calls.length;
    expectRefusal(await sendPlain(request), status, request);
    expect(upstream.calls.length).toBe(before);
  });

  it.each(forwarded)(
    '%s → resolved by the URL parser to a documented route, and only that route is forwarded',
    async (_name, request, route) => {
      const before = upstream.calls.length;
      const response = await sendPlain(request);
      expect(leaksKey(response)).toBe(false);
      const calls = upstream.calls.slice(before);
      expect(calls.map((call) => `${call.method} ${call.url.origin}${call.url.pathname}`)).toEqual([
        `GET https://api.sixtyseconds.test${route}`,
      ]);
      expect(matchRoute('GET', route.replace(/^\/v1/, '')).ok).toBe(true);
    },
  );
});

describe('host overrides are ignored, never obeyed', () => {
  const overrides: Array<[string, Record<string, string>]> = [
    ['X-Forwarded-Host', { 'x-forwarded-host': 'evil.com' }],
    ['Forwarded', { forwarded: 'host=evil.com;proto=http' }],
    ['X-Original-URL', { 'x-original-url': '/admin' }],
    ['X-Rewrite-URL', { 'x-rewrite-url': '/admin' }],
    ['a foreign Host', { host: 'evil.com' }],
    ['X-Forwarded-Proto and Port', { 'x-forwarded-proto': 'http', 'x-forwarded-port': '8080' }],
  ];

  it.each(overrides)('%s: forwarded only to the configured API, header dropped', async (_name, headers) => {
    const before = upstream.calls.length;
    const response = await sendRaw(proxy.origin, { target: api('/videos?page=2'), headers });
    expect(response.status).toBe(200);
    expect(upstream.calls.length).toBe(before + 1);
    const call = upstream.calls.at(-1);
    expect(call?.url.href).toBe('https://api.sixtyseconds.test/v1/videos?page=2');
    for (const name of Object.keys(headers)) expect(call?.headers.has(name)).toBe(false);
  });
});

describe('a refused value is named, with the sentence the client itself would show', () => {
  it('lists every bad query parameter of a videos page', async () => {
    const before = upstream.calls.length;
    const response = await sendRaw(proxy.origin, {
      target: api('/videos?limit=1000000000&page=-1&status=..%2F..%2Fadmin'),
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text).error).toEqual({
      code: 'invalid_query',
      message: `Some query parameters are invalid. page: ${INPUT_MESSAGES.page} limit: ${INPUT_MESSAGES.limit} status: ${INPUT_MESSAGES.status}`,
      fields: { page: INPUT_MESSAGES.page, limit: INPUT_MESSAGES.limit, status: INPUT_MESSAGES.status },
    });
    expect(upstream.calls.length).toBe(before);
  });

  it('names dates and grouping by the names the request used', async () => {
    const response = await sendRaw(proxy.origin, {
      target: api('/analytics/account?start_date=2025-02-30&end_date=1&group_by=year'),
    });
    expect(JSON.parse(response.text).error.fields).toEqual({
      start_date: INPUT_MESSAGES.date,
      end_date: INPUT_MESSAGES.date,
      group_by: INPUT_MESSAGES.groupBy,
    });
  });

  it('names the body fields of a video it will not create', async () => {
    const response = await sendRaw(proxy.origin, {
      method: 'POST',
      target: api('/videos'),
      headers: json,
      body: JSON.stringify({ title: ' ', template_id: 'tmpl_1', customer_data: { plan: 3 }, aspect_ratio: '4:3' }),
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text).error).toMatchObject({
      code: 'validation_failed',
      fields: {
        title: INPUT_MESSAGES.title,
        'customer_data.plan': INPUT_MESSAGES.customerData,
        aspect_ratio: INPUT_MESSAGES.aspectRatio,
      },
    });
  });
});

describe('a refused body is told in plain sentences that name each field', () => {
  const post = async (path: string, body: unknown) => {
    const response = await sendRaw(proxy.origin, {
      method: 'POST',
      target: api(path),
      headers: json,
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(400);
    return JSON.parse(response.text).error as { message: string; fields: Record<string, string> };
  };

  it('names each missing field of a video with its own sentence', async () => {
    const error = await post('/videos', { title: 'Hi' });
    expect(error.fields).toEqual({
      template_id: 'Choose a template.',
      customer_data: 'Give customer data, an object of text values (it may be empty).',
    });
    expect(error.message).toBe(
      'Some values are invalid. template_id: Choose a template. customer_data: Give customer data, an object of text ' +
        'values (it may be empty).',
    );
  });

  it('names a missing export type', async () => {
    expect((await post('/analytics/export', { format: 'csv' })).fields).toEqual({
      type: 'Export type must be video, account or template.',
    });
  });

  it.each([
    ['/videos', {}],
    ['/videos', { title: 3, template_id: [], customer_data: 'x', ai_messaging: 'loud', aspect_ratio: null }],
    ['/videos', { title: 'Hi', template_id: 't', customer_data: { a: {} }, ai_messaging: { key_points: 'x' } }],
    ['/analytics/export', {}],
    ['/analytics/export', { type: 'video', metrics: 'views', start_date: 5, format: 1 }],
  ])('POST %s %j: no word of the schema library', async (path, body) => {
    const error = await post(path, body);
    expect(Object.keys(error.fields).length).toBeGreaterThan(0);
    for (const text of [error.message, ...Object.values(error.fields)]) {
      expect(text).not.toMatch(/Invalid (?:key|type|length)|Expected|received/);
      expect(text).toMatch(/^[A-Z].*\.$/);
    }
  });
});

describe('what a valid request sends on: the query rebuilt from checked values, the body as it arrived', () => {
  it('sends the body as application/json; charset=utf-8, whatever parameters came with it', async () => {
    const before = upstream.calls.length;
    const body = JSON.stringify({ title: ' Hi ', template_id: 'tmpl_1', customer_data: {} });
    const response = await sendRaw(proxy.origin, {
      method: 'POST',
      target: api('/videos'),
      headers: { 'content-type': 'Application/JSON; charset=UTF-8; boundary=xyz; profile="https://evil.test"' },
      body,
    });
    expect(response.status).toBe(200);
    const [call] = upstream.calls.slice(before);
    expect(call?.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(call?.body).toBe(body);
  });

  it('refuses a field the API does not document, by name, rather than drop it on the way', async () => {
    const before = upstream.calls.length;
    const response = await sendRaw(proxy.origin, {
      method: 'POST',
      target: api('/videos'),
      headers: json,
      body: JSON.stringify({ title: 'Hi', template_id: 'tmpl_1', customer_data: {}, admin: true }),
    });
    expect(response.status).toBe(400);
    expect(JSON.parse(response.text).error).toEqual({
      code: 'validation_failed',
      message: 'Some values are invalid. admin: The API documents no such field here; remove it.',
      fields: { admin: 'The API documents no such field here; remove it.' },
    });
    expect(upstream.calls.length).toBe(before);
  });

  it('sends numbers as plain numbers and drops repeated and unknown parameters', async () => {
    const before = upstream.calls.length;
    await sendRaw(proxy.origin, { target: api('/videos?page=002&page=9&limit=10&debug=1') });
    expect(upstream.calls.slice(before).map((call) => call.url.search)).toEqual(['?page=2&limit=10']);
  });
});

describe('an upstream that echoes the key in another spelling never reaches the browser', () => {
  // A key with the characters URL encoding and JSON escapes rewrite, as real (base64) keys have.
  const ODD_KEY = 'sk_live/SECRET+123=';
  const base64 = (text: string) => Buffer.from(text).toString('base64');
  const base64url = (text: string) => Buffer.from(text).toString('base64url');
  const urlEncoded = (text: string, times: number) =>
    Array.from({ length: times }).reduce<string>((acc) => encodeURIComponent(acc), text);
  const bearer = `Bearer ${ODD_KEY}`;
  const echoes: Array<[name: string, status: number, body: string, headers?: Record<string, string>]> = [
    ['base64 in a request id header', 200, '{"data":[]}', { 'x-request-id': base64(ODD_KEY) }],
    ['base64 of the Bearer header in a 4xx body', 401, JSON.stringify({ error: { token: base64(bearer) } })],
    ['base64url of the Bearer header', 403, JSON.stringify({ error: { token: base64url(bearer) } })],
    ['base64 of a JSON blob that holds the key', 200, JSON.stringify({ debug: base64(`{"auth":"${ODD_KEY}"}`) })],
    ['base64 at every alignment', 400, JSON.stringify({ a: base64(`x${ODD_KEY}`), b: base64(`xy${ODD_KEY}`) })],
    ['URL-encoded five times', 200, JSON.stringify({ next: `https://x.test/?k=${urlEncoded(ODD_KEY, 5)}` })],
    ['URL-encoded base64 of the Bearer header', 400, JSON.stringify({ t: encodeURIComponent(base64(bearer)) })],
    [
      'a JSON-escaped, four times URL-encoded key',
      200,
      JSON.stringify({ k: urlEncoded(ODD_KEY, 4).replace(/%/g, '\\u0025') }),
    ],
  ];

  it.each(echoes)('%s', async (_name, status, body, headers = {}) => {
    const echoing = createProxyHandler({
      apiKey: ODD_KEY,
      upstream: 'https://api.sixtyseconds.test/v1',
      fetch: async () => new Response(body, { status, headers: { 'content-type': 'application/json', ...headers } }),
    });
    const response = await echoing(new Request('http://app.local/videos'));
    const text = await response.text();
    expect(response.status).toBe(status);
    expect(response.headers.has('x-request-id')).toBe(false);
    // The upstream's body is withheld whole (our own error instead), unless the echo was only in a header.
    if (body !== '{"data":[]}') expect(JSON.parse(text)).toMatchObject({ error: { code: 'upstream_error' } });
    expect(`${[...response.headers].join('\n')}\n${text}`).not.toContain(base64(ODD_KEY).slice(0, 12));
  });

  it('still passes an answer that merely looks like base64', async () => {
    const body = JSON.stringify({ data: [], cursor: base64('page two of the videos list, nothing secret') });
    const passing = createProxyHandler({
      apiKey: KEY,
      fetch: async () => new Response(body, { headers: { 'content-type': 'application/json' } }),
    });
    expect(await (await passing(new Request('http://app.local/videos'))).text()).toBe(body);
  });
});
